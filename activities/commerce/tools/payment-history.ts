import { z } from 'zod';
import { formatDay } from '../tracking';
import type { Payment } from '../types';
import type { ReadToolContext } from './tool-context';

/** Arguments of `get_payment_history`. */
export const paymentHistoryArgs = z.object({
  limit: z.number().int().min(1).max(24).optional().describe('How many recent payments to list (default 8).'),
});

/** Two or more successful charges for the same order. */
export interface DuplicateCharge {
  orderId: string;
  paymentIds: string[];
  amount: number;
}

/** The payment history card. */
export interface PaymentHistoryResult {
  ok: true;
  /** Newest first. */
  payments: Payment[];
  /** Double charges the customer may ask about, found among the listed payments. */
  duplicateCharges: DuplicateCharge[];
  summary: string;
}

/** Successful, unrefunded charges grouped by order; any group of two or more is a double charge. */
export function findDuplicateCharges(payments: readonly Payment[]): DuplicateCharge[] {
  const byOrder = new Map<string, Payment[]>();
  for (const payment of payments) {
    if (payment.status !== 'succeeded' || !payment.orderId) continue;
    byOrder.set(payment.orderId, [...(byOrder.get(payment.orderId) ?? []), payment]);
  }
  return [...byOrder.entries()]
    .filter(([, group]) => group.length > 1)
    .map(([orderId, group]) => ({
      orderId,
      // Oldest first: the later charge is the duplicate.
      paymentIds: group.map((p) => p.id).reverse(),
      amount: group[0]?.amount ?? 0,
    }));
}

function describe(payment: Payment): string {
  const what = `${payment.id} $${payment.amount.toFixed(2)} on ${formatDay(payment.createdAt)} ${payment.status}`;
  return payment.failureReason ? `${what} (${payment.failureReason})` : what;
}

/** Runs `get_payment_history`. */
export async function getPaymentHistory(
  ctx: ReadToolContext,
  args: z.infer<typeof paymentHistoryArgs>,
): Promise<PaymentHistoryResult> {
  const payments = await ctx.commerce.listPayments({ customerId: ctx.customerId, limit: args.limit ?? 8 });
  const duplicateCharges = findDuplicateCharges(payments);
  const duplicates = duplicateCharges.map(
    (d) =>
      ` Possible double charge for ${d.orderId}: ${d.paymentIds.join(' and ')} ($${d.amount.toFixed(2)} each).`,
  );
  const summary =
    payments.length === 0
      ? 'No payments on record.'
      : `Recent payments: ${payments.map(describe).join('; ')}.${duplicates.join('')}`;
  return { ok: true, payments, duplicateCharges, summary };
}

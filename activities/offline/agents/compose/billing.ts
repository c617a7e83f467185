/** Replies of the billing specialist about charges and payments (kb-011, kb-012, kb-009). */
import type { Payment } from '../../../commerce/types';
import type { AgentContext } from '../agent-context';
import { addDays, monthOf } from '../policy/calendar';
import { BOX_PRICES } from '../policy/prices';
import { body, para, type ReplyBody } from './reply-body';
import { cardDelivery, deliveredParagraph } from './tracking-parts';

const byOrder = (payments: readonly Payment[], orderId: string | null): Payment[] =>
  payments.filter((p) => p.orderId === orderId).sort((a, b) => a.createdAt.localeCompare(b.createdAt));

/** Whether a payment failed, in the month asked about when one is. */
const failedIn = (payment: Payment, month: string | undefined): boolean =>
  payment.status === 'failed' && (!month || monthOf(payment.createdAt) === month);

/** Days after a first failed attempt on which the payment is retried (kb-011). */
const RETRY_DAYS = [3, 7, 14] as const;

/** A failed first attempt, the retries after it, and what happens next. */
function retryParagraphs(ctx: AgentContext, payments: readonly Payment[]): string[] {
  const { t, fmt } = ctx;
  const failed = payments.filter((p) => p.status === 'failed');
  const month = ctx.facts.months[0];
  const relevant = failed.filter((p) => !month || monthOf(p.createdAt) === month);
  const first = relevant.at(-1) ?? failed[0];
  if (!first) return [];
  const attempts = byOrder(payments, first.orderId).filter((p) => p.createdAt >= first.createdAt);
  const success = attempts.find((p) => p.status === 'succeeded');
  const declined = success ? [first] : attempts.filter((p) => p.status === 'failed');
  const reason = first.failureReason ?? '';
  const card = ctx.sub?.paymentMethod ?? null;
  const expiredCard =
    reason === 'card_expired' && card && card.last4 === (first.cardLast4 ?? card.last4)
      ? t.billing.cardExpired({
          card: card.last4,
          expiry: `${String(card.expMonth).padStart(2, '0')}/${card.expYear}`,
        })
      : null;
  const nextRetry = RETRY_DAYS.map((days) => addDays(first.createdAt.slice(0, 10), days)).find(
    (day) => day > (declined.at(-1)?.createdAt.slice(0, 10) ?? '') && day >= ctx.today,
  );
  return [
    para(
      declined.length > 1
        ? t.billing.attemptsFailed({
            count: declined.length,
            dates: fmt.list([
              ...declined.slice(0, -1).map((p) => fmt.dayWithoutYear(p.createdAt)),
              fmt.day(declined.at(-1)!.createdAt),
            ]),
            reason,
          })
        : t.billing.attemptFailed({ date: fmt.day(first.createdAt), reason }),
      expiredCard ?? t.billing.reasonMeaning({ reason }),
      success
        ? t.billing.retrySucceeded({ date: fmt.day(success.createdAt), amount: fmt.money(success.amount) })
        : declined.length >= RETRY_DAYS.length + 1
          ? t.billing.noRetriesLeft()
          : nextRetry
            ? t.billing.nextRetry({ date: fmt.day(nextRetry) })
            : t.billing.retryPending(),
    ),
    success && ctx.facts.cues.has('double') ? t.billing.noDoubleCharge() : '',
    reason === 'authentication_required' ? t.billing.authenticationAdvice() : '',
  ];
}

/** Each duplicate charge in the payment history, and that the billing team refunds it. */
export function duplicateParagraphs(ctx: AgentContext): string[] {
  const { t, fmt } = ctx;
  const history = ctx.results.payments();
  if (!history) return [];
  return history.duplicateCharges.map((d) => {
    const charge = history.payments.find((p) => p.id === d.paymentIds[0]);
    return para(
      t.billing.duplicateSeen({
        amount: fmt.money(d.amount),
        date: fmt.day(charge?.createdAt ?? ctx.today),
        paymentIds: d.paymentIds.join(', '),
        orderId: d.orderId,
      }),
      t.billing.duplicateToTeam(),
    );
  });
}

/** Card brands as customers know them. */
const BRANDS: Readonly<Record<string, string>> = {
  amex: 'Amex',
  visa: 'Visa',
  mastercard: 'Mastercard',
  isracard: 'Isracard',
};

/**
 * The charges of the month asked about, or of the latest month charged: what a customer who
 * thinks they were charged twice compares with their bank statement (kb-012).
 */
function monthCharges(ctx: AgentContext, payments: readonly Payment[]): string {
  const { t, fmt } = ctx;
  const charges = payments.filter((p) => p.status !== 'failed');
  const latest = charges
    .map((p) => p.createdAt)
    .sort()
    .at(-1);
  const month = ctx.facts.months[0] ?? (latest ? monthOf(latest) : null);
  if (!month) return '';
  const inMonth = charges
    .filter((p) => monthOf(p.createdAt) === month)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return t.billing.monthCharges({
    month: fmt.month(month),
    count: inMonth.length,
    charges: fmt.list(
      inMonth.map((p) =>
        t.billing.chargeLine({
          amount: fmt.money(p.amount),
          date: fmt.day(p.createdAt),
          card:
            p.cardBrand && p.cardLast4
              ? t.billing.cardEnding({ brand: BRANDS[p.cardBrand] ?? p.cardBrand, last4: p.cardLast4 })
              : null,
          refunded: p.refundedAmount ? fmt.money(p.refundedAmount) : null,
        }),
      ),
    ),
  });
}

/** Charges and payments. */
export function composeBilling(ctx: AgentContext): ReplyBody {
  const { t, fmt, facts, sub } = ctx;
  const cues = facts.cues;
  const history = ctx.results.payments();
  const payments = history?.payments ?? [];
  const paragraphs: string[] = [];
  const card = ctx.results.subscription()?.subscription.paymentMethod ?? null;
  // "A charge from LEVHAOLAM*BOX?": what the descriptor is, and the charges it stands for.
  if (cues.has('descriptor')) paragraphs.push(para(t.billing.descriptor(), monthCharges(ctx, payments)));
  if (cues.has('cardOnFile') && card)
    paragraphs.push(
      t.billing.cardOnFile({
        brand: BRANDS[card.brand] ?? card.brand,
        last4: card.last4,
        expiry: `${String(card.expMonth).padStart(2, '0')}/${card.expYear}`,
      }),
    );
  if (cues.has('changeCard') || cues.has('cardNumber'))
    paragraphs.push(t.billing.updateCardHow(), t.common.noCardNumbers());
  if (cues.has('currency'))
    paragraphs.push(para(t.billing.chargedInUsd(), t.billing.bankFeesNotRefundable()));
  if (cues.has('dispute')) {
    const disputed = payments.find((p) => p.status === 'disputed');
    if (disputed) {
      const opened = typeof disputed.dispute?.openedAt === 'string' ? disputed.dispute.openedAt : null;
      paragraphs.push(
        para(
          t.billing.disputeOpen({
            month: fmt.month(monthOf(disputed.createdAt)),
            amount: fmt.money(disputed.amount),
            opened: opened ? fmt.day(opened) : null,
          }),
          t.billing.disputeNoSeparateRefund(),
        ),
      );
      const card = ctx.results.tracking().find((c) => c.orderId === disputed.orderId);
      const entry = ctx.results.orders()?.orders.find((o) => o.orderId === disputed.orderId);
      if (card?.shipment?.status === 'delivered')
        paragraphs.push(deliveredParagraph(ctx, cardDelivery(card, card.shipment)));
      else if (entry?.shipment?.deliveredAt)
        paragraphs.push(
          deliveredParagraph(ctx, {
            boxMonth: entry.boxMonth,
            carrier: entry.shipment.carrier,
            trackingNumber: entry.shipment.trackingNumber,
            deliveredAt: entry.shipment.deliveredAt,
            scan: entry.shipment.deliveryScan,
          }),
        );
    }
  }
  const duplicates = duplicateParagraphs(ctx);
  if (duplicates.length > 0) {
    paragraphs.push(...duplicates);
  } else if (
    cues.has('declined') ||
    cues.has('authentication') ||
    (cues.has('double') && payments.some((p) => failedIn(p, facts.months[0])))
  ) {
    paragraphs.push(...retryParagraphs(ctx, payments));
  } else if (cues.has('double') && history) {
    paragraphs.push(para(t.billing.noDoubleCharge(), monthCharges(ctx, payments), t.billing.pendingHold()));
  }
  const charged = facts.amounts.find((a) => payments.some((p) => p.amount === a && p.status === 'succeeded'));
  if (charged !== undefined && sub) {
    const payment = payments.find((p) => p.amount === charged && p.status === 'succeeded');
    const planPrice = BOX_PRICES[sub.tier][sub.frequency];
    paragraphs.push(
      para(
        payment
          ? t.billing.chargedFor({
              amount: fmt.money(charged),
              date: fmt.day(payment.createdAt),
              month: fmt.month(monthOf(payment.createdAt)),
            })
          : null,
        t.plan.price({
          tier: t.plan.tier(sub.tier),
          frequency: t.plan.frequency(sub.frequency),
          amount: fmt.money(planPrice),
        }),
        ...facts.amounts
          .filter((a) => a !== charged)
          .map((a) => {
            const match = Object.entries(BOX_PRICES[sub.tier]).find(([, price]) => price === a);
            return match
              ? t.plan.price({
                  tier: t.plan.tier(sub.tier),
                  frequency: t.plan.frequency(match[0] as keyof (typeof BOX_PRICES)['basic']),
                  amount: fmt.money(a),
                })
              : t.billing.noSuchPlanPrice({ amount: fmt.money(a) });
          }),
      ),
    );
  }
  // "Could you send me November's invoice?": that month's charges.
  const past = facts.months.find((month) => month <= monthOf(ctx.today));
  if (paragraphs.length === 0 && past && history) paragraphs.push(monthCharges(ctx, payments));
  if (paragraphs.length === 0 && sub) paragraphs.push(nextChargeParagraph(ctx));
  if (
    cues.has('priceQuestion') &&
    sub &&
    !paragraphs.some((p) => p.includes(fmt.money(BOX_PRICES[sub.tier][sub.frequency])))
  )
    paragraphs.push(nextChargeParagraph(ctx));
  if (paragraphs.length === 0) paragraphs.push(t.common.lookupFailed());
  return body(paragraphs);
}

/** The next charge: date, amount, plan. */
export function nextChargeParagraph(ctx: AgentContext): string {
  const { t, fmt, sub } = ctx;
  if (!sub) return '';
  if (sub.status === 'cancelled')
    return t.retention.alreadyCancelled({ date: sub.cancelledAt ? fmt.day(sub.cancelledAt) : null });
  if (!sub.nextChargeDate) return t.plan.noNextCharge();
  return t.plan.nextCharge({
    date: fmt.day(sub.nextChargeDate),
    amount: fmt.money(sub.priceUsd),
    tier: t.plan.tier(sub.tier),
    frequency: t.plan.frequency(sub.frequency),
  });
}

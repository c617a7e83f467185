import { z } from 'zod';
import { formatDay } from '../tracking';
import type { Subscription } from '../types';
import { notFound, type NotFoundResult, type ReadToolContext } from './tool-context';

/** Arguments of `get_subscription` (none). */
export const subscriptionArgs = z.object({});

/** The subscription card. */
export interface SubscriptionResult {
  ok: true;
  subscription: Subscription;
  /** Pauses starting in the 12 months up to today (the policy allows 2). */
  pausesInLast12Months: number;
  summary: string;
}

/** One sentence with the subscription's state, plan, price and next charge. */
export function describeSubscription(subscription: Subscription): string {
  const plan = `${subscription.tier} ${subscription.frequency} at $${subscription.priceUsd.toFixed(2)} per box`;
  const parts = [`Subscription ${subscription.id} is ${subscription.status} (${plan})`];
  if (subscription.pausedUntil) parts.push(`paused until ${formatDay(subscription.pausedUntil)}`);
  if (subscription.nextChargeDate) parts.push(`next charge ${formatDay(subscription.nextChargeDate)}`);
  if (subscription.skippedMonths.length)
    parts.push(`skipped months ${subscription.skippedMonths.join(', ')}`);
  if (subscription.cancelledAt) parts.push(`cancelled on ${formatDay(subscription.cancelledAt)}`);
  const card = subscription.paymentMethod;
  if (card)
    parts.push(
      `card ${card.brand} ending ${card.last4}, expires ${String(card.expMonth).padStart(2, '0')}/${card.expYear}`,
    );
  return `${parts.join('; ')}.`;
}

/** Runs `get_subscription`. */
export async function getSubscription(
  ctx: ReadToolContext,
  _args: z.infer<typeof subscriptionArgs>,
): Promise<SubscriptionResult | NotFoundResult> {
  const subscription = await ctx.commerce.getSubscription(ctx.customerId);
  if (!subscription) return notFound('This customer has no subscription.');
  // Counted by the month the pause starts, as the pause policy counts them.
  const yearAgo = `${Number(ctx.today.slice(0, 4)) - 1}${ctx.today.slice(4, 7)}`;
  const pausesInLast12Months = subscription.pauseHistory.filter((p) => p.startMonth > yearAgo).length;
  return { ok: true, subscription, pausesInLast12Months, summary: describeSubscription(subscription) };
}

import type { Subscription } from '../types';
import { refuse, type PolicyRefusal, type WriteToolContext } from './write-tool-context';

/**
 * The customer's subscription when a change to it can be considered at all: not for a customer
 * without one, nor for a cancelled one (a cancelled plan is restarted by the team, not by a form).
 */
export async function changeableSubscription(ctx: WriteToolContext): Promise<Subscription | PolicyRefusal> {
  const subscription = await ctx.commerce.getSubscription(ctx.customerId);
  if (!subscription) return refuse('no_subscription', 'This customer has no subscription to change.');
  if (subscription.status === 'cancelled') {
    return refuse(
      'subscription_cancelled',
      `Subscription ${subscription.id} was cancelled${subscription.cancelledAt ? ` on ${subscription.cancelledAt}` : ''}; it cannot be changed.`,
    );
  }
  return subscription;
}

/**
 * The subscription when its box schedule may change (a pause, a skip, another frequency): as
 * `changeableSubscription`, and not while a payment is past due (KB "Failed payments and retry
 * schedule": settle the payment first).
 */
export async function settledSubscription(
  ctx: WriteToolContext,
  change: string,
): Promise<Subscription | PolicyRefusal> {
  const subscription = await changeableSubscription(ctx);
  if (isRefusal(subscription) || subscription.status !== 'past_due') return subscription;
  return refuse(
    'payment_past_due',
    `${change} is not possible while a payment is past due: the outstanding payment has to be settled first.`,
  );
}

/** Is this the guard's refusal rather than a subscription? */
export const isRefusal = (value: Subscription | PolicyRefusal): value is PolicyRefusal =>
  'ok' in value && value.ok === false;

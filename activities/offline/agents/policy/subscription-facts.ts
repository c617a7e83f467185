/**
 * The subscription as the rules see it: the context's summary, completed by the `get_subscription`
 * card (pause history, address, card, dunning, gift) when the agent has read it.
 */
import type { ContextSubscription } from '../../../context/build-context';
import type { SubscriptionResult } from '../../../commerce/read-tools';
import { daysIn } from '../../../commerce/tracking';
import type { GiftFacts, SubscriptionFacts } from './schedule';

const numberOrNull = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** A `D Mon YYYY` date the pattern captures in an English summary, as `YYYY-MM-DD`. */
const summaryDate = (summary: string, pattern: RegExp): string | null =>
  daysIn(pattern.exec(summary)?.[1] ?? '')[0] ?? null;

/** Reads the prepaid gift block (camelCased keys from the source system). */
function giftFacts(gift: Record<string, unknown> | null): GiftFacts | null {
  if (!gift) return null;
  return {
    boxesTotal: numberOrNull(gift.prepaidBoxes),
    boxesRemaining: numberOrNull(gift.boxesRemaining),
    lastBoxMonth: stringOrNull(gift.lastBoxMonth),
    postponementsUsed: numberOrNull(gift.postponementsUsed) ?? 0,
    recipientName: stringOrNull(gift.recipientName),
  };
}

/** Subscription facts from the context and, when read this turn, the subscription card. */
export function subscriptionFacts(
  context: ContextSubscription | null,
  card: SubscriptionResult | null,
): SubscriptionFacts | null {
  if (card) {
    const s = card.subscription;
    return {
      id: s.id,
      status: s.status,
      tier: s.tier,
      frequency: s.frequency,
      priceUsd: s.priceUsd,
      nextChargeDate: s.nextChargeDate,
      pausedUntil: s.pausedUntil,
      skippedMonths: s.skippedMonths,
      cancelledAt: s.cancelledAt,
      pauseHistory: s.pauseHistory,
      pausesInLast12Months: card.pausesInLast12Months,
      shippingAddress: s.shippingAddress,
      paymentMethod: s.paymentMethod,
      dunning: s.dunning,
      gift: giftFacts(s.gift),
      alcoholFree: s.preferences.alcoholFree,
      alcoholFreeLevel: s.preferences.alcoholFreeLevel,
      allergenExclusions: s.preferences.allergenExclusions,
    };
  }
  if (!context) return null;
  return {
    id: context.id,
    status: context.status,
    tier: context.tier,
    frequency: context.frequency,
    priceUsd: context.priceUsd,
    nextChargeDate: context.nextChargeDate,
    pausedUntil: context.pausedUntil,
    skippedMonths: context.skippedMonths,
    // The context carries the cancellation date only in its summary ("cancelled on 15 Sep 2026").
    cancelledAt: summaryDate(context.summary, /cancelled on (\d{1,2} [A-Z][a-z]{2} \d{4})/),
    alcoholFree: context.alcoholFree,
    allergenExclusions: context.allergenExclusions,
    ...(context.paymentMethod ? { paymentMethod: context.paymentMethod } : {}),
  };
}

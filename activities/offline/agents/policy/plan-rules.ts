/**
 * Frequency changes (kb-007) and cancellation with its retention offers (kb-008), decided from the
 * subscription and the customer's tenure.
 */
import type { Frequency, Tier } from '../../../commerce/types';
import { addMonths, dayOfMonth, firstOf } from './calendar';
import { BOX_PRICES, FREQUENCY_STEP, LOWER_TIER, lowerTierSaving } from './prices';
import { PAUSE_LIMITS } from './pause-rules';
import { changeDeadline, nextBoxMonth, upcomingBoxes, type SubscriptionFacts } from './schedule';

/** Tenure that earns the one-off loyalty gift box (kb-008). */
export const LOYALTY_TENURE_MONTHS = 24;
/** A customer who resubscribes within this many months of cancelling keeps the join date (kb-008). */
export const KEEP_JOIN_DATE_MONTHS = 6;

/** The outcome of a frequency change request. */
export type FrequencyDecision =
  | {
      ok: true;
      from: Frequency;
      to: Frequency;
      newPrice: number;
      /** The next box keeps its date; it is charged at the new price. */
      nextBox: string;
      /** The box after it, on the new schedule. */
      followingBox: string;
    }
  | { ok: false; to: Frequency; reason: 'cancelled' | 'past_due' | 'same' | 'gift' | 'no_next_box' };

/** Why the plan of this subscription cannot change at all, if it cannot. */
export function planLocked(sub: SubscriptionFacts): 'cancelled' | 'past_due' | 'gift' | null {
  if (sub.status === 'cancelled') return 'cancelled';
  if (sub.status === 'past_due') return 'past_due';
  return sub.gift ? 'gift' : null;
}

/** Decides a change of frequency to `to`. */
export function decideFrequency(sub: SubscriptionFacts, to: Frequency): FrequencyDecision {
  const locked = planLocked(sub);
  if (locked) return { ok: false, to, reason: locked };
  if (sub.frequency === to) return { ok: false, to, reason: 'same' };
  const next = nextBoxMonth(sub);
  if (!next) return { ok: false, to, reason: 'no_next_box' };
  return {
    ok: true,
    from: sub.frequency,
    to,
    newPrice: BOX_PRICES[sub.tier][to],
    nextBox: next,
    followingBox: addMonths(next, FREQUENCY_STEP[to]),
  };
}

/** The outcome of a tier change request: the team makes it (kb-007); the reply quotes the price. */
export type TierDecision =
  | {
      ok: true;
      from: Tier;
      to: Tier;
      frequency: Frequency;
      /** Per box on the new tier, at the frequency asked for (or the current one). */
      newPrice: number;
      /** The current tier's table price at that frequency, which the difference is measured from. */
      currentPrice: number;
      /** The first box the change can still reach, and the last day to ask for it. */
      firstBox: string;
      deadline: string;
    }
  | { ok: false; to: Tier; reason: 'cancelled' | 'past_due' | 'same' | 'gift' | 'no_next_box' };

/**
 * Decides a change of tier to `to` (at `frequency`, the current one when none is asked for), from
 * the first box it can still reach, or from the box of `fromMonth` when the customer names a later one.
 */
export function decideTier(
  sub: SubscriptionFacts,
  to: Tier,
  frequency: Frequency | null,
  today: string,
  fromMonth: string | null = null,
): TierDecision {
  const locked = planLocked(sub);
  if (locked) return { ok: false, to, reason: locked };
  const at = frequency ?? sub.frequency;
  if (sub.tier === to && at === sub.frequency) return { ok: false, to, reason: 'same' };
  // Tier changes follow the 28th rule (kb-007): the first box whose deadline has not passed.
  const firstBox = upcomingBoxes(sub, 12).find(
    (month) => changeDeadline(month) >= today && (fromMonth === null || month >= fromMonth),
  );
  if (!firstBox) return { ok: false, to, reason: 'no_next_box' };
  return {
    ok: true,
    from: sub.tier,
    to,
    frequency: at,
    newPrice: BOX_PRICES[to][at],
    currentPrice: BOX_PRICES[sub.tier][at],
    firstBox,
    deadline: changeDeadline(firstBox),
  };
}

/** One retention offer (presented once per conversation). */
export type RetentionOffer =
  | { kind: 'pause'; maxMonths: number }
  | { kind: 'frequency'; frequency: Frequency; price: number }
  | { kind: 'lower_tier'; tier: Tier; frequency: Frequency; price: number; saving: number }
  | { kind: 'loyalty_box'; tier: Tier; since: string };

/** What a cancellation request leads to. */
export interface CancelOutlook {
  alreadyCancelled: boolean;
  cancelledAt: string | null;
  /** The next charge a cancellation today avoids (null when none is due or it is too late). */
  avoidsChargeOn: string | null;
  /** The charge that still happens because the deadline has passed. */
  stillChargedOn: string | null;
  /** The deadline to avoid the next charge (27th of the month before it). */
  deadline: string | null;
  offers: RetentionOffer[];
}

/**
 * Moves to a lower tier at the same frequency: one tier down (kb-008), or every lower tier when
 * the price is the customer's reason (`everyTier`).
 */
export function lowerTierOffers(
  sub: SubscriptionFacts,
  everyTier: boolean,
): Extract<RetentionOffer, { kind: 'lower_tier' }>[] {
  const offers: Extract<RetentionOffer, { kind: 'lower_tier' }>[] = [];
  for (let lower = LOWER_TIER[sub.tier]; lower; lower = everyTier ? LOWER_TIER[lower] : null) {
    const price = BOX_PRICES[lower][sub.frequency];
    // kb-008 quotes the one-step saving at monthly prices; otherwise it is the difference of the prices.
    const saving =
      sub.frequency === 'monthly' && lower === LOWER_TIER[sub.tier]
        ? (lowerTierSaving(sub.tier) ?? 0)
        : BOX_PRICES[sub.tier][sub.frequency] - price;
    offers.push({ kind: 'lower_tier', tier: lower, frequency: sub.frequency, price, saving });
  }
  return offers;
}

/** The cancellation facts and the offers that fit this customer. */
export function cancelOutlook(
  sub: SubscriptionFacts,
  tenure: { months: number; joinDate: string },
  today: string,
  options: { priceReason?: boolean } = {},
): CancelOutlook {
  if (sub.status === 'cancelled') {
    return {
      alreadyCancelled: true,
      cancelledAt: sub.cancelledAt,
      avoidsChargeOn: null,
      stillChargedOn: null,
      deadline: null,
      offers: [],
    };
  }
  const next = nextBoxMonth(sub);
  const nextCharge = sub.nextChargeDate ?? (next ? firstOf(next) : null);
  const deadline = nextCharge ? `${addMonths(nextCharge.slice(0, 7), -1)}-27` : null;
  const inTime = deadline !== null && today <= deadline;
  const offers: RetentionOffer[] = [];
  const pausesLeft = (sub.pausesInLast12Months ?? 0) < PAUSE_LIMITS.perYear;
  if (sub.status !== 'past_due' && !sub.gift && pausesLeft)
    offers.push({ kind: 'pause', maxMonths: PAUSE_LIMITS.maxMonths });
  if (sub.status !== 'past_due' && !sub.gift) {
    for (const frequency of ['bimonthly', 'quarterly'] as const) {
      if (FREQUENCY_STEP[frequency] > FREQUENCY_STEP[sub.frequency])
        offers.push({ kind: 'frequency', frequency, price: BOX_PRICES[sub.tier][frequency] });
    }
  }
  offers.push(...lowerTierOffers(sub, options.priceReason ?? false));
  if (tenure.months >= LOYALTY_TENURE_MONTHS)
    offers.push({ kind: 'loyalty_box', tier: sub.tier, since: tenure.joinDate });
  return {
    alreadyCancelled: false,
    cancelledAt: null,
    avoidsChargeOn: inTime ? nextCharge : null,
    stillChargedOn: inTime || !nextCharge ? null : nextCharge,
    deadline,
    offers,
  };
}

/** True once the 28th has passed: next month's box is locked in. */
export const pastMonthlyDeadline = (today: string): boolean => dayOfMonth(today) > 27;

/**
 * A subscription's box schedule: which months have a box, given the next charge, the frequency,
 * skips and (for a prepaid gift) the remaining boxes. The facts come from the turn's context and,
 * when the agent read it, the `get_subscription` card.
 */
import type {
  Address,
  Dunning,
  Frequency,
  PauseRecord,
  PaymentMethod,
  SubscriptionStatus,
  Tier,
} from '../../../commerce/types';
import { addMonths, dayIn, dayOfMonth, monthDiff, monthOf } from './calendar';
import { FREQUENCY_STEP } from './prices';

/** What the rules need to know about a subscription. */
export interface SubscriptionFacts {
  id: string;
  status: SubscriptionStatus;
  tier: Tier;
  frequency: Frequency;
  priceUsd: number;
  nextChargeDate: string | null;
  pausedUntil: string | null;
  skippedMonths: string[];
  cancelledAt: string | null;
  /** Known only after `get_subscription`. */
  pauseHistory?: PauseRecord[];
  pausesInLast12Months?: number;
  shippingAddress?: Address;
  paymentMethod?: PaymentMethod | null;
  dunning?: Dunning | null;
  gift?: GiftFacts | null;
  alcoholFree: boolean;
  alcoholFreeLevel?: string;
  allergenExclusions: string[];
}

/** A prepaid gift as the subscription card describes it. */
export interface GiftFacts {
  boxesTotal: number | null;
  boxesRemaining: number | null;
  lastBoxMonth: string | null;
  postponementsUsed: number;
  recipientName: string | null;
}

/** The deadline for skips, pauses, frequency changes and cancellations: the 27th of the month before. */
export const changeDeadline = (boxMonth: string): string => dayIn(addMonths(boxMonth, -1), 27);

/** The address on file on the 20th of the month before a box is the one it ships to. */
export const addressCutoff = (boxMonth: string): string => dayIn(addMonths(boxMonth, -1), 20);

/** The first month a change asked for today can still affect (before the 28th: next month). */
export function firstChangeableMonth(today: string): string {
  return addMonths(monthOf(today), dayOfMonth(today) <= 27 ? 1 : 2);
}

/** The month of the customer's next box, or null when none is scheduled. */
export function nextBoxMonth(sub: SubscriptionFacts): string | null {
  if (sub.status === 'cancelled') return null;
  if (sub.nextChargeDate) return monthOf(sub.nextChargeDate);
  const gift = sub.gift;
  if (gift?.lastBoxMonth && gift.boxesRemaining && gift.boxesRemaining > 0)
    return addMonths(gift.lastBoxMonth, 1 - gift.boxesRemaining);
  return null;
}

/** The next `count` box months from the next box on, stepping by the frequency and leaving out skips. */
export function upcomingBoxes(sub: SubscriptionFacts, count: number): string[] {
  const first = nextBoxMonth(sub);
  if (!first) return [];
  const step = FREQUENCY_STEP[sub.frequency];
  const last = sub.gift?.lastBoxMonth ?? null;
  const months: string[] = [];
  for (let month = first; months.length < count; month = addMonths(month, step)) {
    if (last && month > last) break;
    if (!sub.skippedMonths.includes(month)) months.push(month);
    if (months.length === 0 && month > addMonths(first, 36)) break;
  }
  return months;
}

/** Whether `month` is on the schedule's lattice: a whole number of steps from the next box. */
export function onLattice(sub: SubscriptionFacts, month: string): boolean {
  const first = nextBoxMonth(sub);
  if (!first) return false;
  const step = FREQUENCY_STEP[sub.frequency];
  const diff = monthDiff(first, month);
  const inGift = !sub.gift?.lastBoxMonth || month <= sub.gift.lastBoxMonth;
  return ((diff % step) + step) % step === 0 && inGift;
}

/** Is a box scheduled in `month` from the next box on (ignoring skips)? */
export function isScheduledMonth(sub: SubscriptionFacts, month: string): boolean {
  const first = nextBoxMonth(sub);
  return first !== null && month >= first && onLattice(sub, month);
}

/** The first box month after `month` that is scheduled and not skipped (nor in `extraSkips`). */
export function boxAfter(
  sub: SubscriptionFacts,
  month: string,
  extraSkips: readonly string[] = [],
): string | null {
  for (
    let candidate = addMonths(month, 1), tries = 0;
    tries < 36;
    candidate = addMonths(candidate, 1), tries++
  ) {
    if (!onLattice(sub, candidate)) continue;
    if (sub.skippedMonths.includes(candidate) || extraSkips.includes(candidate)) continue;
    return candidate;
  }
  return null;
}

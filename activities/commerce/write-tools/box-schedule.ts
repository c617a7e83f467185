import type { Frequency, Subscription } from '../types';
import { addMonths, monthOf } from './calendar';

/** Months between boxes for each plan (KB "Plans, delivery frequency and prices"). */
export const FREQUENCY_INTERVAL: Record<Frequency, number> = { monthly: 1, bimonthly: 2, quarterly: 3 };

/** The months of a prepaid gift that have not shipped yet (gift boxes are monthly). */
export function remainingGiftMonths(subscription: Subscription, today: string): string[] {
  const last = typeof subscription.gift?.lastBoxMonth === 'string' ? subscription.gift.lastBoxMonth : null;
  const months: string[] = [];
  for (let month = addMonths(monthOf(today), 1); last && month <= last; month = addMonths(month, 1)) {
    months.push(month);
  }
  return months;
}

/**
 * Is a box scheduled in `month`? The plan's grid is anchored at the next charge and steps by the
 * plan's interval; skipped months stay on the grid (a skip does not shift the schedule), and months
 * before the next charge (paused, already charged) are off it.
 */
export function isScheduledBoxMonth(subscription: Subscription, month: string): boolean {
  if (!subscription.nextChargeDate) return false;
  const anchor = monthOf(subscription.nextChargeDate);
  if (month < anchor) return false;
  const interval = FREQUENCY_INTERVAL[subscription.frequency];
  const distance = monthsBetween(anchor, month);
  return distance % interval === 0;
}

/**
 * The first box month on the plan's grid at or after `from` that is not skipped, stepping by
 * `interval` from `anchor` (the next charge's month).
 */
export function nextBoxMonthFrom(input: {
  anchor: string;
  interval: number;
  from: string;
  skipped: readonly string[];
}): string {
  let month = input.anchor;
  while (month < input.from || input.skipped.includes(month)) month = addMonths(month, input.interval);
  return month;
}

/**
 * How many scheduled boxes in a row would be skipped with `month`: its neighbours on the plan's
 * grid (a box every 1, 2 or 3 months) that are already skipped, or skipped in the same request.
 */
export function skipsInARow(
  plan: Pick<Subscription, 'frequency' | 'skippedMonths'>,
  month: string,
  alsoSkipping: readonly string[] = [],
): number {
  const step = FREQUENCY_INTERVAL[plan.frequency];
  const skipped = new Set([...plan.skippedMonths, ...alsoSkipping]);
  let run = 1;
  for (let m = addMonths(month, -step); skipped.has(m); m = addMonths(m, -step)) run++;
  for (let m = addMonths(month, step); skipped.has(m); m = addMonths(m, step)) run++;
  return run;
}

/** Whole months from `from` to `to` (`YYYY-MM`). */
export function monthsBetween(from: string, to: string): number {
  const [fromYear = 0, fromMonth = 1] = from.split('-').map(Number);
  const [toYear = 0, toMonth = 1] = to.split('-').map(Number);
  return (toYear - fromYear) * 12 + (toMonth - fromMonth);
}

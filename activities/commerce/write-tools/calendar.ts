/**
 * Calendar arithmetic on `YYYY-MM` months and `YYYY-MM-DD` days, in the company's calendar. Pure:
 * "today" is always passed in, never read from the clock.
 */

import { monthLabel } from '../../../workflows/write-tool-args';

/** The last day of a month on which a change still reaches next month's box (KB: "before the 28th"). */
export const CHANGE_DEADLINE_DAY = 27;
/** The last day an address change reaches next month's box (KB: labels are prepared from the 21st). */
export const ADDRESS_CUTOFF_DAY = 20;

/** The `YYYY-MM` month `count` months after `month` (negative counts go back). */
export function addMonths(month: string, count: number): string {
  const [year = 0, index = 1] = month.split('-').map(Number);
  const total = year * 12 + (index - 1) + count;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** The month of a day: `2026-11-23` -> `2026-11`. */
export const monthOf = (day: string): string => day.slice(0, 7);

/** The `count` months after the month of `today`, in order (the skip horizon's months). */
export const monthsAhead = (today: string, count: number): string[] =>
  Array.from({ length: count }, (_, index) => addMonths(monthOf(today), index + 1));

/** The day of the month: `2026-11-23` -> 23. */
export const dayOfMonth = (day: string): number => Number(day.slice(8, 10));

/** The first day of a month: `2027-01` -> `2027-01-01`. */
export const firstDay = (month: string): string => `${month}-01`;

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The first box month a subscription change made today can still affect: next month's box until
 * the 27th, the one after from the 28th (next month's box is locked in by then).
 */
export function earliestChangeableMonth(today: string): string {
  return addMonths(monthOf(today), dayOfMonth(today) <= CHANGE_DEADLINE_DAY ? 1 : 2);
}

/** `2027-01` as "January 2027" (the form summaries' wording). */
export const monthName = monthLabel;

/** `2027-01-01` as "1 January 2027". */
export function dayName(day: string): string {
  return `${dayOfMonth(day)} ${monthName(monthOf(day))}`;
}

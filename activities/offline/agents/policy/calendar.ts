/**
 * Calendar arithmetic on the plain strings that cross activity boundaries: days `YYYY-MM-DD`,
 * months `YYYY-MM`. All in UTC so no time zone moves a date; `today` is always passed in.
 */

const DAY_MS = 86_400_000;

/** `YYYY-MM` plus `delta` months. */
export function addMonths(month: string, delta: number): string {
  const [year, mm] = month.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 0, (mm ?? 1) - 1 + delta, 1));
  return date.toISOString().slice(0, 7);
}

/** `YYYY-MM-DD` plus `delta` months, on the same day or the month's last (31 August + 6 → 28 February). */
export function addMonthsToDay(day: string, delta: number): string {
  const month = addMonths(monthOf(day), delta);
  const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
  return dayIn(month, Math.min(dayOfMonth(day), last));
}

/** Whole months from `from` to `to` (both `YYYY-MM`). */
export function monthDiff(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return ((ty ?? 0) - (fy ?? 0)) * 12 + ((tm ?? 0) - (fm ?? 0));
}

/** The month of a day or timestamp. */
export const monthOf = (day: string): string => day.slice(0, 7);

/** The day of the month of `YYYY-MM-DD`. */
export const dayOfMonth = (day: string): number => Number(day.slice(8, 10));

/** `YYYY-MM` and a day number as `YYYY-MM-DD`. */
export const dayIn = (month: string, day: number): string => `${month}-${String(day).padStart(2, '0')}`;

/** The first day of a month. */
export const firstOf = (month: string): string => dayIn(month, 1);

/** `YYYY-MM-DD` plus `days` calendar days. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(day.slice(0, 10)) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / DAY_MS);
}

const isWeekday = (day: string): boolean => {
  const weekday = new Date(Date.parse(day)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
};

/** Business days (Monday to Friday) after `from` up to and including `to`; 0 when `to` is not later. */
export function businessDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let day = addDays(from.slice(0, 10), 1); day <= to.slice(0, 10); day = addDays(day, 1)) {
    if (isWeekday(day)) count++;
  }
  return count;
}

/** `day` plus `count` business days (Monday to Friday). */
export function addBusinessDays(day: string, count: number): string {
  let current = day.slice(0, 10);
  for (let added = 0; added < count;) {
    current = addDays(current, 1);
    if (isWeekday(current)) added++;
  }
  return current;
}

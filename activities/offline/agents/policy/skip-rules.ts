/**
 * Whether a box can be skipped (kb-006) or, for a prepaid gift, postponed (kb-015), and what
 * the schedule looks like afterwards.
 */
import { skipsInARow } from '../../../commerce/write-tools/box-schedule';
import {
  MAX_GIFT_POSTPONEMENTS,
  MAX_SKIPS_IN_A_ROW,
  MAX_SKIPS_PER_YEAR,
} from '../../../commerce/write-tools/skip-month';
import { SKIP_HORIZON_MONTHS } from '../../../../workflows/write-tool-args';
import { addMonths, monthOf } from './calendar';
import { boxAfter, changeDeadline, isScheduledMonth, nextBoxMonth, type SubscriptionFacts } from './schedule';

/** Skips allowed per calendar year, in a row, and how many months ahead (kb-006). */
export const SKIP_LIMITS = {
  perYear: MAX_SKIPS_PER_YEAR,
  inARow: MAX_SKIPS_IN_A_ROW,
  monthsAhead: SKIP_HORIZON_MONTHS,
} as const;
/** Postponements a gift allows (kb-015). */
export const GIFT_POSTPONEMENTS = MAX_GIFT_POSTPONEMENTS;

/** Why a skip can't be offered. */
export type SkipBlock =
  | 'cancelled'
  | 'past_due'
  | 'already_skipped'
  | 'already_charged'
  | 'not_scheduled'
  | 'too_far'
  | 'too_late'
  | 'too_many_in_a_row'
  | 'year_limit'
  | 'gift_postponements_used';

/** The outcome of a skip request for one month. */
export type SkipDecision =
  | {
      ok: true;
      month: string;
      deadline: string;
      /** The next box after the skip (null when none is scheduled, e.g. the gift's last box). */
      nextBox: string | null;
      /** For a gift: the month the postponed box is sent instead. */
      postponedTo: string | null;
    }
  | { ok: false; month: string; reason: SkipBlock; nextBox: string | null; deadline: string };

/**
 * Decides a skip of `month`, taking `alsoSkipping` (other months of the same request) into account
 * for the in-a-row limit and the box that follows.
 */
export function decideSkip(
  sub: SubscriptionFacts,
  month: string,
  today: string,
  alsoSkipping: readonly string[] = [],
): SkipDecision {
  const deadline = changeDeadline(month);
  const next = nextBoxMonth(sub);
  const block = (reason: SkipBlock): SkipDecision => ({ ok: false, month, reason, nextBox: next, deadline });
  if (sub.status === 'cancelled') return block('cancelled');
  if (sub.status === 'past_due') return block('past_due');
  if (sub.skippedMonths.includes(month)) return block('already_skipped');
  if (month <= monthOf(today)) return block('already_charged');
  if (!isScheduledMonth(sub, month)) return block('not_scheduled');
  if (month > addMonths(monthOf(today), SKIP_LIMITS.monthsAhead)) return block('too_far');
  if (today > deadline) return block('too_late');
  // Boxes in a row, on the plan's grid, as the skip tool counts them.
  if (skipsInARow(sub, month, alsoSkipping) > SKIP_LIMITS.inARow) return block('too_many_in_a_row');
  const skipped = new Set([...sub.skippedMonths, ...alsoSkipping, month]);
  const sameYear = [...skipped].filter((m) => m.slice(0, 4) === month.slice(0, 4)).length;
  if (sameYear > SKIP_LIMITS.perYear) return block('year_limit');
  const gift = sub.gift ?? null;
  if (gift && gift.postponementsUsed >= GIFT_POSTPONEMENTS) return block('gift_postponements_used');
  const postponedTo = gift?.lastBoxMonth ? addMonths(gift.lastBoxMonth, 1) : null;
  const nextBox = gift
    ? (boxAfter(sub, month, alsoSkipping) ?? postponedTo)
    : boxAfter(sub, month, alsoSkipping);
  return { ok: true, month, deadline, nextBox, postponedTo };
}

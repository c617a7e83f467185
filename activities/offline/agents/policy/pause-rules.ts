/**
 * Whether a pause can be set up (kb-005): its length, the two-pauses-in-12-months limit, past-due
 * and gift subscriptions, lengthening a running pause, and boxes a pause would actually leave out.
 */
import {
  MAX_PAUSE_MONTHS,
  MAX_PAUSES_PER_12_MONTHS,
  nextPauseStart,
  pauseLimitConflict,
} from '../../../commerce/write-tools/pause-subscription';
import { addMonths, firstOf, monthDiff, monthOf } from './calendar';
import { firstChangeableMonth, isScheduledMonth, nextBoxMonth, type SubscriptionFacts } from './schedule';

/** Pause lengths and the limit (kb-005). */
export const PAUSE_LIMITS = {
  minMonths: 1,
  maxMonths: MAX_PAUSE_MONTHS,
  perYear: MAX_PAUSES_PER_12_MONTHS,
} as const;

/** Why a pause can't be offered. */
export type PauseBlock =
  'cancelled' | 'past_due' | 'gift' | 'too_long' | 'limit_reached' | 'no_box_in_pause' | 'unknown_history';

/** The outcome of a pause request. */
export type PauseDecision =
  | {
      ok: true;
      months: number;
      startMonth: string;
      /** The 1st of the month after the pause. */
      resumeDate: string;
      /** Box months the pause leaves out. */
      boxesLeftOut: string[];
      /** The first box after the pause. */
      nextBox: string | null;
      /** True when this pause follows a running one. */
      followsCurrentPause: boolean;
      /** True when it lengthens the running pause within 3 months in total (not a new pause). */
      lengthens: boolean;
      /** The pause would start later than next month, so the form must name the start month. */
      explicitStart: boolean;
      pausesUsed: number;
    }
  | {
      ok: false;
      months: number;
      reason: PauseBlock;
      startMonth: string;
      /** limit_reached: the first month a new pause can start. */
      nextPossibleStart?: string;
      /** no_box_in_pause: the customer's next box, and the pause length that would leave it out. */
      nextBox?: string | null;
      monthsToCover?: number;
      pausesUsed?: number;
      pauseStarts?: string[];
    };

/** Start months of the pauses that count against a pause starting in `startMonth`. */
function countedPauses(sub: SubscriptionFacts, startMonth: string): string[] {
  const since = addMonths(startMonth, -12);
  return (sub.pauseHistory ?? [])
    .map((p) => p.startMonth)
    .filter((m) => m > since && m < startMonth)
    .sort();
}

/** Decides a pause of `months` months asked for on `today`. */
export function decidePause(sub: SubscriptionFacts, requested: number, today: string): PauseDecision {
  const months = Math.max(PAUSE_LIMITS.minMonths, requested);
  const pausedUntil = sub.pausedUntil && sub.pausedUntil > today ? sub.pausedUntil : null;
  // A running pause: a new pause starts in the month it ends (the month it resumes).
  const startMonth = pausedUntil ? monthOf(pausedUntil) : firstChangeableMonth(today);
  const block = (
    reason: PauseBlock,
    extra: Partial<Extract<PauseDecision, { ok: false }>> = {},
  ): PauseDecision => ({
    ok: false,
    months,
    reason,
    startMonth,
    ...extra,
  });
  if (sub.status === 'cancelled') return block('cancelled');
  if (sub.status === 'past_due') return block('past_due');
  if (sub.gift) return block('gift');
  if (months > PAUSE_LIMITS.maxMonths) return block('too_long');
  if (!sub.pauseHistory) return block('unknown_history');
  const running = pausedUntil ? (sub.pauseHistory.findLast((p) => p.resumedOn === null) ?? null) : null;
  const lengthens = running !== null && running.months + months <= PAUSE_LIMITS.maxMonths;
  const counted = countedPauses(sub, startMonth);
  // The limit as the pause tool applies it (a lengthened pause is no new pause).
  const starts = sub.pauseHistory.map((p) => p.startMonth);
  const conflict = lengthens ? null : pauseLimitConflict(starts, startMonth);
  if (conflict) {
    return block('limit_reached', {
      nextPossibleStart: nextPauseStart(starts, startMonth),
      pausesUsed: conflict.length,
      pauseStarts: conflict,
    });
  }
  const covered = Array.from({ length: months }, (_, i) => addMonths(startMonth, i));
  const next = pausedUntil ? null : nextBoxMonth(sub);
  const boxesLeftOut = pausedUntil ? covered : covered.filter((m) => isScheduledMonth(sub, m));
  if (boxesLeftOut.length === 0) {
    const monthsToCover = next ? monthDiff(startMonth, next) + 1 : undefined;
    return block('no_box_in_pause', { nextBox: next, monthsToCover });
  }
  const resumeMonth = addMonths(startMonth, months);
  const nextBox = pausedUntil
    ? resumeMonth
    : (Array.from({ length: 12 }, (_, i) => addMonths(resumeMonth, i)).find((m) =>
        isScheduledMonth(sub, m),
      ) ?? null);
  return {
    ok: true,
    months,
    startMonth,
    resumeDate: firstOf(resumeMonth),
    boxesLeftOut,
    nextBox,
    followsCurrentPause: pausedUntil !== null,
    lengthens,
    explicitStart: startMonth !== firstChangeableMonth(today),
    pausesUsed: lengthens ? counted.length : counted.length + 1,
  };
}

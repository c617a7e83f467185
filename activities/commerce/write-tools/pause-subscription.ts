import { PAUSE_LENGTHS, type WriteToolArgs } from '../../../workflows/write-tool-args';
import type { PauseChange } from '../commerce-writer';
import type { PauseRecord, Subscription } from '../types';
import { FREQUENCY_INTERVAL, isScheduledBoxMonth, nextBoxMonthFrom } from './box-schedule';
import { addMonths, dayName, earliestChangeableMonth, firstDay, monthName, monthOf } from './calendar';
import { changeText } from './change-text';
import { defineWriteTool, type Planned } from './define-write-tool';
import { isRefusal, settledSubscription } from './subscription-guard';
import { refuse, type PolicyRefusal, type WriteToolContext } from './write-tool-context';

/** KB "Pausing your subscription": 1-3 months, at most 2 pauses starting in any 12 months. */
export const MAX_PAUSE_MONTHS = 3;
export const MAX_PAUSES_PER_12_MONTHS = 2;

type Args = WriteToolArgs<'pause_subscription'>;

/** What `pause_subscription` did. */
export interface PauseResult {
  subscriptionId: string;
  startMonth: string;
  months: number;
  /** The day the subscription resumes (the 1st of the month after the pause). */
  pausedUntil: string;
  nextChargeDate: string | null;
  /** True when the current pause was lengthened rather than a new pause added. */
  extended: boolean;
  summary: string;
}

/** The pause in force (or booked) on `today`, if any. */
function currentPause(subscription: Subscription, today: string): PauseRecord | null {
  if (!subscription.pausedUntil || subscription.pausedUntil <= today) return null;
  const open = subscription.pauseHistory.filter((p) => p.resumedOn === null);
  return open.at(-1) ?? subscription.pauseHistory.at(-1) ?? null;
}

/**
 * KB "at most 2 pauses can start in any 12 months": the existing pause starts that a pause starting
 * in `start` would make a third with in some 12-month window, or null when it may start then.
 */
export function pauseLimitConflict(starts: readonly string[], start: string): string[] | null {
  for (let from = addMonths(start, -11); from <= start; from = addMonths(from, 1)) {
    const to = addMonths(from, 11);
    const inWindow = starts.filter((month) => month >= from && month <= to).sort();
    if (inWindow.length >= MAX_PAUSES_PER_12_MONTHS) return inWindow;
  }
  return null;
}

/** The first month from `start` on in which a new pause may start. */
export function nextPauseStart(starts: readonly string[], start: string): string {
  let month = start;
  while (pauseLimitConflict(starts, month)) month = addMonths(month, 1);
  return month;
}

function limitRefusal(subscription: Subscription, start: string): PolicyRefusal | null {
  const starts = subscription.pauseHistory.map((p) => p.startMonth);
  const conflict = pauseLimitConflict(starts, start);
  if (!conflict) return null;
  return refuse(
    'pause_limit_reached',
    `Pauses already start in ${conflict.map(monthName).join(' and ')}: at most ${MAX_PAUSES_PER_12_MONTHS} pauses can start in any 12 months, so the next pause can start with the ${monthName(nextPauseStart(starts, start))} box. Single boxes can still be skipped.`,
  );
}

async function plan(ctx: WriteToolContext, args: Args): Promise<Planned<Args, PauseChange> | PolicyRefusal> {
  const subscription = await settledSubscription(ctx, 'A pause');
  if (isRefusal(subscription)) return subscription;
  if (subscription.gift) {
    return refuse(
      'gift_subscription',
      'Gift subscriptions cannot be paused; a gift box can be postponed instead (up to 2 times).',
    );
  }

  const earliest = earliestChangeableMonth(ctx.today);
  const current = currentPause(subscription, ctx.today);
  const resumeMonth = current && subscription.pausedUntil ? monthOf(subscription.pausedUntil) : null;
  const start = args.start_month ?? (resumeMonth && resumeMonth > earliest ? resumeMonth : earliest);
  if (start < earliest) {
    return refuse(
      'too_late',
      `The ${monthName(start)} box is already locked in (changes are possible until the 27th of the month before); the earliest a pause can start is ${monthName(earliest)}.`,
    );
  }
  if (resumeMonth && start < resumeMonth) {
    return refuse(
      'overlaps_current_pause',
      `The subscription is already paused until ${dayName(subscription.pausedUntil!)}; a further pause can start with the ${monthName(resumeMonth)} box.`,
    );
  }

  // A pause that leaves out no box changes nothing but would count towards the limit.
  const covered = Array.from({ length: args.months }, (_, i) => addMonths(start, i));
  if (!current && !covered.some((month) => isScheduledBoxMonth(subscription, month))) {
    const next = subscription.nextChargeDate
      ? monthName(monthOf(subscription.nextChargeDate))
      : 'not scheduled';
    return refuse(
      'no_box_in_pause',
      `No box is due from ${monthName(start)} to ${monthName(covered.at(-1)!)} (the next box is ${next}), so this pause would change nothing.`,
    );
  }
  const extended =
    current !== null && start === resumeMonth && current.months + args.months <= MAX_PAUSE_MONTHS;
  if (!extended) {
    const refusal = limitRefusal(subscription, start);
    if (refusal) return refusal;
  }
  const pause: PauseRecord = extended
    ? { ...current, months: current.months + args.months }
    : { requestedAt: ctx.today, startMonth: start, months: args.months, resumedOn: null };
  const resume = addMonths(pause.startMonth, pause.months);
  const nextChargeDate = subscription.nextChargeDate
    ? firstDay(
        nextBoxMonthFrom({
          anchor: monthOf(subscription.nextChargeDate),
          interval: FREQUENCY_INTERVAL[subscription.frequency],
          from: resume,
          skipped: subscription.skippedMonths,
        }),
      )
    : null;
  const detail = changeText(ctx.language).pause({
    from: start,
    to: addMonths(resume, -1),
    resumesOn: firstDay(resume),
    nextCharge: nextChargeDate,
    extends: extended,
    anotherPause: current !== null,
  });
  return {
    ok: true,
    args: { ...args, start_month: start },
    detail,
    change: {
      subscriptionId: subscription.id,
      pause,
      extendsCurrent: extended,
      pausedUntil: firstDay(resume),
      nextChargeDate,
    },
  };
}

/** `pause_subscription`: stops boxes and charges for 1-3 whole months. */
export const pauseSubscriptionTool = defineWriteTool({
  name: 'pause_subscription',
  plan,
  choice: { field: 'months', candidates: () => PAUSE_LENGTHS },
  async commit(ctx, change: PauseChange, key): Promise<PauseResult> {
    await ctx.commerce.pauseSubscription(change, key);
    return {
      subscriptionId: change.subscriptionId,
      startMonth: change.pause.startMonth,
      months: change.pause.months,
      pausedUntil: change.pausedUntil,
      nextChargeDate: change.nextChargeDate,
      extended: change.extendsCurrent,
      summary: `Paused from ${monthName(change.pause.startMonth)} for ${change.pause.months} month(s); resumes on ${dayName(change.pausedUntil)}.`,
    };
  },
});

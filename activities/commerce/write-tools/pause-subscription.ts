import type { WriteToolArgs } from '../../../workflows/write-tool-args';
import type { PauseChange } from '../commerce-writer';
import type { PauseRecord, Subscription } from '../types';
import { FREQUENCY_INTERVAL, nextBoxMonthFrom } from './box-schedule';
import { addMonths, dayName, earliestChangeableMonth, firstDay, monthName, monthOf } from './calendar';
import { defineWriteTool, type Planned } from './define-write-tool';
import { changeableSubscription, isRefusal } from './subscription-guard';
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

/** The pause limit: pauses that started within 12 months either side of `start`. */
function limitRefusal(subscription: Subscription, start: string): PolicyRefusal | null {
  const near = subscription.pauseHistory
    .map((p) => p.startMonth)
    .filter((month) => month > addMonths(start, -12) && month < addMonths(start, 12))
    .sort();
  if (near.length < MAX_PAUSES_PER_12_MONTHS) return null;
  const lastTwo = near.filter((month) => month <= start).slice(-MAX_PAUSES_PER_12_MONTHS);
  const nextPossible = addMonths(lastTwo[0] ?? near[0]!, 12);
  return refuse(
    'pause_limit_reached',
    `Pauses already started in ${near.map(monthName).join(' and ')}: at most ${MAX_PAUSES_PER_12_MONTHS} pauses can start in any 12 months, so the next pause can start with the ${monthName(nextPossible)} box. Single boxes can still be skipped.`,
  );
}

async function plan(ctx: WriteToolContext, args: Args): Promise<Planned<Args, PauseChange> | PolicyRefusal> {
  const subscription = await changeableSubscription(ctx);
  if (isRefusal(subscription)) return subscription;
  if (subscription.status === 'past_due') {
    return refuse(
      'payment_past_due',
      'A pause is not possible while a payment is past due: the outstanding payment has to be settled first.',
    );
  }
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
  const lastPaused = addMonths(resume, -1);
  const span = start === lastPaused ? monthName(start) : `${monthName(start)} to ${monthName(lastPaused)}`;
  const detail =
    `No box and no charge from ${span}; the subscription resumes on ${dayName(firstDay(resume))}` +
    (nextChargeDate ? ` and the next box is charged on ${dayName(nextChargeDate)}.` : '.') +
    (extended
      ? ' This lengthens the current pause.'
      : current
        ? ' This is a new pause, counted towards the limit of 2 in 12 months.'
        : '');
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

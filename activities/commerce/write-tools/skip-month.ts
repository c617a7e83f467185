import { SKIP_HORIZON_MONTHS, type WriteToolArgs } from '../../../workflows/write-tool-args';
import type { SkipChange } from '../commerce-writer';
import type { Subscription } from '../types';
import {
  FREQUENCY_INTERVAL,
  isScheduledBoxMonth,
  nextBoxMonthFrom,
  remainingGiftMonths,
  skipsInARow,
} from './box-schedule';
import {
  addMonths,
  dayName,
  earliestChangeableMonth,
  firstDay,
  monthName,
  monthOf,
  monthsAhead,
} from './calendar';
import { changeText } from './change-text';
import { defineWriteTool, type Planned } from './define-write-tool';
import { isRefusal, settledSubscription } from './subscription-guard';
import { refuse, type PolicyRefusal, type WriteToolContext } from './write-tool-context';

/** KB "Skipping a month": 4 boxes a calendar year, at most 2 in a row (the horizon: SKIP_HORIZON_MONTHS). */
export const MAX_SKIPS_PER_YEAR = 4;
export const MAX_SKIPS_IN_A_ROW = 2;
/** KB "Gift subscriptions": a gift box can be postponed up to 2 times. */
export const MAX_GIFT_POSTPONEMENTS = 2;

type Args = WriteToolArgs<'skip_month'>;

/** What `skip_month` did. */
export interface SkipResult {
  subscriptionId: string;
  month: string;
  nextChargeDate: string | null;
  /** Gift subscriptions: the month the postponed box now ships in. */
  postponedTo: string | null;
  summary: string;
}

/** A prepaid gift box is postponed, not skipped: it ships after the last gift box instead. */
function planGiftPostponement(
  ctx: WriteToolContext,
  subscription: Subscription,
  args: Args,
): Planned<Args, SkipChange> | PolicyRefusal {
  const months = remainingGiftMonths(subscription, ctx.today);
  const postponed = Array.isArray(subscription.gift?.postponedMonths)
    ? subscription.gift.postponedMonths
    : [];
  if (!months.includes(args.month)) {
    return refuse('no_box_that_month', `There is no gift box left to ship in ${monthName(args.month)}.`);
  }
  if (postponed.length >= MAX_GIFT_POSTPONEMENTS) {
    return refuse(
      'gift_postpone_limit',
      `A gift box can be postponed at most ${MAX_GIFT_POSTPONEMENTS} times, and this gift has used both.`,
    );
  }
  const postponedTo = addMonths(months.at(-1)!, 1);
  return {
    ok: true,
    args,
    detail: changeText(ctx.language).giftPostponed({ month: args.month, to: postponedTo }),
    change: {
      subscriptionId: subscription.id,
      month: args.month,
      nextChargeDate: subscription.nextChargeDate,
      giftPostponedTo: postponedTo,
    },
  };
}

async function plan(ctx: WriteToolContext, args: Args): Promise<Planned<Args, SkipChange> | PolicyRefusal> {
  const subscription = await settledSubscription(ctx, 'A skip');
  if (isRefusal(subscription)) return subscription;
  const { month } = args;
  const earliest = earliestChangeableMonth(ctx.today);
  const horizon = addMonths(monthOf(ctx.today), SKIP_HORIZON_MONTHS);
  if (month < earliest) {
    return refuse(
      'too_late',
      `The ${monthName(month)} box can no longer be skipped: skips close on the 27th of the month before the box (the earliest box that can be skipped now is ${monthName(earliest)}).`,
    );
  }
  if (month > horizon) {
    return refuse(
      'too_far_ahead',
      `Skips can be set for boxes due in the next ${SKIP_HORIZON_MONTHS} months (up to ${monthName(horizon)}).`,
    );
  }
  if (subscription.skippedMonths.includes(month)) {
    return refuse(
      'already_skipped',
      `The ${monthName(month)} box is already skipped; there is nothing to do.`,
    );
  }
  if (subscription.gift) return planGiftPostponement(ctx, subscription, args);
  if (!isScheduledBoxMonth(subscription, month)) {
    const reason =
      subscription.pausedUntil && firstDay(month) < subscription.pausedUntil
        ? `the subscription is paused until ${dayName(subscription.pausedUntil)}`
        : `on a ${subscription.frequency} plan the next box is due in ${subscription.nextChargeDate ? monthName(monthOf(subscription.nextChargeDate)) : 'no month yet'}`;
    return refuse(
      'no_box_that_month',
      `There is no box scheduled in ${monthName(month)} to skip: ${reason}.`,
    );
  }
  const year = month.slice(0, 4);
  const thisYear = subscription.skippedMonths.filter((m) => m.startsWith(year)).length;
  if (thisYear >= MAX_SKIPS_PER_YEAR) {
    return refuse(
      'skip_limit_reached',
      `Up to ${MAX_SKIPS_PER_YEAR} boxes can be skipped in a calendar year, and ${year} already has ${thisYear}.`,
    );
  }
  if (skipsInARow(subscription, month) > MAX_SKIPS_IN_A_ROW) {
    return refuse(
      'too_many_in_a_row',
      `At most ${MAX_SKIPS_IN_A_ROW} boxes in a row can be skipped; for a longer break, a pause of 1 to 3 months fits better.`,
    );
  }

  const anchor = monthOf(subscription.nextChargeDate!);
  const next = nextBoxMonthFrom({
    anchor,
    interval: FREQUENCY_INTERVAL[subscription.frequency],
    from: anchor,
    skipped: [...subscription.skippedMonths, month],
  });
  const nextChargeDate = firstDay(next);
  return {
    ok: true,
    args,
    // The form's summary already says "no box and no charge that month": the detail adds what follows.
    detail: changeText(ctx.language).skipNextCharge({ date: nextChargeDate }),
    change: { subscriptionId: subscription.id, month, nextChargeDate },
  };
}

/** `skip_month`: leaves out one scheduled box (for a gift: postpones it). */
export const skipMonthTool = defineWriteTool({
  name: 'skip_month',
  plan,
  // The months inside the horizon; the policy leaves out locked, skipped and box-less ones.
  choice: { field: 'month', candidates: (ctx) => monthsAhead(ctx.today, SKIP_HORIZON_MONTHS) },
  async commit(ctx, change: SkipChange, key): Promise<SkipResult> {
    await ctx.commerce.skipMonth(change, key);
    const postponedTo = change.giftPostponedTo ?? null;
    return {
      subscriptionId: change.subscriptionId,
      month: change.month,
      nextChargeDate: change.nextChargeDate,
      postponedTo,
      summary: postponedTo
        ? `The ${monthName(change.month)} gift box is postponed to ${monthName(postponedTo)}.`
        : `The ${monthName(change.month)} box is skipped; next charge ${change.nextChargeDate ? dayName(change.nextChargeDate) : 'none scheduled'}.`,
    };
  },
});

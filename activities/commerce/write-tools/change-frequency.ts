import { FREQUENCIES, type WriteToolArgs } from '../../../workflows/write-tool-args';
import type { FrequencyChange } from '../commerce-writer';
import { FREQUENCY_INTERVAL } from './box-schedule';
import { addMonths, earliestChangeableMonth, monthOf } from './calendar';
import { changeText, ENGLISH_FREQUENCIES as LABELS } from './change-text';
import { defineWriteTool, type Planned } from './define-write-tool';
import { BOX_PRICES_USD, usd } from './prices';
import { isRefusal, settledSubscription } from './subscription-guard';
import { refuse, type PolicyRefusal, type WriteToolContext } from './write-tool-context';

type Args = WriteToolArgs<'change_frequency'>;

/** What `change_frequency` did. */
export interface FrequencyResult {
  subscriptionId: string;
  frequency: Args['frequency'];
  priceUsd: number;
  /** Kept: a frequency change never moves the next charge. */
  nextChargeDate: string | null;
  /** The box after the next one, on the new frequency. */
  followingBoxMonth: string | null;
  /** The first box month charged at the new price. */
  priceFromMonth: string | null;
  summary: string;
}

type Change = FrequencyChange &
  Pick<FrequencyResult, 'nextChargeDate' | 'followingBoxMonth' | 'priceFromMonth'>;

async function plan(ctx: WriteToolContext, args: Args): Promise<Planned<Args, Change> | PolicyRefusal> {
  const subscription = await settledSubscription(ctx, 'A change of frequency');
  if (isRefusal(subscription)) return subscription;
  if (subscription.gift) {
    return refuse(
      'gift_subscription',
      'A gift subscription is a fixed number of prepaid monthly boxes; its frequency cannot change.',
    );
  }
  if (subscription.frequency === args.frequency) {
    return refuse('no_change', `The subscription already delivers ${LABELS[args.frequency]}.`);
  }
  const priceUsd = BOX_PRICES_USD[subscription.tier][args.frequency];
  const nextMonth = subscription.nextChargeDate ? monthOf(subscription.nextChargeDate) : null;
  const followingBoxMonth = nextMonth ? addMonths(nextMonth, FREQUENCY_INTERVAL[args.frequency]) : null;
  // Before the 28th the new price reaches the next charge; after it, that box is locked in.
  const priceFromMonth =
    nextMonth && nextMonth >= earliestChangeableMonth(ctx.today) ? nextMonth : followingBoxMonth;
  const detail = changeText(ctx.language).frequency({
    frequency: args.frequency,
    priceUsd,
    scheduled: subscription.nextChargeDate
      ? { date: subscription.nextChargeDate, following: followingBoxMonth!, priceFrom: priceFromMonth! }
      : null,
  });
  return {
    ok: true,
    args,
    detail,
    change: {
      subscriptionId: subscription.id,
      frequency: args.frequency,
      priceUsd,
      nextChargeDate: subscription.nextChargeDate,
      followingBoxMonth,
      priceFromMonth,
    },
  };
}

/** `change_frequency`: monthly, every 2 months or every 3 months, at that plan's price. */
export const changeFrequencyTool = defineWriteTool({
  name: 'change_frequency',
  plan,
  choice: { field: 'frequency', candidates: () => FREQUENCIES },
  async commit(ctx, change: Change, key): Promise<FrequencyResult> {
    const { nextChargeDate, followingBoxMonth, priceFromMonth, ...recorded } = change;
    await ctx.commerce.changeFrequency(recorded, key);
    return {
      subscriptionId: change.subscriptionId,
      frequency: change.frequency,
      priceUsd: change.priceUsd,
      nextChargeDate,
      followingBoxMonth,
      priceFromMonth,
      summary: `Now a box ${LABELS[change.frequency]} at ${usd(change.priceUsd)} per box.`,
    };
  },
});

import type { WriteToolArgs } from '../../../workflows/write-tool-args';
import type { AddressChange } from '../commerce-writer';
import type { Address, Subscription } from '../types';
import { FREQUENCY_INTERVAL, nextBoxMonthFrom, remainingGiftMonths } from './box-schedule';
import { ADDRESS_CUTOFF_DAY, addMonths, monthName, monthOf } from './calendar';
import { changeText } from './change-text';
import { defineWriteTool, type Planned } from './define-write-tool';
import { changeableSubscription, isRefusal } from './subscription-guard';
import type { PolicyRefusal, WriteToolContext } from './write-tool-context';

type Args = WriteToolArgs<'change_address'>;

/** What `change_address` did. */
export interface AddressResult {
  subscriptionId: string;
  address: Address;
  /** The first box that ships to the new address (null when no box is scheduled). */
  appliesFromBox: string | null;
  /** The next box, when it still ships to the old address because the 20th has passed. */
  oldAddressBox: string | null;
  summary: string;
}

type Change = AddressChange & Pick<AddressResult, 'appliesFromBox' | 'oldAddressBox'>;

/** The next box and the one after it, for a plan or the rest of a gift. */
function upcomingBoxes(subscription: Subscription, today: string): [string | null, string | null] {
  if (subscription.gift) {
    const [next = null, after = null] = remainingGiftMonths(subscription, today).filter(
      (month) => !subscription.skippedMonths.includes(month),
    );
    return [next, after];
  }
  if (!subscription.nextChargeDate) return [null, null];
  const next = monthOf(subscription.nextChargeDate);
  const after = nextBoxMonthFrom({
    anchor: next,
    interval: FREQUENCY_INTERVAL[subscription.frequency],
    from: addMonths(next, 1),
    skipped: subscription.skippedMonths,
  });
  return [next, after];
}

async function plan(ctx: WriteToolContext, args: Args): Promise<Planned<Args, Change> | PolicyRefusal> {
  const subscription = await changeableSubscription(ctx);
  if (isRefusal(subscription)) return subscription;
  // The recipient stays the same unless the form names a new one.
  const completed: Args = { ...args, name: args.name ?? subscription.shippingAddress.name };
  const [nextBox, afterBox] = upcomingBoxes(subscription, ctx.today);
  // The address on file on the 20th of the month before a box is the one on its label.
  const cutoff = nextBox ? `${addMonths(nextBox, -1)}-${ADDRESS_CUTOFF_DAY}` : null;
  const inTime = cutoff === null || ctx.today <= cutoff;
  const appliesFromBox = inTime ? nextBox : afterBox;
  const oldAddressBox = inTime ? null : nextBox;
  const movesCountry = completed.country !== subscription.shippingAddress.country;
  const detail = changeText(ctx.language).address({
    nextBox,
    inTime,
    cutoff,
    appliesFrom: appliesFromBox,
    movesCountry,
  });
  const address: Address = {
    ...(completed.name ? { name: completed.name } : {}),
    line1: completed.line1,
    ...(completed.line2 ? { line2: completed.line2 } : {}),
    city: completed.city,
    ...(completed.region ? { region: completed.region } : {}),
    postalCode: completed.postal_code,
    country: completed.country,
  };
  return {
    ok: true,
    args: completed,
    detail,
    change: { subscriptionId: subscription.id, address, changedOn: ctx.today, appliesFromBox, oldAddressBox },
  };
}

/** `change_address`: the new shipping address, from the box the 20th cut-off allows. */
export const changeAddressTool = defineWriteTool({
  name: 'change_address',
  plan,
  async commit(ctx, change: Change, key): Promise<AddressResult> {
    const { appliesFromBox, oldAddressBox, ...recorded } = change;
    await ctx.commerce.changeAddress(recorded, key);
    return {
      subscriptionId: change.subscriptionId,
      address: change.address,
      appliesFromBox,
      oldAddressBox,
      summary: appliesFromBox
        ? `The new address is used from the ${monthName(appliesFromBox)} box${oldAddressBox ? `; the ${monthName(oldAddressBox)} box still goes to the old address` : ''}.`
        : 'The new address is on file.',
    };
  },
});

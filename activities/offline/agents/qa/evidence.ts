/**
 * What a draft may state: identifiers, amounts and dates found in the tool results, the customer
 * context, the knowledge passages and the customer's own message, plus what follows from them by the
 * published calendar (charges on the 1st, deadlines on the 20th and 27th, 7- and 14-day windows,
 * dispatch between the 2nd and the 6th and the carrier's transit) and the published prices and fees.
 */
import type { QaReviewTask } from '../../../agents/agent-contract';
import { addBusinessDays, addDays, addMonths, dayIn, monthOf } from '../policy/calendar';
import { explicitDates } from '../message/message-facts';
import type { BoxContentsResult } from '../../../commerce/read-tools';
import { BOX_PRICES, itemValue, POLICY_AMOUNTS } from '../policy/prices';
import { daysIn } from '../../../commerce/tracking';
import { dollarAmounts } from '../i18n/format';
import { arrivalWindow, DISPATCH_DAYS, shippingFor } from '../policy/shipping-rules';

/** The facts a draft can be checked against. */
export interface Evidence {
  /** All source text, for identifier look-ups. */
  corpus: string;
  amounts: ReadonlySet<number>;
  dates: ReadonlySet<string>;
}

const round = (value: number): number => Math.round(value * 100) / 100;

/** The refund values (kb-009) of the items of the boxes the agent looked at. */
function boxItemValues(task: QaReviewTask): number[] {
  return task.toolResults
    .filter((r) => r.name === 'get_box_contents' && (r.result as BoxContentsResult | null)?.ok)
    .flatMap((r) => (r.result as BoxContentsResult).items.map((item) => itemValue(item.name)));
}
const ISO_DATE = /\b(\d{4}-\d{2}-\d{2})(?:T[\d:.]+Z?)?\b/g;

/** Fields of the records that hold money (amount, totalUsd, priceUsd, refundedAmount, ltvUsd...). */
const MONEY_FIELD = /amount|usd|price|total/i;

/** The money values inside a JSON value (numbers under money-named fields). */
function moneyIn(value: unknown, into: Set<number>, isMoney = false): void {
  if (typeof value === 'number') {
    if (isMoney) into.add(round(value));
  } else if (Array.isArray(value)) value.forEach((v) => moneyIn(v, into, isMoney));
  else if (value && typeof value === 'object')
    Object.entries(value).forEach(([key, v]) => moneyIn(v, into, MONEY_FIELD.test(key)));
}

/** Builds the evidence of a QA task. */
export function buildEvidence(task: QaReviewTask): Evidence {
  const sources = [
    JSON.stringify(task.toolResults),
    JSON.stringify(task.customer),
    task.knowledge.map((k) => k.text).join('\n'),
    task.message,
  ];
  const corpus = sources.join('\n');
  const amounts = new Set<number>();
  moneyIn(
    task.toolResults.map((r) => r.result),
    amounts,
  );
  moneyIn(task.customer, amounts);
  const onRecord = [...amounts];
  for (const amount of dollarAmounts(corpus)) amounts.add(amount);
  for (const row of Object.values(BOX_PRICES)) Object.values(row).forEach((p) => amounts.add(p));
  Object.values(POLICY_AMOUNTS).forEach((a) => amounts.add(a));
  // Derived amounts the policies produce: a price minus the $12 return fee, the saving between
  // two tiers at the same frequency, and a partial refund of the items of a box on record.
  for (const a of onRecord)
    if (a > POLICY_AMOUNTS.returnShippingFee) amounts.add(round(a - POLICY_AMOUNTS.returnShippingFee));
  for (const frequency of ['monthly', 'bimonthly', 'quarterly'] as const) {
    const prices = Object.values(BOX_PRICES).map((row) => row[frequency]);
    for (const a of prices) for (const b of prices) if (a > b) amounts.add(a - b);
  }
  const itemValues = boxItemValues(task);
  for (let i = 0; i < itemValues.length; i++) {
    amounts.add(itemValues[i] ?? 0);
    for (let j = i + 1; j < itemValues.length; j++) {
      amounts.add((itemValues[i] ?? 0) + (itemValues[j] ?? 0));
      for (let k = j + 1; k < itemValues.length; k++)
        amounts.add((itemValues[i] ?? 0) + (itemValues[j] ?? 0) + (itemValues[k] ?? 0));
    }
  }

  const dates = new Set<string>();
  for (const m of corpus.matchAll(ISO_DATE)) dates.add(m[1] ?? '');
  // Summaries (outstanding issues, the subscription) write their days as "30 Nov 2026".
  for (const d of daysIn(corpus)) dates.add(d);
  // Dates the customer wrote ("el 29 de septiembre") may be repeated back to them.
  for (const d of explicitDates(task.message, new Date(`${task.today}T12:00:00Z`))) dates.add(d);
  const stated = [...dates];
  for (const d of stated) {
    for (const offset of [1, 7, 14]) dates.add(addDays(d, offset));
    dates.add(addBusinessDays(d, 5));
  }
  const thisMonth = monthOf(task.today);
  for (let i = -30; i <= 15; i++) {
    const month = addMonths(thisMonth, i);
    for (const day of [1, 15, 20, 27, 28]) dates.add(dayIn(month, day));
  }
  // The published schedule of a box still to come (kb-001): dispatched between the 2nd and the
  // 6th of its month, delivered within the carrier's transit range for the customer's tier.
  const transit = task.customer.known
    ? shippingFor(
        task.customer.profile.country,
        task.customer.subscription?.tier ?? task.customer.profile.tier,
      )
    : null;
  for (let i = 0; i <= 3; i++) {
    const month = addMonths(thisMonth, i);
    for (let day = DISPATCH_DAYS.first; day <= DISPATCH_DAYS.last; day++) dates.add(dayIn(month, day));
    if (transit) {
      const arrival = arrivalWindow(month, transit.days);
      dates.add(arrival.from);
      dates.add(arrival.to);
    }
  }
  dates.add(task.today);
  return { corpus, amounts, dates };
}

/**
 * Prices and values from the knowledge base ("Plans, delivery frequency and prices", "Refund
 * policy"), as data: the composers quote them and QA accepts them as published facts.
 */
import type { Frequency, Tier } from '../../../commerce/types';
import { FREQUENCY_INTERVAL } from '../../../commerce/write-tools/box-schedule';
import { BOX_PRICES_USD } from '../../../commerce/write-tools/prices';

/** Price per box in USD by tier and frequency (kb-007): the write tools' table. */
export const BOX_PRICES: Readonly<Record<Tier, Readonly<Record<Frequency, number>>>> = BOX_PRICES_USD;

/** The tier below each tier, for the "move to a lower tier" retention offer. */
export const LOWER_TIER: Readonly<Record<Tier, Tier | null>> = {
  deluxe: 'premium',
  premium: 'basic',
  basic: null,
};

/** Months between boxes for each frequency: the write tools' schedule. */
export const FREQUENCY_STEP: Readonly<Record<Frequency, number>> = FREQUENCY_INTERVAL;

/** Saving per box of the lower tier, at monthly prices (kb-008: Deluxe → Premium saves $30). */
export function lowerTierSaving(tier: Tier): number | null {
  const lower = LOWER_TIER[tier];
  return lower ? BOX_PRICES[tier].monthly - BOX_PRICES[lower].monthly : null;
}

/** Fees and sums the policies name (kb-001, kb-003, kb-008, kb-011, kb-014). */
export const POLICY_AMOUNTS = {
  dhlUpgrade: 15,
  /** The loyalty gift box: the next box is charged $0 (kb-008). */
  loyaltyBoxCharge: 0,
  returnShippingFee: 12,
  verificationHold: 1,
} as const;

/** Item values used for partial refunds (kb-009), matched against a product's name. */
const ITEM_VALUES: readonly (readonly [RegExp, number])[] = [
  [/galilee extra virgin olive oil/i, 18],
  [/chocolate/i, 8],
  [/mezuzah|candle|dish|cup|hamsa|candlesticks|tealight|towel|mug|spoon|notebook|bracelet/i, 20],
  [/gefen zero|alcohol-free|dealcoholised|grape juice/i, 16],
  [/olive oil(?! soap)/i, 12],
  [/olives|jam|amba|schug|syrup|silan|molasses|tahini|spread/i, 9],
  [/wine|merlot|cabernet|chardonnay|ros[eé]|brut|muscat/i, 22],
  [/honey|halva/i, 12],
  [/dead sea|soap|cream|scrub|mud|butter|bath/i, 14],
];

/** The refund value of one item (kb-009's list; other food items $8). */
export function itemValue(productName: string): number {
  return ITEM_VALUES.find(([pattern]) => pattern.test(productName))?.[1] ?? 8;
}

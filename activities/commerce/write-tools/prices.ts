import type { Frequency, Tier } from '../types';

/** Price per box in USD by tier and frequency (KB "Plans, delivery frequency and prices"). */
export const BOX_PRICES_USD: Record<Tier, Record<Frequency, number>> = {
  basic: { monthly: 39, bimonthly: 42, quarterly: 45 },
  premium: { monthly: 59, bimonthly: 63, quarterly: 67 },
  deluxe: { monthly: 89, bimonthly: 95, quarterly: 99 },
};

/** `$95.00` */
export const usd = (amount: number): string => `$${amount.toFixed(2)}`;

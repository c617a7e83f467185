/**
 * The 14 intake categories of `fixtures/taxonomy.json`, in taxonomy order.
 * Kept as a literal tuple so `CategoryId` stays a closed union the compiler can check.
 */
export const CATEGORY_IDS = [
  'shipping_tracking',
  'address_change',
  'order_history',
  'billing_payment',
  'refund_request',
  'subscription_pause',
  'subscription_skip',
  'subscription_frequency',
  'subscription_cancel',
  'damaged_item',
  'product_question',
  'gratitude',
  'human_request',
  'other',
] as const;

/** One of the taxonomy's category ids. */
export type CategoryId = (typeof CATEGORY_IDS)[number];

/** True when `value` is one of the taxonomy's category ids. */
export function isCategoryId(value: string): value is CategoryId {
  return (CATEGORY_IDS as readonly string[]).includes(value);
}

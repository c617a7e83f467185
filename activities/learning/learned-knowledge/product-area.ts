import type { ProductArea } from '../../../schema/tables';

/** The knowledge base's product area of each taxonomy category (retrieval filters on it). */
const AREA_OF_CATEGORY: Readonly<Record<string, ProductArea>> = {
  shipping_tracking: 'shipping',
  address_change: 'shipping',
  order_history: 'shipping',
  billing_payment: 'billing',
  refund_request: 'billing',
  subscription_pause: 'subscription',
  subscription_skip: 'subscription',
  subscription_frequency: 'subscription',
  subscription_cancel: 'subscription',
  damaged_item: 'quality',
  product_question: 'product',
};

/** The product area of a category; `general` for the rest. */
export function productAreaOf(category: string | null): ProductArea {
  return (category && AREA_OF_CATEGORY[category]) || 'general';
}

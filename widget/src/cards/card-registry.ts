import type { ComponentType } from 'react';
import { BoxContentsCard } from './box-contents-card';
import { OrderHistoryTable } from './order-history-table';
import { PaymentHistoryCard } from './payment-history-card';
import { SubscriptionCard } from './subscription-card';
import { TrackingCard } from './tracking-card';

/** The card of each read tool; each gets the tool's successful result. */
export const CARDS: Record<string, ComponentType<{ result: never }>> = {
  track_package: TrackingCard,
  get_order_history: OrderHistoryTable,
  get_box_contents: BoxContentsCard,
  get_payment_history: PaymentHistoryCard,
  get_subscription: SubscriptionCard,
};

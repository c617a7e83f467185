import type {
  Frequency,
  OrderStatus,
  PaymentStatus,
  ShipmentStatus,
  SubscriptionStatus,
  Tier,
} from '../../schema/tables';

export type { Frequency, OrderStatus, PaymentStatus, ShipmentStatus, SubscriptionStatus, Tier };
export type * from './catalog-types';

/*
 * Commerce domain types, independent of any storage. Timestamps are ISO 8601 strings and dates
 * `YYYY-MM-DD` strings (never `Date`) because these values cross Temporal activity boundaries as JSON.
 */

/** A JSON value carried through from a source system without interpretation. */
export type CommerceJson =
  string | number | boolean | null | CommerceJson[] | { [key: string]: CommerceJson };

/** A customer account. */
export interface CustomerProfile {
  id: string;
  name: string;
  email: string;
  /** ISO 3166 alpha-2 (the UK is `GB`). */
  country: string;
  joinDate: string;
  preferredLanguage: string;
  timezone: string;
  ltvUsd: number;
  tier: Tier;
  tags: string[];
  notes: string | null;
}

/** A postal address. */
export interface Address {
  name?: string;
  line1?: string;
  line2?: string;
  city: string;
  region?: string;
  postalCode: string;
  country: string;
}

/** The card on file (never more than brand, last four digits and expiry). */
export interface PaymentMethod {
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
}

/** One past or current pause. */
export interface PauseRecord {
  requestedAt: string;
  startMonth: string;
  months: number;
  resumedOn: string | null;
}

/** Box preferences. */
export interface Preferences {
  alcoholFree: boolean;
  alcoholFreeLevel?: string;
  allergenExclusions: string[];
  setAt?: string;
}

/** Failed-payment (dunning) state of a subscription. */
export interface Dunning {
  firstFailedAt?: string;
  attempts?: number;
  lastAttemptAt?: string;
  failureReason?: string;
  retriesRemaining?: number;
  heldOrderId?: string;
  boxHeldUntil?: string;
  autoCancelOn?: string;
}

/** A customer's subscription. */
export interface Subscription {
  id: string;
  customerId: string;
  status: SubscriptionStatus;
  tier: Tier;
  frequency: Frequency;
  priceUsd: number;
  currency: string;
  startedAt: string;
  nextChargeDate: string | null;
  /** The date the pause ends and the subscription resumes. */
  pausedUntil: string | null;
  pauseHistory: PauseRecord[];
  /** `YYYY-MM` months. */
  skippedMonths: string[];
  shippingAddress: Address;
  addressUpdatedAt: string | null;
  paymentMethod: PaymentMethod | null;
  preferences: Preferences;
  cancelledAt: string | null;
  cancelReason: string | null;
  dunning: Dunning | null;
  /** Prepaid gift details, keys camelCased. */
  gift: Record<string, CommerceJson> | null;
}

/** A box order (a monthly box or a replacement). */
export interface Order {
  id: string;
  customerId: string;
  subscriptionId: string;
  /** `YYYY-MM` */
  boxMonth: string;
  type: 'subscription' | 'replacement';
  replacementFor: string | null;
  tier: Tier;
  status: OrderStatus;
  totalUsd: number;
  currency: string;
  /** Product ids actually packed, after substitutions, in the box's tier order. */
  items: string[];
  shipmentId: string | null;
  paymentId: string | null;
  prepaidGift: boolean;
  notes: string | null;
  /** Charge time. */
  createdAt: string;
}

/** One carrier scan. */
export interface TrackingEvent {
  timestamp: string;
  status: string;
  description: string;
  location: string;
}

/** A parcel as the carrier reports it. */
export interface Shipment {
  id: string;
  orderId: string;
  carrier: string;
  service: string | null;
  trackingNumber: string;
  status: ShipmentStatus;
  shippedAt: string | null;
  estimatedDelivery: string | null;
  deliveredAt: string | null;
  destination: Partial<Address>;
  /** Oldest first. */
  events: TrackingEvent[];
}

/** A charge attempt, refund or dispute as the payment provider reports it. */
export interface Payment {
  id: string;
  customerId: string;
  subscriptionId: string | null;
  orderId: string | null;
  amount: number;
  currency: string;
  status: PaymentStatus;
  cardBrand: string | null;
  cardLast4: string | null;
  failureReason: string | null;
  retryOf: string | null;
  refundedAmount: number | null;
  refundedAt: string | null;
  refundReason: string | null;
  /** Dispute details, keys camelCased. */
  dispute: Record<string, CommerceJson> | null;
  description: string | null;
  createdAt: string;
}

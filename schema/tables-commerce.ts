import type { Generated } from 'kysely';
import type {
  CreatedAt,
  DateString,
  Json,
  JsonObject,
  JsonWithDefault,
  NullableJson,
  NullableNumeric,
  NullableTimestamp,
  Numeric,
  NumericWithDefault,
  Timestamp,
} from './column-types';

export type Tier = 'basic' | 'premium' | 'deluxe';
export type SubscriptionStatus = 'active' | 'paused' | 'cancelled' | 'past_due';
export type Frequency = 'monthly' | 'bimonthly' | 'quarterly';
export type OrderStatus = 'processing' | 'in_transit' | 'delivered' | 'returned' | 'lost';
export type ShipmentStatus = 'in_transit' | 'delivered' | 'customs_hold' | 'returned_to_sender' | 'lost';
export type PaymentStatus = 'succeeded' | 'failed' | 'refunded' | 'disputed';

export interface Address {
  name?: string;
  line1?: string;
  line2?: string;
  city: string;
  region?: string;
  postal_code: string;
  country: string;
}

export interface PaymentMethod {
  brand: string;
  last4: string;
  exp_month: number;
  exp_year: number;
}

export interface PauseRecord {
  requested_at: string;
  start_month: string;
  months: number;
  resumed_on: string | null;
}

export interface Preferences {
  alcohol_free: boolean;
  alcohol_free_level?: string;
  allergen_exclusions: string[];
  set_at?: string;
}

export interface TrackingEvent {
  timestamp: string;
  status: string;
  description: string;
  location: string;
}

export interface CustomersTable {
  id: string;
  name: string;
  email: string;
  /** ISO 3166 alpha-2 (the UK is `GB`). */
  country: string;
  join_date: DateString;
  preferred_language: Generated<string>;
  timezone: string;
  ltv_usd: NumericWithDefault;
  tier: Tier;
  tags: Generated<string[]>;
  notes: string | null;
  updated_at: CreatedAt;
}

export interface SubscriptionsTable {
  id: string;
  customer_id: string;
  status: SubscriptionStatus;
  tier: Tier;
  frequency: Frequency;
  price_usd: Numeric;
  currency: Generated<string>;
  started_at: DateString;
  next_charge_date: DateString | null;
  /** The date the pause ends and the subscription resumes. */
  paused_until: DateString | null;
  pause_history: JsonWithDefault<PauseRecord[]>;
  /** `YYYY-MM` months. */
  skipped_months: Generated<string[]>;
  shipping_address: Json<Address>;
  address_updated_at: DateString | null;
  payment_method: NullableJson<PaymentMethod>;
  preferences: JsonWithDefault<Preferences>;
  cancelled_at: DateString | null;
  cancel_reason: string | null;
  /** Failed-payment state (attempts, auto-cancel date...). */
  dunning: NullableJson<JsonObject>;
  /** Prepaid gift details (recipient, boxes remaining...). */
  gift: NullableJson<JsonObject>;
  updated_at: CreatedAt;
}

export interface ProductsTable {
  id: string;
  name: string;
  category: string;
  producer: string;
  origin: string;
  unit: string | null;
  description: string;
  /** The value refunded for this single item. */
  item_value_usd: Numeric;
  allergens: Generated<string[]>;
  may_contain: Generated<string[]>;
  /** ISO countries this product is never shipped to. */
  not_shipped_to: Generated<string[]>;
  kosher: boolean | null;
  fragile: boolean | null;
  alcohol_free: boolean | null;
  abv_pct: NullableNumeric;
  mevushal: boolean | null;
  alcohol_free_alternative: string | null;
  grade: string | null;
  paraben_free: boolean | null;
  notes: string | null;
  /** The rarer facts of the seed (harvest, acidity_max_pct, heat, kosher_note, materials). */
  attributes: JsonWithDefault<JsonObject>;
}

export interface BoxesTable {
  /** `YYYY-MM` */
  month: string;
  theme: string;
  contents_published_at: DateString;
  tiers: Json<Record<Tier, string[]>>;
  /** Wine product id -> alcohol-free alternative. */
  alcohol_free_substitutions: JsonWithDefault<Record<string, string>>;
  notes: string | null;
}

export interface OrdersTable {
  id: string;
  customer_id: string;
  subscription_id: string;
  box_month: string;
  type: Generated<'subscription' | 'replacement'>;
  replacement_for: string | null;
  tier: Tier;
  status: OrderStatus;
  total_usd: Numeric;
  currency: Generated<string>;
  /** Product ids actually packed, after substitutions. */
  items: JsonWithDefault<string[]>;
  shipment_id: string | null;
  payment_id: string | null;
  prepaid_gift: Generated<boolean>;
  notes: string | null;
  /** Charge time. */
  created_at: Timestamp;
}

export interface ShipmentsTable {
  id: string;
  order_id: string;
  carrier: string;
  service: string | null;
  tracking_number: string;
  status: ShipmentStatus;
  shipped_at: NullableTimestamp;
  estimated_delivery: DateString | null;
  delivered_at: NullableTimestamp;
  destination: JsonWithDefault<Partial<Address>>;
  /** Oldest first. */
  events: JsonWithDefault<TrackingEvent[]>;
}

export interface PaymentsTable {
  id: string;
  customer_id: string;
  subscription_id: string | null;
  /** Null for the gift prepayment. */
  order_id: string | null;
  amount: Numeric;
  currency: Generated<string>;
  status: PaymentStatus;
  card_brand: string | null;
  card_last4: string | null;
  failure_reason: string | null;
  retry_of: string | null;
  refunded_amount: NullableNumeric;
  refunded_at: NullableTimestamp;
  refund_reason: string | null;
  dispute: NullableJson<JsonObject>;
  description: string | null;
  created_at: Timestamp;
}

import { z } from 'zod';

const date = z.iso.date();
const datetime = z.iso.datetime();
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM');
const tier = z.enum(['basic', 'premium', 'deluxe']);
const document = z.record(z.string(), z.unknown());

const customer = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  country: z.string().length(2),
  join_date: date,
  preferred_language: z.string(),
  timezone: z.string(),
  ltv_usd: z.number(),
  tier,
  tags: z.array(z.string()).default([]),
  notes: z.string().nullish(),
});

const subscription = z.object({
  id: z.string(),
  customer_id: z.string(),
  status: z.enum(['active', 'paused', 'cancelled', 'past_due']),
  tier,
  frequency: z.enum(['monthly', 'bimonthly', 'quarterly']),
  price_usd: z.number(),
  currency: z.string().default('USD'),
  started_at: date,
  next_charge_date: date.nullish(),
  paused_until: date.nullish(),
  pause_history: z.array(document).default([]),
  skipped_months: z.array(month).default([]),
  shipping_address: document,
  address_updated_at: date.nullish(),
  payment_method: document.nullish(),
  preferences: document.default({}),
  cancelled_at: date.nullish(),
  cancel_reason: z.string().nullish(),
  dunning: document.nullish(),
  gift: document.nullish(),
});

const order = z.object({
  id: z.string(),
  customer_id: z.string(),
  subscription_id: z.string(),
  box_month: month,
  type: z.enum(['subscription', 'replacement']).default('subscription'),
  replacement_for: z.string().nullish(),
  tier,
  status: z.enum(['processing', 'in_transit', 'delivered', 'returned', 'lost']),
  total_usd: z.number(),
  currency: z.string().default('USD'),
  created_at: datetime,
  items: z.array(z.string()).default([]),
  shipment_id: z.string().nullish(),
  payment_id: z.string().nullish(),
  prepaid_gift: z.boolean().default(false),
  notes: z.string().nullish(),
});

const shipment = z.object({
  id: z.string(),
  order_id: z.string(),
  carrier: z.string(),
  service: z.string().nullish(),
  tracking_number: z.string(),
  status: z.enum(['in_transit', 'delivered', 'customs_hold', 'returned_to_sender', 'lost']),
  shipped_at: datetime.nullish(),
  estimated_delivery: date.nullish(),
  delivered_at: datetime.nullish(),
  destination: document.default({}),
  events: z.array(document).default([]),
});

const payment = z.object({
  id: z.string(),
  customer_id: z.string(),
  subscription_id: z.string().nullish(),
  order_id: z.string().nullish(),
  amount: z.number(),
  currency: z.string().default('USD'),
  status: z.enum(['succeeded', 'failed', 'refunded', 'disputed']),
  card_brand: z.string().nullish(),
  card_last4: z.string().nullish(),
  created_at: datetime,
  failure_reason: z.string().nullish(),
  retry_of: z.string().nullish(),
  refunded_amount: z.number().nullish(),
  refunded_at: datetime.nullish(),
  refund_reason: z.string().nullish(),
  dispute: document.nullish(),
  description: z.string().nullish(),
});

// Loose: the rarer product facts are kept (in `attributes`) rather than dropped.
const product = z.looseObject({
  id: z.string(),
  name: z.string(),
  category: z.string(),
  producer: z.string(),
  origin: z.string(),
  unit: z.string().nullish(),
  description: z.string(),
  item_value_usd: z.number(),
  allergens: z.array(z.string()).default([]),
  may_contain: z.array(z.string()).default([]),
  not_shipped_to: z.array(z.string()).default([]),
  kosher: z.boolean().nullish(),
  fragile: z.boolean().nullish(),
  alcohol_free: z.boolean().nullish(),
  abv_pct: z.number().nullish(),
  mevushal: z.boolean().nullish(),
  alcohol_free_alternative: z.string().nullish(),
  grade: z.string().nullish(),
  paraben_free: z.boolean().nullish(),
  notes: z.string().nullish(),
});

const box = z.object({
  month,
  theme: z.string(),
  contents_published_at: date,
  tiers: z.object({ basic: z.array(z.string()), premium: z.array(z.string()), deluxe: z.array(z.string()) }),
  alcohol_free_substitutions: z.record(z.string(), z.string()).default({}),
  notes: z.string().nullish(),
});

/** The shape of `fixtures/commerce-seed.json`; every list may be left out (tests seed subsets). */
export const commerceSeedSchema = z.object({
  customers: z.array(customer).default([]),
  subscriptions: z.array(subscription).default([]),
  products: z.array(product).default([]),
  boxes: z.array(box).default([]),
  orders: z.array(order).default([]),
  shipments: z.array(shipment).default([]),
  payments: z.array(payment).default([]),
});

/** A validated commerce seed. */
export type CommerceSeed = z.output<typeof commerceSeedSchema>;

/** The shape of `fixtures/taxonomy.json`. */
export const taxonomySchema = z.object({
  version: z.string().optional(),
  specialists: z.record(z.string(), z.string()).default({}),
  categories: z.array(
    z.object({
      id: z.string(),
      description: z.string(),
      specialist: z.string().nullable(),
      auto_send_threshold: z.number().min(0).max(1).nullable(),
      always_escalate: z.boolean().default(false),
    }),
  ),
});

/** A validated taxonomy. */
export type Taxonomy = z.output<typeof taxonomySchema>;

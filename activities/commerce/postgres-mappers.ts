import type {
  Address as AddressRow,
  Customer as CustomerRow,
  JsonObject,
  JsonValue,
  Order as OrderRow,
  Payment as PaymentRow,
  Shipment as ShipmentRow,
  Subscription as SubscriptionRow,
} from '../../schema/tables';
import type {
  Address,
  CommerceJson,
  CustomerProfile,
  Dunning,
  Order,
  Payment,
  Shipment,
  Subscription,
} from './types';

const camel = (key: string): string => key.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

/** Recursively camelCases object keys of a JSON value read from a jsonb column. */
function camelKeys(value: JsonValue): CommerceJson {
  if (Array.isArray(value)) return value.map(camelKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [camel(k), camelKeys(v)]));
  }
  return value;
}

function camelObject(value: JsonObject | null): Record<string, CommerceJson> | null {
  return value ? (camelKeys(value) as Record<string, CommerceJson>) : null;
}

const iso = (value: Date): string => value.toISOString();
const isoOrNull = (value: Date | null): string | null => (value ? value.toISOString() : null);

/** Stored addresses; carriers report missing parts as null. */
type RawAddress = { [K in keyof AddressRow]?: AddressRow[K] | null };

function toAddress(raw: RawAddress): Address {
  const address: Address = {
    city: raw.city ?? '',
    postalCode: raw.postal_code ?? '',
    country: raw.country ?? '',
  };
  // Optional fields stay absent rather than null, as the seed and the CRM shapes have them.
  if (raw.name) address.name = raw.name;
  if (raw.line1) address.line1 = raw.line1;
  if (raw.line2) address.line2 = raw.line2;
  if (raw.region) address.region = raw.region;
  return address;
}

/** Maps a `customers` row. */
export function toCustomer(row: CustomerRow): CustomerProfile {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    country: row.country,
    joinDate: row.join_date,
    preferredLanguage: row.preferred_language,
    timezone: row.timezone,
    ltvUsd: row.ltv_usd,
    tier: row.tier,
    tags: row.tags,
    notes: row.notes,
  };
}

/** Maps a `subscriptions` row. */
export function toSubscription(row: SubscriptionRow): Subscription {
  const prefs = row.preferences;
  return {
    id: row.id,
    customerId: row.customer_id,
    status: row.status,
    tier: row.tier,
    frequency: row.frequency,
    priceUsd: row.price_usd,
    currency: row.currency,
    startedAt: row.started_at,
    nextChargeDate: row.next_charge_date,
    pausedUntil: row.paused_until,
    pauseHistory: row.pause_history.map((p) => ({
      requestedAt: p.requested_at,
      startMonth: p.start_month,
      months: p.months,
      resumedOn: p.resumed_on,
    })),
    skippedMonths: row.skipped_months,
    shippingAddress: toAddress(row.shipping_address),
    addressUpdatedAt: row.address_updated_at,
    paymentMethod: row.payment_method
      ? {
          brand: row.payment_method.brand,
          last4: row.payment_method.last4,
          expMonth: row.payment_method.exp_month,
          expYear: row.payment_method.exp_year,
        }
      : null,
    preferences: {
      alcoholFree: prefs.alcohol_free ?? false,
      allergenExclusions: prefs.allergen_exclusions ?? [],
      ...(prefs.alcohol_free_level ? { alcoholFreeLevel: prefs.alcohol_free_level } : {}),
      ...(prefs.set_at ? { setAt: prefs.set_at } : {}),
    },
    cancelledAt: row.cancelled_at,
    cancelReason: row.cancel_reason,
    dunning: camelObject(row.dunning) as Dunning | null,
    gift: camelObject(row.gift),
  };
}

/** Maps an `orders` row. */
export function toOrder(row: OrderRow): Order {
  return {
    id: row.id,
    customerId: row.customer_id,
    subscriptionId: row.subscription_id,
    boxMonth: row.box_month,
    type: row.type,
    replacementFor: row.replacement_for,
    tier: row.tier,
    status: row.status,
    totalUsd: row.total_usd,
    currency: row.currency,
    items: row.items,
    shipmentId: row.shipment_id,
    paymentId: row.payment_id,
    prepaidGift: row.prepaid_gift,
    notes: row.notes,
    createdAt: iso(row.created_at),
  };
}

/** Maps a `shipments` row. */
export function toShipment(row: ShipmentRow): Shipment {
  return {
    id: row.id,
    orderId: row.order_id,
    carrier: row.carrier,
    service: row.service,
    trackingNumber: row.tracking_number,
    status: row.status,
    shippedAt: isoOrNull(row.shipped_at),
    estimatedDelivery: row.estimated_delivery,
    deliveredAt: isoOrNull(row.delivered_at),
    destination: toAddress(row.destination),
    events: row.events.map((e) => ({ ...e })),
  };
}

/** Maps a `payments` row. */
export function toPayment(row: PaymentRow): Payment {
  return {
    id: row.id,
    customerId: row.customer_id,
    subscriptionId: row.subscription_id,
    orderId: row.order_id,
    amount: row.amount,
    currency: row.currency,
    status: row.status,
    cardBrand: row.card_brand,
    cardLast4: row.card_last4,
    failureReason: row.failure_reason,
    retryOf: row.retry_of,
    refundedAmount: row.refunded_amount,
    refundedAt: isoOrNull(row.refunded_at),
    refundReason: row.refund_reason,
    dispute: camelObject(row.dispute),
    description: row.description,
    createdAt: iso(row.created_at),
  };
}

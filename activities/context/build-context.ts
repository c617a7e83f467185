import type { CommerceAdapter } from '../commerce/commerce-adapter';
import {
  outstandingIssuesIn,
  readCustomerRecords,
  type OutstandingIssue,
} from '../commerce/outstanding-issues';
import { describeSubscription } from '../commerce/tools/subscription';
import type {
  Frequency,
  OrderStatus,
  PaymentMethod,
  ShipmentStatus,
  SubscriptionStatus,
  Tier,
} from '../commerce/types';

/** How many recent orders the context shows the agent. */
const RECENT_ORDERS_SHOWN = 3;

/** Input of {@link buildCustomerContext}. */
export interface BuildContextInput {
  commerce: CommerceAdapter;
  /** The sender's email as the channel reports it; null when the channel has none. */
  customerEmail: string | null | undefined;
  /** `YYYY-MM-DD`. */
  today: string;
}

/** The sender matches no account: the agent has nothing to go on and must not pretend otherwise. */
export interface UnknownCustomerContext {
  known: false;
  /** What the agent must do, for the prompt. */
  instruction: string;
}

/** Who the customer is. */
export interface ContextProfile {
  id: string;
  name: string;
  joinDate: string;
  ltvUsd: number;
  tier: Tier;
  language: string;
  country: string;
  timezone: string;
  /** Whole months since the join date. */
  tenureMonths: number;
}

/** The subscription facts a specialist needs on every turn. */
export interface ContextSubscription {
  id: string;
  status: SubscriptionStatus;
  tier: Tier;
  frequency: Frequency;
  priceUsd: number;
  nextChargeDate: string | null;
  pausedUntil: string | null;
  skippedMonths: string[];
  alcoholFree: boolean;
  allergenExclusions: string[];
  /** The card on file: brand, last four digits and expiry, never more. */
  paymentMethod: PaymentMethod | null;
  summary: string;
}

/** One of the last orders, with where its parcel is. */
export interface ContextOrder {
  orderId: string;
  boxMonth: string;
  status: OrderStatus;
  totalUsd: number;
  chargedAt: string;
  shipment: {
    carrier: string;
    trackingNumber: string;
    status: ShipmentStatus;
    estimatedDelivery: string | null;
    shippedAt: string | null;
    deliveredAt: string | null;
  } | null;
}

/** Everything known about a verified customer for this turn. */
export interface KnownCustomerContext {
  known: true;
  profile: ContextProfile;
  subscription: ContextSubscription | null;
  /** The last 3 orders, newest first. */
  recentOrders: ContextOrder[];
  outstandingIssues: OutstandingIssue[];
}

/** The customer context of a turn. */
export type CustomerContext = UnknownCustomerContext | KnownCustomerContext;

/** What the agent is told when the sender is not a customer. */
export const UNKNOWN_CUSTOMER_INSTRUCTION =
  'The sender does not match any customer account. Do not call account tools, do not guess or reveal any ' +
  'order, tracking, payment or subscription data, and do not confirm whether an order id exists. Ask for ' +
  'the email address on the account or the order number, so the account can be verified.';

/** Whole calendar months from `from` to `to` (both `YYYY-MM-DD`). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  return Math.max(0, months);
}

/**
 * Builds the customer part of a turn's context: profile, subscription, last 3 orders with their
 * shipments, and the outstanding issues found in the same records. An unknown or missing email gives
 * `{ known: false }` and nothing else, so no prompt can carry another customer's data.
 */
export async function buildCustomerContext(input: BuildContextInput): Promise<CustomerContext> {
  const { commerce, today } = input;
  const email = input.customerEmail?.trim();
  const customer = email ? await commerce.findCustomerByEmail(email) : null;
  if (!customer) return { known: false, instruction: UNKNOWN_CUSTOMER_INSTRUCTION };

  // One read serves the recent orders shown and the outstanding-issue detection.
  const records = await readCustomerRecords(commerce, customer.id);
  const { subscription, shipments } = records;
  const orders = records.orders.slice(0, RECENT_ORDERS_SHOWN);
  const outstandingIssues = outstandingIssuesIn(records, today);
  return {
    known: true,
    profile: {
      id: customer.id,
      name: customer.name,
      joinDate: customer.joinDate,
      ltvUsd: customer.ltvUsd,
      tier: customer.tier,
      language: customer.preferredLanguage,
      country: customer.country,
      timezone: customer.timezone,
      tenureMonths: monthsBetween(customer.joinDate, today),
    },
    subscription: subscription
      ? {
          id: subscription.id,
          status: subscription.status,
          tier: subscription.tier,
          frequency: subscription.frequency,
          priceUsd: subscription.priceUsd,
          nextChargeDate: subscription.nextChargeDate,
          pausedUntil: subscription.pausedUntil,
          skippedMonths: subscription.skippedMonths,
          alcoholFree: subscription.preferences.alcoholFree,
          allergenExclusions: subscription.preferences.allergenExclusions,
          paymentMethod: subscription.paymentMethod ?? null,
          summary: describeSubscription(subscription),
        }
      : null,
    recentOrders: orders.map((order) => {
      const shipment = shipments.get(order.id) ?? null;
      return {
        orderId: order.id,
        boxMonth: order.boxMonth,
        status: order.status,
        totalUsd: order.totalUsd,
        chargedAt: order.createdAt,
        shipment: shipment
          ? {
              carrier: shipment.carrier,
              trackingNumber: shipment.trackingNumber,
              status: shipment.status,
              estimatedDelivery: shipment.estimatedDelivery,
              shippedAt: shipment.shippedAt,
              deliveredAt: shipment.deliveredAt,
            }
          : null,
      };
    }),
    outstandingIssues,
  };
}

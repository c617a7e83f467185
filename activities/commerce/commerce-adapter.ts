import type { CommerceWriter } from './commerce-writer';
import type { Box, CustomerProfile, Order, Payment, Product, Shipment, Subscription } from './types';

/** Which customer's records to list, and how many (newest first). */
export interface CustomerListQuery {
  customerId: string;
  limit?: number;
}

/**
 * The read side of the commerce estate: customers, subscriptions, orders, shipments, payments and
 * the box catalogue, in clean camelCase domain types (`./types`).
 *
 * The default implementation is `createPostgresCommerce(db)`, backed by the tables seeded from
 * `fixtures/commerce-seed.json`. In production each method can be served by the system that owns
 * the data, composed into one object that satisfies this interface:
 * - **CRM (e.g. Zoho CRM)**: `findCustomerByEmail`, `getCustomer` (Contacts module; LTV and tier
 *   as custom fields) and `getSubscription` (a Subscriptions custom module or Zoho Billing).
 * - **Payment API** (the PSP behind the card on file): `listPayments`, mapping charge attempts,
 *   retries, refunds and disputes to `Payment`; dunning state lands on `Subscription.dunning`.
 * - **Carriers** (Israel Post, DHL Express, UPS, FedEx tracking APIs): `getShipmentForOrder`, mapping
 *   each carrier's scans to `TrackingEvent`s (oldest first) and its state to `ShipmentStatus`;
 *   `getShipmentsForOrders` the same for a list of orders.
 * - **Fulfilment / catalogue**: `listOrders`, `getOrder`, `getBox`, `getProducts`.
 *
 * Contract for every implementation: a missing record is `null` (or an empty list), never an
 * exception; lists are newest first; timestamps are ISO 8601 strings, dates `YYYY-MM-DD`.
 * Ownership checks (is this order the caller's?) are the callers' job, not the adapter's.
 * The write methods ({@link CommerceWriter}) record changes the write tools have already approved.
 */
export interface CommerceAdapter extends CommerceWriter {
  /** The customer with this account email (case-insensitive), or null. */
  findCustomerByEmail(email: string): Promise<CustomerProfile | null>;
  /** The customer with this id, or null. */
  getCustomer(customerId: string): Promise<CustomerProfile | null>;
  /** The customer's subscription, or null when they have none. */
  getSubscription(customerId: string): Promise<Subscription | null>;
  /** The customer's orders, newest charge first. */
  listOrders(query: CustomerListQuery): Promise<Order[]>;
  /** The order with this id, whoever it belongs to, or null. */
  getOrder(orderId: string): Promise<Order | null>;
  /** The order's shipment, or null while the order has not shipped. */
  getShipmentForOrder(orderId: string): Promise<Shipment | null>;
  /**
   * The shipments of these orders, by order id (the latest per order; an order that has not
   * shipped has no entry). One call for a list, where a carrier API offers a batch lookup.
   */
  getShipmentsForOrders(orderIds: readonly string[]): Promise<Map<string, Shipment>>;
  /** The customer's payments (charges, retries, refunds, disputes), newest first. */
  listPayments(query: CustomerListQuery): Promise<Payment[]>;
  /** The box of a `YYYY-MM` month, or null when none is planned. */
  getBox(month: string): Promise<Box | null>;
  /** The products with these ids, in the order asked (unknown ids are left out). */
  getProducts(productIds: readonly string[]): Promise<Product[]>;
}

/** The shipments of those of `orders` that have shipped, by order id, in one adapter call. */
export function shipmentsOf(
  commerce: CommerceAdapter,
  orders: readonly Order[],
): Promise<Map<string, Shipment>> {
  return commerce.getShipmentsForOrders(orders.filter((order) => order.shipmentId).map((order) => order.id));
}

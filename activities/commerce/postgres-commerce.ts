import { sql, type Kysely } from 'kysely';
import type { Database } from '../../schema/tables';
import type { CommerceAdapter } from './commerce-adapter';
import { toBox, toProduct } from './postgres-catalog-mappers';
import { createPostgresCommerceWriter } from './postgres-commerce-writer';
import { toCustomer, toOrder, toPayment, toShipment, toSubscription } from './postgres-mappers';

/** Lists are capped so a tool call can never pull a customer's whole history into a prompt. */
const MAX_LIST = 50;
const clampLimit = (limit: number | undefined): number => Math.min(Math.max(limit ?? 10, 1), MAX_LIST);

/**
 * The default {@link CommerceAdapter}: reads the commerce tables seeded from
 * `fixtures/commerce-seed.json`, and records approved changes in them. Built over a transaction,
 * its writes commit or roll back with the caller's audit row.
 */
export function createPostgresCommerce(db: Kysely<Database>): CommerceAdapter {
  return {
    ...createPostgresCommerceWriter(db),

    async findCustomerByEmail(email) {
      const row = await db
        .selectFrom('customers')
        .selectAll()
        // Matches the unique index on lower(email).
        .where(sql<string>`lower(email)`, '=', email.trim().toLowerCase())
        .executeTakeFirst();
      return row ? toCustomer(row) : null;
    },

    async getCustomer(customerId) {
      const row = await db
        .selectFrom('customers')
        .selectAll()
        .where('id', '=', customerId)
        .executeTakeFirst();
      return row ? toCustomer(row) : null;
    },

    async getSubscription(customerId) {
      const row = await db
        .selectFrom('subscriptions')
        .selectAll()
        .where('customer_id', '=', customerId)
        // One per customer in the seed; if a CRM ever holds several, the newest one counts.
        .orderBy('started_at', 'desc')
        .executeTakeFirst();
      return row ? toSubscription(row) : null;
    },

    async listOrders({ customerId, limit }) {
      const rows = await db
        .selectFrom('orders')
        .selectAll()
        .where('customer_id', '=', customerId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(clampLimit(limit))
        .execute();
      return rows.map(toOrder);
    },

    async getOrder(orderId) {
      const row = await db.selectFrom('orders').selectAll().where('id', '=', orderId).executeTakeFirst();
      return row ? toOrder(row) : null;
    },

    async getShipmentForOrder(orderId) {
      const row = await db
        .selectFrom('shipments')
        .selectAll()
        .where('order_id', '=', orderId)
        .orderBy('shipped_at', 'desc')
        .executeTakeFirst();
      return row ? toShipment(row) : null;
    },

    async getShipmentsForOrders(orderIds) {
      if (orderIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('shipments')
        .selectAll()
        .distinctOn('order_id')
        .where('order_id', 'in', [...orderIds])
        .orderBy('order_id')
        .orderBy('shipped_at', 'desc')
        .execute();
      return new Map(rows.map((row) => [row.order_id, toShipment(row)]));
    },

    async listPayments({ customerId, limit }) {
      const rows = await db
        .selectFrom('payments')
        .selectAll()
        .where('customer_id', '=', customerId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(clampLimit(limit))
        .execute();
      return rows.map(toPayment);
    },

    async getBox(month) {
      const row = await db.selectFrom('boxes').selectAll().where('month', '=', month).executeTakeFirst();
      return row ? toBox(row) : null;
    },

    async getProducts(productIds) {
      if (productIds.length === 0) return [];
      const rows = await db
        .selectFrom('products')
        .selectAll()
        .where('id', 'in', [...productIds])
        .execute();
      const byId = new Map(rows.map((row) => [row.id, toProduct(row)]));
      return productIds.flatMap((id) => byId.get(id) ?? []);
    },
  };
}

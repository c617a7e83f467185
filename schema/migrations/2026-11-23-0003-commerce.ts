import { sql, type Kysely } from 'kysely';

/**
 * The default commerce store behind the commerce adapters: customers, subscriptions, products,
 * monthly boxes, orders, shipments and payments, shaped after `fixtures/commerce-seed.json`.
 * Nested documents (addresses, pause history, tracking events) are jsonb. Frozen.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('customers')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('email', 'text', (col) => col.notNull())
    .addColumn('country', 'text', (col) => col.notNull())
    .addColumn('join_date', 'date', (col) => col.notNull())
    .addColumn('preferred_language', 'text', (col) => col.notNull().defaultTo('en'))
    .addColumn('timezone', 'text', (col) => col.notNull())
    .addColumn('ltv_usd', 'numeric(12, 2)', (col) => col.notNull().defaultTo(0))
    .addColumn('tier', 'text', (col) => col.notNull())
    .addColumn('tags', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('notes', 'text')
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('customers_tier_check', sql`tier in ('basic', 'premium', 'deluxe')`)
    .execute();
  // Customers are found by the address they write from, whatever its case.
  await db.schema
    .createIndex('customers_email_unique')
    .on('customers')
    .expression(sql`lower(email)`)
    .unique()
    .execute();

  await db.schema
    .createTable('subscriptions')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('customer_id', 'text', (col) => col.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('tier', 'text', (col) => col.notNull())
    .addColumn('frequency', 'text', (col) => col.notNull())
    .addColumn('price_usd', 'numeric(10, 2)', (col) => col.notNull())
    .addColumn('currency', 'text', (col) => col.notNull().defaultTo('USD'))
    .addColumn('started_at', 'date', (col) => col.notNull())
    .addColumn('next_charge_date', 'date')
    .addColumn('paused_until', 'date')
    .addColumn('pause_history', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('skipped_months', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('shipping_address', 'jsonb', (col) => col.notNull())
    .addColumn('address_updated_at', 'date')
    .addColumn('payment_method', 'jsonb')
    .addColumn('preferences', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('cancelled_at', 'date')
    .addColumn('cancel_reason', 'text')
    .addColumn('dunning', 'jsonb')
    .addColumn('gift', 'jsonb')
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'subscriptions_status_check',
      sql`status in ('active', 'paused', 'cancelled', 'past_due')`,
    )
    .addCheckConstraint('subscriptions_tier_check', sql`tier in ('basic', 'premium', 'deluxe')`)
    .addCheckConstraint(
      'subscriptions_frequency_check',
      sql`frequency in ('monthly', 'bimonthly', 'quarterly')`,
    )
    .execute();
  await db.schema
    .createIndex('subscriptions_customer_idx')
    .on('subscriptions')
    .column('customer_id')
    .execute();
  await db.schema.createIndex('subscriptions_status_idx').on('subscriptions').column('status').execute();

  await db.schema
    .createTable('products')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('category', 'text', (col) => col.notNull())
    .addColumn('producer', 'text', (col) => col.notNull())
    .addColumn('origin', 'text', (col) => col.notNull())
    .addColumn('unit', 'text')
    .addColumn('description', 'text', (col) => col.notNull())
    .addColumn('item_value_usd', 'numeric(10, 2)', (col) => col.notNull())
    .addColumn('allergens', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('may_contain', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('not_shipped_to', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('kosher', 'boolean')
    .addColumn('fragile', 'boolean')
    .addColumn('alcohol_free', 'boolean')
    .addColumn('abv_pct', 'numeric(4, 1)')
    .addColumn('mevushal', 'boolean')
    .addColumn('alcohol_free_alternative', 'text', (col) =>
      col.references('products.id').onDelete('set null'),
    )
    .addColumn('grade', 'text')
    .addColumn('paraben_free', 'boolean')
    .addColumn('notes', 'text')
    // Rarer product facts (harvest, acidity, materials...) that no query filters on.
    .addColumn('attributes', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
  await db.schema.createIndex('products_category_idx').on('products').column('category').execute();

  await db.schema
    .createTable('boxes')
    .addColumn('month', 'text', (col) => col.primaryKey())
    .addColumn('theme', 'text', (col) => col.notNull())
    .addColumn('contents_published_at', 'date', (col) => col.notNull())
    .addColumn('tiers', 'jsonb', (col) => col.notNull())
    .addColumn('alcohol_free_substitutions', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('notes', 'text')
    .addCheckConstraint('boxes_month_check', sql`month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`)
    .execute();

  // orders.shipment_id/payment_id mirror the seed; the enforced links run the other way
  // (shipments.order_id, payments.order_id) so rows can be inserted without a cycle.
  await db.schema
    .createTable('orders')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('customer_id', 'text', (col) => col.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('subscription_id', 'text', (col) =>
      col.notNull().references('subscriptions.id').onDelete('cascade'),
    )
    .addColumn('box_month', 'text', (col) => col.notNull())
    .addColumn('type', 'text', (col) => col.notNull().defaultTo('subscription'))
    .addColumn('replacement_for', 'text', (col) => col.references('orders.id').onDelete('set null'))
    .addColumn('tier', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('total_usd', 'numeric(10, 2)', (col) => col.notNull())
    .addColumn('currency', 'text', (col) => col.notNull().defaultTo('USD'))
    .addColumn('items', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('shipment_id', 'text')
    .addColumn('payment_id', 'text')
    .addColumn('prepaid_gift', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('notes', 'text')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('orders_type_check', sql`type in ('subscription', 'replacement')`)
    .addCheckConstraint(
      'orders_status_check',
      sql`status in ('processing', 'in_transit', 'delivered', 'returned', 'lost')`,
    )
    .execute();
  await db.schema
    .createIndex('orders_customer_idx')
    .on('orders')
    .columns(['customer_id', 'created_at'])
    .execute();
  await db.schema.createIndex('orders_subscription_idx').on('orders').column('subscription_id').execute();
  await db.schema.createIndex('orders_box_month_idx').on('orders').column('box_month').execute();

  await db.schema
    .createTable('shipments')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('order_id', 'text', (col) => col.notNull().references('orders.id').onDelete('cascade'))
    .addColumn('carrier', 'text', (col) => col.notNull())
    .addColumn('service', 'text')
    .addColumn('tracking_number', 'text', (col) => col.notNull().unique())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('shipped_at', 'timestamptz')
    .addColumn('estimated_delivery', 'date')
    .addColumn('delivered_at', 'timestamptz')
    .addColumn('destination', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('events', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .addCheckConstraint(
      'shipments_status_check',
      sql`status in ('in_transit', 'delivered', 'customs_hold', 'returned_to_sender', 'lost')`,
    )
    .execute();
  await db.schema.createIndex('shipments_order_idx').on('shipments').column('order_id').execute();
  await db.schema.createIndex('shipments_status_idx').on('shipments').column('status').execute();

  await db.schema
    .createTable('payments')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('customer_id', 'text', (col) => col.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('subscription_id', 'text', (col) => col.references('subscriptions.id').onDelete('set null'))
    .addColumn('order_id', 'text', (col) => col.references('orders.id').onDelete('set null'))
    .addColumn('amount', 'numeric(10, 2)', (col) => col.notNull())
    .addColumn('currency', 'text', (col) => col.notNull().defaultTo('USD'))
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('card_brand', 'text')
    .addColumn('card_last4', 'text')
    .addColumn('failure_reason', 'text')
    .addColumn('retry_of', 'text', (col) => col.references('payments.id').onDelete('set null'))
    .addColumn('refunded_amount', 'numeric(10, 2)')
    .addColumn('refunded_at', 'timestamptz')
    .addColumn('refund_reason', 'text')
    .addColumn('dispute', 'jsonb')
    .addColumn('description', 'text')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'payments_status_check',
      sql`status in ('succeeded', 'failed', 'refunded', 'disputed')`,
    )
    .execute();
  await db.schema
    .createIndex('payments_customer_idx')
    .on('payments')
    .columns(['customer_id', 'created_at'])
    .execute();
  await db.schema.createIndex('payments_order_idx').on('payments').column('order_id').execute();
  await db.schema
    .createIndex('payments_failed_idx')
    .on('payments')
    .column('created_at')
    .where(sql<boolean>`status = 'failed'`)
    .execute();
}

/** Drops the tables in reverse dependency order. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'payments',
    'shipments',
    'orders',
    'boxes',
    'products',
    'subscriptions',
    'customers',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

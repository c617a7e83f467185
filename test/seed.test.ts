import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql, type Kysely } from 'kysely';
import { createDb, type DbHandle } from '../schema/db';
import { migrateToLatest } from '../schema/migrate';
import { fixtureFiles, readJsonFile, seedCommerce, seedTaxonomy, type SeedReport } from '../schema/seed';
import type { Database } from '../schema/tables';
import { createTestDatabase, type TestDatabase } from './support/test-db';

const COMMERCE_TABLES = [
  'customers',
  'subscriptions',
  'products',
  'boxes',
  'orders',
  'shipments',
  'payments',
] as const;
const EXPECTED_COUNTS = {
  customers: 24,
  subscriptions: 24,
  products: 58,
  boxes: 24,
  orders: 162,
  shipments: 161,
  payments: 163,
};

async function counts(db: Kysely<Database>): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of COMMERCE_TABLES) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    result[table] = row.n;
  }
  return result;
}

/** Every commerce row, in key order: what both engines must return identically. */
async function snapshot(db: Kysely<Database>): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const table of COMMERCE_TABLES) {
    const key = table === 'boxes' ? 'month' : 'id';
    result[table] = await db.selectFrom(table).selectAll().orderBy(key).execute();
  }
  result.categories = await db
    .selectFrom('categories')
    .select(['id', 'specialist', 'auto_send_threshold', 'always_escalate'])
    .orderBy('id')
    .execute();
  return result;
}

/** Queries over the core tables that exercise every value convention (and the adapter's result metadata). */
async function coreValues(db: Kysely<Database>): Promise<unknown> {
  const at = new Date('2026-11-23T08:30:00.123Z');
  await db
    .insertInto('conversations')
    .values({
      id: 'conversation-1-42',
      account_id: 1,
      chatwoot_conversation_id: 42,
      channel: 'chatwoot',
      created_at: at,
      updated_at: at,
    })
    .execute();
  const message = await db
    .insertInto('messages')
    .values({
      conversation_id: 'conversation-1-42',
      direction: 'incoming',
      author: 'customer',
      content: 'Where is my box?',
      content_attributes: JSON.stringify({ attachments: [{ id: 'a1' }] }),
      idempotency_key: 'm-1',
      created_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const claims = [];
  for (let attempt = 0; attempt < 2; attempt++) {
    const claim = await db
      .insertInto('webhook_deliveries')
      .values({ delivery_key: 'cw-1', event: 'message_created' })
      .onConflict((oc) => oc.column('delivery_key').doNothing())
      .executeTakeFirst();
    claims.push(claim.numInsertedOrUpdatedRows);
  }
  await db
    .insertInto('llm_usage')
    .values({
      role: 'router',
      provider: 'offline',
      model: 'm',
      input_tokens: 120,
      cost_usd: 0.001234,
      created_at: at,
    })
    .execute();
  await db
    .insertInto('knowledge_articles')
    .values({
      id: 'kb-x',
      title: 'Pausing',
      product_area: 'subscription',
      updated_at: '2026-09-14',
      body: 'Pause for 1-3 months',
      embedding: [0.1, -2.5e-7, 3],
    })
    .execute();
  const aggregates = await sql`
    select count(*) as n, sum(cost_usd) as cost, array_agg(id) as ids, max(created_at) as at,
      array[date '2026-11-23'] as dates, array[1.5::numeric] as numerics, interval '0' is not null as flag
    from llm_usage`.execute(db);
  const article = await db
    .selectFrom('knowledge_articles')
    .select(['updated_at', 'embedding', 'tsv'])
    .executeTakeFirstOrThrow();
  const updated = await db.updateTable('conversations').set({ turn_count: 1 }).executeTakeFirst();
  const violation = await db
    .insertInto('conversations')
    .values({ id: 'conversation-1-42', channel: 'web' })
    .execute()
    .catch((error: { code?: string }) => error.code);
  return {
    message,
    claims,
    aggregates: aggregates.rows,
    article,
    updated: updated.numUpdatedRows,
    violation,
  };
}

describe('seedCommerce on postgres', () => {
  let database: TestDatabase;
  let commerce: unknown;
  let first: SeedReport;
  before(async () => {
    database = await createTestDatabase();
    commerce = await readJsonFile(fixtureFiles.commerce);
    first = await seedCommerce(database.db, commerce);
  });
  after(async () => {
    await database?.destroy();
  });

  test('loads every customer, subscription, product, box, order, shipment and payment', async () => {
    assert.deepEqual(await counts(database.db), EXPECTED_COUNTS);
    assert.equal(first.orders?.inserted, 162);
  });

  test('is idempotent: a second run changes nothing', async () => {
    const before = await snapshot(database.db);
    const again = await seedCommerce(database.db, commerce);
    for (const table of COMMERCE_TABLES) {
      assert.deepEqual(again[table], { inserted: 0, updated: 0, unchanged: EXPECTED_COUNTS[table] }, table);
    }
    assert.deepEqual(await snapshot(database.db), before);
  });

  test('restores a row the demo changed, and only that row', async () => {
    await database.db
      .updateTable('subscriptions')
      .set({ status: 'paused', paused_until: '2027-02-01' })
      .where('id', '=', 'sub_2001')
      .execute();
    const report = await seedCommerce(database.db, commerce);
    assert.deepEqual(report.subscriptions, { inserted: 0, updated: 1, unchanged: 23 });
    const sub = await database.db
      .selectFrom('subscriptions')
      .select(['status', 'paused_until'])
      .where('id', '=', 'sub_2001')
      .executeTakeFirstOrThrow();
    assert.deepEqual(sub, { status: 'active', paused_until: null });
  });

  test("keeps the seed's situations: James Whitfield's late parcel, Robert Hayes past due", async () => {
    const james = await database.db
      .selectFrom('shipments')
      .innerJoin('orders', 'orders.id', 'shipments.order_id')
      .innerJoin('customers', 'customers.id', 'orders.customer_id')
      .select([
        'shipments.tracking_number',
        'shipments.carrier',
        'shipments.estimated_delivery',
        'shipments.events',
      ])
      .where('customers.name', '=', 'James Whitfield')
      .where('orders.id', '=', 'ord_64208')
      .executeTakeFirstOrThrow();
    assert.equal(james.tracking_number, 'CP002403824IL');
    assert.equal(james.carrier, 'Israel Post');
    assert.equal(james.estimated_delivery, '2026-11-18');
    assert.equal(james.events.length, 3);

    const robert = await database.db
      .selectFrom('subscriptions')
      .selectAll()
      .where('customer_id', '=', 'cus_1004')
      .executeTakeFirstOrThrow();
    assert.equal(robert.status, 'past_due');
    assert.equal(robert.payment_method?.last4, '4417');
    assert.equal(robert.dunning?.attempts, 4);
    assert.equal(robert.price_usd, 59);
  });

  test('keeps rarer product facts in attributes', async () => {
    const oil = await database.db
      .selectFrom('products')
      .selectAll()
      .where('id', '=', 'prod_109')
      .executeTakeFirstOrThrow();
    assert.equal(oil.grade, 'extra virgin');
    assert.deepEqual(oil.attributes, { harvest: '2026-10 early harvest', acidity_max_pct: 0.3 });
  });

  test('loads the taxonomy idempotently', async () => {
    const taxonomy = await readJsonFile(fixtureFiles.taxonomy);
    assert.equal((await seedTaxonomy(database.db, taxonomy)).categories?.inserted, 14);
    assert.equal((await seedTaxonomy(database.db, taxonomy)).categories?.unchanged, 14);
  });

  test('rejects a seed of the wrong shape before writing anything', async () => {
    await assert.rejects(seedCommerce(database.db, { customers: [{ id: 'cus_x' }] }), /email/);
  });
});

describe('postgres and embedded PGlite return the same values', () => {
  let postgres: TestDatabase;
  let embedded: DbHandle;
  before(async () => {
    const [commerce, taxonomy] = await Promise.all([
      readJsonFile(fixtureFiles.commerce),
      readJsonFile(fixtureFiles.taxonomy),
    ]);
    postgres = await createTestDatabase({ seed: true });
    embedded = await createDb({});
    await migrateToLatest(embedded.db);
    await seedCommerce(embedded.db, commerce);
    await seedTaxonomy(embedded.db, taxonomy);
  });
  after(async () => {
    await postgres?.destroy();
    await embedded?.close();
  });

  test('for every seeded commerce row', async () => {
    const fromPostgres = await snapshot(postgres.db);
    const customer = fromPostgres.customers?.[0] as Record<string, unknown>;
    assert.equal(typeof customer.ltv_usd, 'number');
    assert.equal(customer.join_date, '2019-04-12');
    assert.ok(Array.isArray(customer.tags));
    assert.ok((fromPostgres.orders?.[0] as Record<string, unknown>).created_at instanceof Date);
    // updated_at is each load's now(); everything else must match exactly, types included.
    const withoutLoadTime = (tables: Record<string, unknown[]>): Record<string, unknown[]> =>
      Object.fromEntries(
        Object.entries(tables).map(([table, rows]) => [
          table,
          rows.map((row) => {
            const { updated_at: loadedAt, ...rest } = row as Record<string, unknown>;
            assert.ok(loadedAt === undefined || loadedAt instanceof Date);
            return rest;
          }),
        ]),
      );
    assert.deepEqual(withoutLoadTime(await snapshot(embedded.db)), withoutLoadTime(fromPostgres));
  });

  test('for ids, counts, sums, arrays, dates, embeddings, affected rows and error codes', async () => {
    const fromPostgres = (await coreValues(postgres.db)) as {
      message: { id: unknown };
      claims: unknown[];
      violation: unknown;
    };
    assert.equal(typeof fromPostgres.message.id, 'number');
    assert.deepEqual(fromPostgres.claims, [1n, 0n]);
    assert.equal(fromPostgres.violation, '23505');
    assert.deepEqual(await coreValues(embedded.db), fromPostgres);
  });

  test('PGlite transactions do not interleave: a rollback never undoes a concurrent commit', async () => {
    const attempt = (key: string, fail: boolean): Promise<void> =>
      embedded.db.transaction().execute(async (trx) => {
        await trx.insertInto('webhook_deliveries').values({ delivery_key: key, event: 'test' }).execute();
        await sleep(10);
        if (fail) throw new Error('rolled back');
      });
    const outcomes = await Promise.allSettled([
      attempt('tx-a', true),
      attempt('tx-b', false),
      attempt('tx-c', true),
      attempt('tx-d', false),
    ]);
    assert.deepEqual(
      outcomes.map((outcome) => outcome.status),
      ['rejected', 'fulfilled', 'rejected', 'fulfilled'],
    );
    const keys = await embedded.db
      .selectFrom('webhook_deliveries')
      .select('delivery_key')
      .where('event', '=', 'test')
      .orderBy('delivery_key')
      .execute();
    assert.deepEqual(
      keys.map((row) => row.delivery_key),
      ['tx-b', 'tx-d'],
    );
  });
});

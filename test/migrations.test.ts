import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type Kysely } from 'kysely';
import { createDb, type DbHandle } from '../schema/db';
import { appliedMigrations, migrateAllDown, migrateDown, migrateToLatest } from '../schema/migrate';
import { migrations } from '../schema/migrations';
import type { Database } from '../schema/tables';
import { createTestDatabase, type TestDatabase } from './support/test-db';

const OPERATIONS_TABLES = ['alerts', 'proactive_outreach'];
const IDENTITY_TABLES = ['identity_checks', 'mail_outbox'];
const ALL_TABLES = [
  ...['categories', 'conversations', 'messages', 'conversation_summaries', 'webhook_deliveries', 'outbox'],
  ...['llm_usage', 'router_outputs', 'qa_verdicts', 'tool_executions', 'conversation_turns'],
  ...['customers', 'subscriptions', 'products', 'boxes', 'orders', 'shipments', 'payments'],
  ...['knowledge_articles', 'knowledge_chunks', 'learned_knowledge'],
  ...['customer_memory', 'customer_memories', 'corrections', 'eval_runs', 'eval_results'],
  ...['qa_failure_patterns', 'instruction_suggestions', 'instruction_versions'],
  ...OPERATIONS_TABLES,
  ...IDENTITY_TABLES,
].sort();

/** The application's tables (Kysely's own bookkeeping tables left out). */
async function appTables(db: Kysely<Database>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_name not like 'kysely_%'
    order by table_name`.execute(db);
  return rows.map((row) => row.name);
}

interface OpenDb {
  db: Kysely<Database>;
  /** Closes the handle; safe to call twice. */
  done(): Promise<void>;
}

/** The same up / one down / all down / up cycle, on whichever engine `open` gives; returns the handle. */
function describeMigrationCycle(open: () => Promise<OpenDb>): () => OpenDb {
  let handle: OpenDb;
  before(async () => {
    handle = await open();
  });
  after(async () => {
    await handle?.done();
  });

  test('up creates every table of the data model', async () => {
    const results = await migrateToLatest(handle.db);
    assert.deepEqual(
      results.map((result) => result.migrationName),
      Object.keys(migrations),
    );
    assert.deepEqual(await appTables(handle.db), ALL_TABLES);
  });

  test('up again is a no-op', async () => {
    assert.deepEqual(await migrateToLatest(handle.db), []);
  });

  test('down reverts only the latest migration', async () => {
    const kinds = async () =>
      (
        await sql<{ definition: string }>`
          select pg_get_constraintdef(oid) as definition from pg_constraint
          where conname = 'outbox_kind_check'`.execute(handle.db)
      ).rows[0]?.definition ?? '';
    assert.match(await kinds(), /'contact'/);
    const [contact] = await migrateDown(handle.db);
    assert.equal(contact?.migrationName, '2026-11-25-0003-outbox-contact');
    assert.deepEqual(await appTables(handle.db), ALL_TABLES, 'it drops no table');
    assert.doesNotMatch(await kinds(), /'contact'/, 'the outbox takes the five kinds again');
    assert.match(await kinds(), /'labels'/);
    const [identity] = await migrateDown(handle.db);
    assert.equal(identity?.migrationName, '2026-11-25-0002-identity-checks');
    const beforeIdentity = ALL_TABLES.filter((table) => !IDENTITY_TABLES.includes(table));
    assert.deepEqual(await appTables(handle.db), beforeIdentity, 'it drops only its own tables');
    const { rows: verifiedColumns } = await sql<{ name: string }>`
      select column_name as name from information_schema.columns
      where table_name = 'conversations' and column_name = 'verified_email'`.execute(handle.db);
    assert.deepEqual(verifiedColumns, [], 'the verified column is gone');
    const [held] = await migrateDown(handle.db);
    assert.equal(held?.migrationName, '2026-11-25-0001-held-write-actions');
    assert.deepEqual(await appTables(handle.db), beforeIdentity, 'it drops no table');
    const { rows: heldColumns } = await sql<{ name: string }>`
      select column_name as name from information_schema.columns
      where table_name = 'tool_executions' and column_name = 'held_at'`.execute(handle.db);
    assert.deepEqual(heldColumns, [], 'the held column is gone');
    const [summaries] = await migrateDown(handle.db);
    assert.equal(summaries?.migrationName, '2026-11-24-0001-conversation-summaries');
    const beforeSummaries = beforeIdentity.filter((table) => table !== 'conversation_summaries');
    assert.deepEqual(await appTables(handle.db), beforeSummaries);
    const [inbox] = await migrateDown(handle.db);
    assert.equal(inbox?.migrationName, '2026-11-23-0008-webhook-inbox');
    const { rows: inboxColumns } = await sql<{ name: string }>`
      select column_name as name from information_schema.columns
      where table_name = 'webhook_deliveries' and column_name in ('instruction', 'forwarded_at')`.execute(
      handle.db,
    );
    assert.deepEqual(inboxColumns, [], 'the inbox columns are gone');
    const [replay] = await migrateDown(handle.db);
    assert.equal(replay?.migrationName, '2026-11-23-0007-instruction-replay');
    assert.deepEqual(await appTables(handle.db), beforeSummaries, 'it adds no table');
    const { rows } = await sql<{ name: string }>`
      select column_name as name from information_schema.columns
      where table_name = 'conversation_turns' and column_name = 'message_key'`.execute(handle.db);
    assert.deepEqual(rows, [], 'the message key column is gone');
    const [reverted] = await migrateDown(handle.db);
    assert.equal(reverted?.migrationName, '2026-11-23-0006-operations');
    const remaining = beforeSummaries.filter((table) => !OPERATIONS_TABLES.includes(table));
    assert.deepEqual(await appTables(handle.db), remaining);
  });

  test('all down drops every table, and up restores them', async () => {
    await migrateAllDown(handle.db);
    assert.deepEqual(await appTables(handle.db), []);
    assert.deepEqual(await appliedMigrations(handle.db), []);
    await migrateToLatest(handle.db);
    assert.deepEqual(await appTables(handle.db), ALL_TABLES);
  });
  return () => handle;
}

describe('migrations on postgres', () => {
  describeMigrationCycle(async () => {
    const database: TestDatabase = await createTestDatabase({ migrate: false });
    return { db: database.db, done: () => database.destroy() };
  });
});

describe('migrations on embedded PGlite', () => {
  let dir: string;
  const dataDir = (): string => path.join(dir, 'pglite');
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const current = describeMigrationCycle(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'kesher-pglite-'));
    const handle: DbHandle = await createDb({ embeddedDir: dataDir() });
    assert.equal(handle.kind, 'embedded');
    return { db: handle.db, done: () => handle.close() };
  });

  test('the schema persists in the data directory across restarts', async () => {
    await current().done();
    const reopened = await createDb({ embeddedDir: dataDir() });
    try {
      assert.deepEqual(await appTables(reopened.db), ALL_TABLES);
      assert.deepEqual(await migrateToLatest(reopened.db), []);
    } finally {
      await reopened.close();
    }
  });
});

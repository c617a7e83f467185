import { sql, type Kysely } from 'kysely';

/** Operations: alerts for operators and the record of proactive outreach. Frozen. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('alerts')
    .addColumn('id', 'bigserial', (col) => col.primaryKey())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('category', 'text')
    .addColumn('severity', 'text', (col) => col.notNull().defaultTo('warning'))
    .addColumn('message', 'text', (col) => col.notNull())
    .addColumn('details', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('dedupe_key', 'text', (col) => col.unique())
    .addColumn('delivered', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('delivered_at', 'timestamptz')
    .addColumn('acknowledged_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('alerts_severity_check', sql`severity in ('info', 'warning', 'critical')`)
    .execute();
  await db.schema.createIndex('alerts_created_at_idx').on('alerts').column('created_at').execute();
  await db.schema
    .createIndex('alerts_undelivered_idx')
    .on('alerts')
    .column('created_at')
    .where(sql<boolean>`not delivered`)
    .execute();

  await db.schema
    .createTable('proactive_outreach')
    .addColumn('id', 'bigserial', (col) => col.primaryKey())
    .addColumn('customer_id', 'text', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('reference_id', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('offer', 'text')
    .addColumn('churn_score', 'double precision')
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('pending'))
    .addColumn('conversation_id', 'text')
    .addColumn('outbox_idempotency_key', 'text')
    .addColumn('details', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('sent_at', 'timestamptz')
    // The daily sweep must reach out about one problem once, however often it runs.
    .addUniqueConstraint('proactive_outreach_once_unique', ['customer_id', 'reason', 'reference_id'])
    .addCheckConstraint(
      'proactive_outreach_status_check',
      sql`status in ('pending', 'sent', 'skipped', 'failed')`,
    )
    .execute();
}

/** Drops the tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['proactive_outreach', 'alerts']) {
    await db.schema.dropTable(table).execute();
  }
}

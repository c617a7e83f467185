import { sql, type Kysely } from 'kysely';

/**
 * Webhook deliveries become an inbox: the claim stores what the delivery asks of the conversation
 * (`instruction`), and `forwarded_at` says when it reached Temporal. The webhook answers once the
 * claim is stored; a delivery not yet forwarded (Temporal down, a process stopped) is forwarded
 * when the API starts again. Frozen.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('webhook_deliveries')
    .addColumn('instruction', 'jsonb')
    .addColumn('forwarded_at', 'timestamptz')
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .execute();
  // Deliveries claimed before the inbox were forwarded inline: nothing is left to forward.
  await sql`update webhook_deliveries set forwarded_at = received_at`.execute(db);
  await db.schema
    .createIndex('webhook_deliveries_unforwarded_idx')
    .on('webhook_deliveries')
    .column('received_at')
    .where(sql<boolean>`forwarded_at is null`)
    .execute();
}

/** Drops the inbox columns. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('webhook_deliveries_unforwarded_idx').execute();
  await db.schema
    .alterTable('webhook_deliveries')
    .dropColumn('last_error')
    .dropColumn('attempts')
    .dropColumn('forwarded_at')
    .dropColumn('instruction')
    .execute();
}

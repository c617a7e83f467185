import { sql, type Kysely } from 'kysely';

/**
 * The summarizer's condensations of a conversation's older messages, each through one message: a
 * turn reuses the latest while the messages after it still fit beside it, instead of calling the
 * summarizer again on every turn of a long conversation. Frozen.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('conversation_summaries')
    .addColumn('conversation_id', 'text', (col) =>
      col.notNull().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('through_message_id', 'bigint', (col) => col.notNull())
    .addColumn('summary', 'text', (col) => col.notNull())
    .addColumn('model', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('conversation_summaries_pkey', ['conversation_id', 'through_message_id'])
    .execute();
}

/** Drops the table. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('conversation_summaries').execute();
}

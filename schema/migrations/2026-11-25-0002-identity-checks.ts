import { sql, type Kysely } from 'kysely';

/**
 * Verifying a sender who writes from an address no account has: the account they name (by email
 * or order number) gets a one-time code by email, and the conversation is verified once the sender
 * types it. `identity_checks` keeps one row per claim (the code only as a keyed hash),
 * `mail_outbox` every email sent or, with no SMTP server configured, kept locally, and
 * `conversations.verified_email` the account a verified conversation speaks for. Frozen.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('identity_checks')
    .addColumn('id', 'bigserial', (col) => col.primaryKey())
    .addColumn('conversation_id', 'text', (col) =>
      col.notNull().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('message_key', 'text', (col) => col.notNull())
    .addColumn('claim_kind', 'text', (col) => col.notNull())
    .addColumn('customer_id', 'text')
    .addColumn('code_hash', 'text')
    .addColumn('language', 'text', (col) => col.notNull())
    .addColumn('question', 'text')
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (col) => col.notNull())
    .addColumn('verified_at', 'timestamptz')
    .addUniqueConstraint('identity_checks_message_key', ['conversation_id', 'message_key'])
    .addCheckConstraint('identity_checks_claim_kind_check', sql`claim_kind in ('email', 'order')`)
    .execute();
  await db.schema
    .createIndex('identity_checks_customer_idx')
    .on('identity_checks')
    .columns(['customer_id', 'created_at'])
    .execute();
  await db.schema
    .createTable('mail_outbox')
    .addColumn('id', 'bigserial', (col) => col.primaryKey())
    .addColumn('idempotency_key', 'text', (col) => col.notNull().unique())
    .addColumn('conversation_id', 'text', (col) => col.references('conversations.id').onDelete('set null'))
    .addColumn('to_address', 'text', (col) => col.notNull())
    .addColumn('subject', 'text', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('pending'))
    .addColumn('error', 'text')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('sent_at', 'timestamptz')
    .addCheckConstraint('mail_outbox_status_check', sql`status in ('pending', 'sent', 'local', 'failed')`)
    .execute();
  await db.schema.alterTable('conversations').addColumn('verified_email', 'text').execute();
}

/** Drops the tables and the column. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('conversations').dropColumn('verified_email').execute();
  await db.schema.dropTable('mail_outbox').execute();
  await db.schema.dropTable('identity_checks').execute();
}

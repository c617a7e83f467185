import { sql, type Kysely } from 'kysely';

/**
 * Conversations and their messages, exactly-once webhook intake, the outbound outbox and the
 * category taxonomy. Frozen: never edit after release, add a new migration instead.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('categories')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('description', 'text', (col) => col.notNull())
    .addColumn('specialist', 'text')
    .addColumn('auto_send_threshold', 'numeric(4, 3)')
    .addColumn('always_escalate', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('conversations')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('account_id', 'integer')
    .addColumn('chatwoot_conversation_id', 'integer')
    .addColumn('channel', 'text', (col) => col.notNull())
    .addColumn('customer_email', 'text')
    .addColumn('customer_id', 'text')
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('open'))
    .addColumn('category', 'text')
    .addColumn('sentiment', 'text')
    .addColumn('specialist', 'text')
    .addColumn('escalated', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('ai_paused', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('rollout_bucket', 'integer')
    .addColumn('experiment_arm', 'text')
    .addColumn('summary', 'text')
    .addColumn('turn_count', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('conversations_channel_check', sql`channel in ('chatwoot', 'web', 'email')`)
    .addCheckConstraint(
      'conversations_status_check',
      sql`status in ('open', 'pending', 'resolved', 'escalated', 'snoozed')`,
    )
    .addCheckConstraint('conversations_rollout_bucket_check', sql`rollout_bucket between 0 and 99`)
    .execute();
  await db.schema
    .createIndex('conversations_chatwoot_unique')
    .on('conversations')
    .columns(['account_id', 'chatwoot_conversation_id'])
    .unique()
    .where('chatwoot_conversation_id', 'is not', null)
    .execute();
  await db.schema
    .createIndex('conversations_customer_email_idx')
    .on('conversations')
    .column('customer_email')
    .execute();
  await db.schema
    .createIndex('conversations_customer_id_idx')
    .on('conversations')
    .column('customer_id')
    .execute();
  await db.schema
    .createIndex('conversations_status_idx')
    .on('conversations')
    .columns(['status', 'updated_at'])
    .execute();
  await db.schema
    .createIndex('conversations_created_at_idx')
    .on('conversations')
    .column('created_at')
    .execute();

  await db.schema
    .createTable('messages')
    .addColumn('id', 'bigserial', (col) => col.primaryKey())
    .addColumn('conversation_id', 'text', (col) =>
      col.notNull().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('chatwoot_message_id', 'integer')
    .addColumn('direction', 'text', (col) => col.notNull())
    .addColumn('author', 'text', (col) => col.notNull())
    .addColumn('private', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('content', 'text', (col) => col.notNull())
    .addColumn('content_attributes', 'jsonb')
    .addColumn('instruction_version', 'integer')
    .addColumn('idempotency_key', 'text', (col) => col.unique())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('messages_direction_check', sql`direction in ('incoming', 'outgoing')`)
    .addCheckConstraint('messages_author_check', sql`author in ('customer', 'ai', 'human', 'system')`)
    .execute();
  await db.schema
    .createIndex('messages_chatwoot_unique')
    .on('messages')
    .columns(['conversation_id', 'chatwoot_message_id'])
    .unique()
    .where('chatwoot_message_id', 'is not', null)
    .execute();
  await db.schema
    .createIndex('messages_conversation_idx')
    .on('messages')
    .columns(['conversation_id', 'id'])
    .execute();

  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('delivery_key', 'text', (col) => col.primaryKey())
    .addColumn('event', 'text', (col) => col.notNull())
    .addColumn('conversation_id', 'text')
    .addColumn('workflow_id', 'text')
    .addColumn('received_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_received_at_idx')
    .on('webhook_deliveries')
    .column('received_at')
    .execute();

  // No FK to conversations: proactive outreach queues messages before any conversation row exists.
  await db.schema
    .createTable('outbox')
    .addColumn('id', 'bigserial', (col) => col.primaryKey())
    .addColumn('idempotency_key', 'text', (col) => col.notNull().unique())
    .addColumn('conversation_id', 'text', (col) => col.notNull())
    .addColumn('account_id', 'integer')
    .addColumn('chatwoot_conversation_id', 'integer')
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('payload', 'jsonb', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('pending'))
    .addColumn('chatwoot_response', 'jsonb')
    .addColumn('error', 'text')
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('sent_at', 'timestamptz')
    .addCheckConstraint(
      'outbox_kind_check',
      sql`kind in ('message', 'private_note', 'toggle_status', 'assignment', 'labels')`,
    )
    .addCheckConstraint('outbox_status_check', sql`status in ('pending', 'sent', 'failed', 'local')`)
    .execute();
  await db.schema
    .createIndex('outbox_conversation_idx')
    .on('outbox')
    .columns(['conversation_id', 'id'])
    .execute();
  await db.schema
    .createIndex('outbox_unsent_idx')
    .on('outbox')
    .column('created_at')
    .where(sql<boolean>`status in ('pending', 'failed')`)
    .execute();
}

/** Drops the tables in reverse dependency order. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['outbox', 'webhook_deliveries', 'messages', 'conversations', 'categories']) {
    await db.schema.dropTable(table).execute();
  }
}

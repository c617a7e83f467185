import { sql, type Kysely } from 'kysely';

/**
 * What each customer turn records: model usage and cost, router output, QA verdicts, the tool
 * execution audit and turn metrics for the dashboards. Frozen.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Audit rows (usage, tool executions) carry no FK so they outlive a purged conversation.
  await db.schema
    .createTable('llm_usage')
    .addColumn('id', 'bigserial', (col) => col.primaryKey())
    .addColumn('conversation_id', 'text')
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('provider', 'text', (col) => col.notNull())
    .addColumn('model', 'text', (col) => col.notNull())
    .addColumn('input_tokens', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('output_tokens', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('cached_tokens', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('cost_usd', 'numeric(12, 6)', (col) => col.notNull().defaultTo(0))
    .addColumn('latency_ms', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('fallback_from', 'text')
    .addColumn('error', 'text')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('llm_usage_created_at_idx').on('llm_usage').column('created_at').execute();
  await db.schema
    .createIndex('llm_usage_conversation_idx')
    .on('llm_usage')
    .column('conversation_id')
    .execute();

  await db.schema
    .createTable('router_outputs')
    .addColumn('id', 'bigserial', (col) => col.primaryKey())
    .addColumn('conversation_id', 'text', (col) =>
      col.notNull().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('message_id', 'bigint', (col) => col.references('messages.id').onDelete('set null'))
    .addColumn('turn', 'integer')
    .addColumn('category', 'text', (col) => col.notNull())
    .addColumn('sentiment', 'text', (col) => col.notNull())
    .addColumn('escalation_signal', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('language', 'text')
    .addColumn('confidence', 'double precision', (col) => col.notNull())
    .addColumn('secondary_intents', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('model', 'text')
    .addColumn('idempotency_key', 'text', (col) => col.unique())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'router_outputs_sentiment_check',
      sql`sentiment in ('positive', 'neutral', 'negative', 'frustrated')`,
    )
    .addCheckConstraint('router_outputs_confidence_check', sql`confidence between 0 and 1`)
    .execute();
  await db.schema
    .createIndex('router_outputs_conversation_idx')
    .on('router_outputs')
    .column('conversation_id')
    .execute();
  await db.schema
    .createIndex('router_outputs_category_idx')
    .on('router_outputs')
    .columns(['category', 'created_at'])
    .execute();

  await db.schema
    .createTable('qa_verdicts')
    .addColumn('id', 'bigserial', (col) => col.primaryKey())
    .addColumn('conversation_id', 'text', (col) =>
      col.notNull().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('turn', 'integer')
    .addColumn('round', 'integer', (col) => col.notNull())
    .addColumn('category', 'text')
    .addColumn('specialist', 'text')
    .addColumn('verdict', 'text', (col) => col.notNull())
    .addColumn('tone_score', 'double precision')
    .addColumn('accuracy_score', 'double precision')
    .addColumn('safety_score', 'double precision')
    .addColumn('completeness_score', 'double precision')
    .addColumn('reasons', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('draft', 'text')
    .addColumn('model', 'text')
    .addColumn('idempotency_key', 'text', (col) => col.unique())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('qa_verdicts_verdict_check', sql`verdict in ('pass', 'refine', 'escalate')`)
    .execute();
  await db.schema
    .createIndex('qa_verdicts_conversation_idx')
    .on('qa_verdicts')
    .column('conversation_id')
    .execute();
  await db.schema
    .createIndex('qa_verdicts_category_idx')
    .on('qa_verdicts')
    .columns(['category', 'created_at'])
    .execute();

  await db.schema
    .createTable('tool_executions')
    .addColumn('id', 'bigserial', (col) => col.primaryKey())
    .addColumn('tool_call_id', 'text', (col) => col.notNull().unique())
    .addColumn('conversation_id', 'text')
    .addColumn('customer_id', 'text')
    .addColumn('tool_name', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('proposed_args', 'jsonb')
    .addColumn('approved_args', 'jsonb')
    .addColumn('approver', 'text')
    .addColumn('user_approved', 'boolean')
    .addColumn('confirmation_timestamp', 'timestamptz')
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('result', 'jsonb')
    .addColumn('error', 'text')
    .addColumn('latency_ms', 'integer')
    .addColumn('idempotency_key', 'text', (col) => col.unique())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('executed_at', 'timestamptz')
    .addCheckConstraint('tool_executions_kind_check', sql`kind in ('read', 'write')`)
    .addCheckConstraint(
      'tool_executions_status_check',
      sql`status in ('pending', 'approved', 'rejected', 'expired', 'succeeded', 'failed')`,
    )
    // The audit invariant of SYSTEM.md section 4: a write never runs without an approval.
    .addCheckConstraint(
      'tool_executions_write_approved_check',
      sql`kind = 'read' or status not in ('succeeded', 'failed') or user_approved is true`,
    )
    .execute();
  await db.schema
    .createIndex('tool_executions_conversation_idx')
    .on('tool_executions')
    .column('conversation_id')
    .execute();
  await db.schema
    .createIndex('tool_executions_tool_idx')
    .on('tool_executions')
    .columns(['tool_name', 'created_at'])
    .execute();

  await db.schema
    .createTable('conversation_turns')
    .addColumn('id', 'bigserial', (col) => col.primaryKey())
    .addColumn('conversation_id', 'text', (col) =>
      col.notNull().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('turn', 'integer', (col) => col.notNull())
    .addColumn('category', 'text')
    .addColumn('specialist', 'text')
    .addColumn('experiment_arm', 'text')
    .addColumn('outcome', 'text', (col) => col.notNull())
    .addColumn('confidence', 'double precision')
    .addColumn('qa_rounds', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('qa_passed', 'boolean')
    .addColumn('tool_calls', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('instruction_version', 'integer')
    .addColumn('response_ms', 'integer')
    .addColumn('started_at', 'timestamptz', (col) => col.notNull())
    .addColumn('completed_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('conversation_turns_turn_unique', ['conversation_id', 'turn'])
    .addCheckConstraint(
      'conversation_turns_outcome_check',
      sql`outcome in ('sent', 'drafted', 'escalated', 'skipped')`,
    )
    .execute();
  await db.schema
    .createIndex('conversation_turns_created_at_idx')
    .on('conversation_turns')
    .column('created_at')
    .execute();
  await db.schema
    .createIndex('conversation_turns_category_idx')
    .on('conversation_turns')
    .columns(['category', 'created_at'])
    .execute();
}

/** Drops the tables in reverse dependency order. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'conversation_turns',
    'tool_executions',
    'qa_verdicts',
    'router_outputs',
    'llm_usage',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

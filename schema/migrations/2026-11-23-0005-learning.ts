import { sql, type Kysely } from 'kysely';

/**
 * Learning: customer memory, human corrections, evaluation runs and their results, QA failure
 * patterns, instruction suggestions and versioned instructions. Frozen.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('customer_memory')
    .addColumn('customer_id', 'text', (col) => col.primaryKey())
    .addColumn('customer_email', 'text')
    .addColumn('facts', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('customer_memory_email_idx')
    .on('customer_memory')
    .expression(sql`lower(customer_email)`)
    .execute();

  await db.schema
    .createTable('customer_memories')
    .addColumn('id', 'bigserial', (col) => col.primaryKey())
    .addColumn('customer_id', 'text', (col) =>
      col.notNull().references('customer_memory.customer_id').onDelete('cascade'),
    )
    .addColumn('memory_type', 'text', (col) => col.notNull())
    .addColumn('content', 'text', (col) => col.notNull())
    .addColumn('confidence', 'double precision', (col) => col.notNull().defaultTo(0.5))
    .addColumn('source_conversation_id', 'text', (col) =>
      col.references('conversations.id').onDelete('set null'),
    )
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'customer_memories_type_check',
      sql`memory_type in ('preference', 'communication_style', 'issue')`,
    )
    .addCheckConstraint('customer_memories_confidence_check', sql`confidence between 0 and 1`)
    .execute();
  await db.schema
    .createIndex('customer_memories_customer_idx')
    .on('customer_memories')
    .columns(['customer_id', 'updated_at'])
    .execute();

  await db.schema
    .createTable('corrections')
    .addColumn('id', 'bigserial', (col) => col.primaryKey())
    .addColumn('conversation_id', 'text', (col) => col.references('conversations.id').onDelete('set null'))
    .addColumn('message_id', 'bigint', (col) => col.references('messages.id').onDelete('set null'))
    .addColumn('chatwoot_message_id', 'integer')
    .addColumn('category', 'text')
    .addColumn('specialist', 'text')
    .addColumn('instruction_version', 'integer')
    .addColumn('agent_name', 'text')
    .addColumn('original_draft', 'text', (col) => col.notNull())
    .addColumn('human_text', 'text', (col) => col.notNull())
    .addColumn('edit_type', 'text', (col) => col.notNull().defaultTo('edited'))
    .addColumn('classification', 'text')
    .addColumn('specific_issue', 'text')
    .addColumn('key_changes', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('quality_score', 'double precision')
    .addColumn('classifier_model', 'text')
    .addColumn('idempotency_key', 'text', (col) => col.unique())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('classified_at', 'timestamptz')
    .addCheckConstraint('corrections_edit_type_check', sql`edit_type in ('edited', 'replaced')`)
    .addCheckConstraint(
      'corrections_classification_check',
      sql`classification in ('tone', 'accuracy', 'safety', 'completeness')`,
    )
    .execute();
  await db.schema
    .createIndex('corrections_category_idx')
    .on('corrections')
    .columns(['category', 'created_at'])
    .execute();
  await db.schema
    .createIndex('corrections_pattern_idx')
    .on('corrections')
    .columns(['category', 'classification', 'created_at'])
    .execute();

  await db.schema
    .createTable('eval_runs')
    .addColumn('id', 'bigserial', (col) => col.primaryKey())
    .addColumn('run_type', 'text', (col) => col.notNull())
    .addColumn('category', 'text')
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('running'))
    .addColumn('dataset', 'text')
    .addColumn('sample_size', 'integer')
    .addColumn('metrics', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('instruction_versions', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('is_baseline', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('regression', 'boolean')
    .addColumn('workflow_id', 'text')
    .addColumn('error', 'text')
    .addColumn('started_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('completed_at', 'timestamptz')
    .addCheckConstraint(
      'eval_runs_type_check',
      sql`run_type in ('golden', 'eval_learning', 'correction_learning')`,
    )
    .addCheckConstraint('eval_runs_status_check', sql`status in ('running', 'completed', 'failed')`)
    .execute();
  await db.schema
    .createIndex('eval_runs_type_idx')
    .on('eval_runs')
    .columns(['run_type', 'started_at'])
    .execute();
  // One baseline per run type and category (null category = all categories).
  await db.schema
    .createIndex('eval_runs_baseline_unique')
    .on('eval_runs')
    .columns(['run_type'])
    .expression(sql`(coalesce(category, ''))`)
    .unique()
    .where(sql<boolean>`is_baseline`)
    .execute();

  await db.schema
    .createTable('eval_results')
    .addColumn('id', 'bigserial', (col) => col.primaryKey())
    .addColumn('run_id', 'bigint', (col) => col.notNull().references('eval_runs.id').onDelete('cascade'))
    .addColumn('case_id', 'text', (col) => col.notNull())
    .addColumn('category', 'text')
    .addColumn('predicted_category', 'text')
    .addColumn('passed', 'boolean', (col) => col.notNull())
    .addColumn('scores', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('details', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('eval_results_case_unique', ['run_id', 'case_id'])
    .execute();

  await db.schema
    .createTable('instruction_suggestions')
    .addColumn('id', 'bigserial', (col) => col.primaryKey())
    .addColumn('category', 'text', (col) => col.notNull())
    .addColumn('source', 'text', (col) => col.notNull().defaultTo('eval'))
    .addColumn('pattern', 'text', (col) => col.notNull())
    .addColumn('frequency', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('suggested_instruction', 'text', (col) => col.notNull())
    .addColumn('rationale', 'text')
    .addColumn('evidence', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('eval_run_id', 'bigint', (col) => col.references('eval_runs.id').onDelete('set null'))
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('pending'))
    .addColumn('reviewed_by', 'text')
    .addColumn('reviewed_at', 'timestamptz')
    .addColumn('review_note', 'text')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('instruction_suggestions_source_check', sql`source in ('eval', 'corrections')`)
    .addCheckConstraint(
      'instruction_suggestions_status_check',
      sql`status in ('pending', 'approved', 'rejected')`,
    )
    .execute();
  // A weekly run that finds the same pattern again must not queue a second pending suggestion.
  await db.schema
    .createIndex('instruction_suggestions_pending_unique')
    .on('instruction_suggestions')
    .columns(['category', 'pattern'])
    .unique()
    .where(sql<boolean>`status = 'pending'`)
    .execute();

  await db.schema
    .createTable('instruction_versions')
    .addColumn('id', 'bigserial', (col) => col.primaryKey())
    .addColumn('category', 'text', (col) => col.notNull())
    .addColumn('specialist', 'text')
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('content', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('draft'))
    .addColumn('created_by', 'text', (col) => col.notNull().defaultTo('system'))
    .addColumn('suggestion_id', 'bigint', (col) =>
      col.references('instruction_suggestions.id').onDelete('set null'),
    )
    .addColumn('change_note', 'text')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('deployed_at', 'timestamptz')
    .addColumn('rolled_back_at', 'timestamptz')
    .addUniqueConstraint('instruction_versions_version_unique', ['category', 'version'])
    .addCheckConstraint(
      'instruction_versions_status_check',
      sql`status in ('draft', 'deployed', 'rolled_back', 'retired')`,
    )
    .execute();
  await db.schema
    .createIndex('instruction_versions_deployed_unique')
    .on('instruction_versions')
    .column('category')
    .unique()
    .where(sql<boolean>`status = 'deployed'`)
    .execute();

  await db.schema
    .createTable('qa_failure_patterns')
    .addColumn('id', 'bigserial', (col) => col.primaryKey())
    .addColumn('category', 'text', (col) => col.notNull())
    .addColumn('pattern', 'text', (col) => col.notNull())
    .addColumn('description', 'text')
    .addColumn('frequency', 'integer', (col) => col.notNull())
    .addColumn('examples', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('window_start', 'timestamptz', (col) => col.notNull())
    .addColumn('window_end', 'timestamptz', (col) => col.notNull())
    .addColumn('eval_run_id', 'bigint', (col) => col.references('eval_runs.id').onDelete('set null'))
    .addColumn('suggestion_id', 'bigint', (col) =>
      col.references('instruction_suggestions.id').onDelete('set null'),
    )
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('qa_failure_patterns_window_unique', ['category', 'pattern', 'window_start'])
    .execute();
  await db.schema
    .createIndex('qa_failure_patterns_category_idx')
    .on('qa_failure_patterns')
    .columns(['category', 'created_at'])
    .execute();
}

/** Drops the tables in reverse dependency order. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'qa_failure_patterns',
    'instruction_versions',
    'instruction_suggestions',
    'eval_results',
    'eval_runs',
    'corrections',
    'customer_memories',
    'customer_memory',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

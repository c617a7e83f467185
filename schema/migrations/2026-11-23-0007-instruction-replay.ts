import { sql, type Kysely } from 'kysely';

/**
 * Replays of stored turns against a candidate instruction version: `eval_runs.run_type` accepts
 * 'replay', and each turn row keeps the key of the customer message it answered so a replay can
 * find that message again. Frozen.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('eval_runs').dropConstraint('eval_runs_type_check').execute();
  await db.schema
    .alterTable('eval_runs')
    .addCheckConstraint(
      'eval_runs_type_check',
      sql`run_type in ('golden', 'eval_learning', 'correction_learning', 'replay')`,
    )
    .execute();
  await db.schema
    .createIndex('eval_runs_workflow_idx')
    .on('eval_runs')
    .column('workflow_id')
    .where(sql<boolean>`workflow_id is not null`)
    .execute();

  // The workflow's message id (`cw-<chatwoot id>` or the widget's id); null for turns recorded before.
  await db.schema.alterTable('conversation_turns').addColumn('message_key', 'text').execute();
}

/** Drops the column and the replay runs, and restores the previous run types. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('conversation_turns').dropColumn('message_key').execute();
  await db.schema.dropIndex('eval_runs_workflow_idx').execute();
  await sql`delete from eval_runs where run_type = 'replay'`.execute(db);
  await db.schema.alterTable('eval_runs').dropConstraint('eval_runs_type_check').execute();
  await db.schema
    .alterTable('eval_runs')
    .addCheckConstraint(
      'eval_runs_type_check',
      sql`run_type in ('golden', 'eval_learning', 'correction_learning')`,
    )
    .execute();
}

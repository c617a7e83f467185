import type { Kysely } from 'kysely';

/**
 * A change proposed in a drafted web turn is held: the customer does not see its form until the
 * teammate who reviews the draft offers it. `held_at` is set while it is held. Frozen.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('tool_executions').addColumn('held_at', 'timestamptz').execute();
}

/** Drops the column. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('tool_executions').dropColumn('held_at').execute();
}

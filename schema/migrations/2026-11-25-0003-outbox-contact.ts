import { sql, type Kysely } from 'kysely';

/**
 * The outbox also carries a contact update: once a sender has proved an account by the emailed
 * code, Kesher writes the account onto their Chatwoot contact. Frozen.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('outbox').dropConstraint('outbox_kind_check').execute();
  await db.schema
    .alterTable('outbox')
    .addCheckConstraint(
      'outbox_kind_check',
      sql`kind in ('message', 'private_note', 'toggle_status', 'assignment', 'labels', 'contact')`,
    )
    .execute();
}

/** Back to the five kinds (contact rows must be gone first). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('outbox').dropConstraint('outbox_kind_check').execute();
  await db.schema
    .alterTable('outbox')
    .addCheckConstraint(
      'outbox_kind_check',
      sql`kind in ('message', 'private_note', 'toggle_status', 'assignment', 'labels')`,
    )
    .execute();
}

import type { Kysely } from 'kysely';
import type { Database } from '../../schema/tables';

/** The demo customer's id by email. */
export async function customerIdOf(db: Kysely<Database>, email: string): Promise<string> {
  const row = await db
    .selectFrom('customers')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A conversation's write-tool audit row (the tests propose one change per conversation). */
export async function writeAuditOf(db: Kysely<Database>, conversationId: string) {
  return db
    .selectFrom('tool_executions')
    .select([
      'tool_call_id',
      'tool_name',
      'status',
      'approver',
      'user_approved',
      'confirmation_timestamp',
      'proposed_args',
      'approved_args',
      'result',
    ])
    .where('conversation_id', '=', conversationId)
    .where('kind', '=', 'write')
    .executeTakeFirstOrThrow();
}

export type WriteAudit = Awaited<ReturnType<typeof writeAuditOf>>;

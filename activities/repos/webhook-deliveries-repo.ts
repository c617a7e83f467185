import { sql, type Kysely } from 'kysely';
import type { Database } from '../../schema/tables';
import type { JsonObject } from '../../schema/column-types';

/** A delivery waiting in the inbox to be forwarded to its conversation. */
export interface InboxDelivery {
  key: string;
  workflowId: string;
  instruction: JsonObject;
}

/**
 * Claims a webhook delivery for handling and stores what it asks of the conversation. The primary
 * key makes concurrent duplicates race safely: exactly one caller gets `true`.
 */
export async function claimDelivery(
  db: Kysely<Database>,
  delivery: {
    key: string;
    event: string;
    conversationId: string | null;
    workflowId: string | null;
    instruction: JsonObject;
  },
): Promise<boolean> {
  const result = await db
    .insertInto('webhook_deliveries')
    .values({
      delivery_key: delivery.key,
      event: delivery.event,
      conversation_id: delivery.conversationId,
      workflow_id: delivery.workflowId,
      instruction: JSON.stringify(delivery.instruction),
    })
    .onConflict((oc) => oc.column('delivery_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** The delivery reached Temporal: it leaves the inbox (the claim stays, for de-duplication). */
export async function markForwarded(db: Kysely<Database>, key: string): Promise<void> {
  await db
    .updateTable('webhook_deliveries')
    .set({ forwarded_at: sql`now()`, instruction: null, attempts: sql`attempts + 1`, last_error: null })
    .where('delivery_key', '=', key)
    .execute();
}

/** A forwarding attempt failed; the delivery stays in the inbox. */
export async function recordForwardFailure(db: Kysely<Database>, key: string, error: string): Promise<void> {
  await db
    .updateTable('webhook_deliveries')
    .set({ attempts: sql`attempts + 1`, last_error: error.slice(0, 2000) })
    .where('delivery_key', '=', key)
    .execute();
}

/** Deliveries still in the inbox, oldest first (the order they reached the webhook). */
export async function unforwardedDeliveries(db: Kysely<Database>, limit = 1000): Promise<InboxDelivery[]> {
  const rows = await db
    .selectFrom('webhook_deliveries')
    .select(['delivery_key', 'workflow_id', 'instruction'])
    .where('forwarded_at', 'is', null)
    .where('instruction', 'is not', null)
    .orderBy('received_at')
    .orderBy('delivery_key')
    .limit(limit)
    .execute();
  return rows.flatMap((row) =>
    row.workflow_id && row.instruction
      ? [{ key: row.delivery_key, workflowId: row.workflow_id, instruction: row.instruction as JsonObject }]
      : [],
  );
}

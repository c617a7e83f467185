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

/** Deliveries read from the inbox per query. */
const INBOX_PAGE = 1000;

/** Where a page of the inbox ended; the next page starts after it (the timestamp as PostgreSQL wrote it). */
export interface InboxCursor {
  receivedAt: string;
  key: string;
}

/**
 * One page of the deliveries still in the inbox, oldest first (the order they reached the webhook),
 * and the cursor of the next page, or null after the last. Pages follow (received_at, key), so rows
 * forwarded while the pages are read never make another one skipped.
 */
export async function unforwardedDeliveries(
  db: Kysely<Database>,
  after?: InboxCursor,
): Promise<{ deliveries: InboxDelivery[]; next: InboxCursor | null }> {
  const rows = await db
    .selectFrom('webhook_deliveries')
    .select(['delivery_key', 'workflow_id', 'instruction', sql<string>`received_at::text`.as('received_at')])
    .where('forwarded_at', 'is', null)
    .where('instruction', 'is not', null)
    .$if(after !== undefined, (query) =>
      query.where(
        sql<boolean>`(received_at, delivery_key) > (${after?.receivedAt}::timestamptz, ${after?.key})`,
      ),
    )
    .orderBy('received_at')
    .orderBy('delivery_key')
    .limit(INBOX_PAGE)
    .execute();
  const last = rows.at(-1);
  return {
    deliveries: rows.flatMap((row) =>
      row.workflow_id && row.instruction
        ? [{ key: row.delivery_key, workflowId: row.workflow_id, instruction: row.instruction as JsonObject }]
        : [],
    ),
    next:
      rows.length === INBOX_PAGE && last ? { receivedAt: last.received_at, key: last.delivery_key } : null,
  };
}

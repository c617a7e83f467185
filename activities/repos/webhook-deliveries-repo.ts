import type { Kysely } from 'kysely';
import type { Database } from '../../schema/tables';

/**
 * Claims a webhook delivery for handling. The primary key makes concurrent duplicates race
 * safely: exactly one caller gets `true`.
 */
export async function claimDelivery(
  db: Kysely<Database>,
  delivery: { key: string; event: string; conversationId: string | null; workflowId: string | null },
): Promise<boolean> {
  const result = await db
    .insertInto('webhook_deliveries')
    .values({
      delivery_key: delivery.key,
      event: delivery.event,
      conversation_id: delivery.conversationId,
      workflow_id: delivery.workflowId,
    })
    .onConflict((oc) => oc.column('delivery_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Gives a claim back when handing the delivery to Temporal failed, so Chatwoot's retry is handled. */
export async function releaseDelivery(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('webhook_deliveries').where('delivery_key', '=', key).execute();
}

import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../../schema/tables';
import type { OutboundItem, OutboxRepository, OutboxRow } from '../chatwoot/outbox-port';

type Row = Awaited<ReturnType<typeof selectRow>>;

function selectRow(db: Kysely<Database>, key: string) {
  return db.selectFrom('outbox').selectAll().where('idempotency_key', '=', key).executeTakeFirstOrThrow();
}

function toOutboxRow(row: Row): OutboxRow {
  return {
    id: row.id,
    idempotencyKey: row.idempotency_key,
    conversationId: row.conversation_id,
    accountId: row.account_id,
    chatwootConversationId: row.chatwoot_conversation_id,
    kind: row.kind,
    payload: row.payload,
    status: row.status,
    chatwootResponse: row.chatwoot_response,
    error: row.error,
    attempts: row.attempts,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  } as OutboxRow;
}

/** The outbox on the `outbox` table: one row per idempotency key. */
export function createOutboxRepository(db: Kysely<Database>): OutboxRepository {
  return {
    async claim(item: OutboundItem & { status: 'pending' | 'local' }) {
      const inserted = await db
        .insertInto('outbox')
        .values({
          idempotency_key: item.idempotencyKey,
          conversation_id: item.conversationId,
          account_id: item.accountId,
          chatwoot_conversation_id: item.chatwootConversationId,
          kind: item.kind,
          payload: JSON.stringify(item.payload),
          status: item.status,
        })
        .onConflict((oc) => oc.column('idempotency_key').doNothing())
        .returningAll()
        .executeTakeFirst();
      // A new row comes back from the insert; only a repeat reads the stored one.
      if (inserted) return { row: toOutboxRow(inserted), inserted: true };
      return { row: toOutboxRow(await selectRow(db, item.idempotencyKey)), inserted: false };
    },
    async markSent(key, response) {
      await db
        .updateTable('outbox')
        .set({
          status: 'sent',
          chatwoot_response: JSON.stringify(response ?? null),
          error: null,
          sent_at: new Date(),
        })
        .where('idempotency_key', '=', key)
        .execute();
    },
    async markFailed(key, error) {
      await db
        .updateTable('outbox')
        .set({ status: 'failed', error })
        .where('idempotency_key', '=', key)
        .execute();
    },
    async incrementAttempts(key) {
      const row = await db
        .updateTable('outbox')
        .set({ attempts: sql`attempts + 1` })
        .where('idempotency_key', '=', key)
        .returning('attempts')
        .executeTakeFirstOrThrow();
      return row.attempts;
    },
  };
}

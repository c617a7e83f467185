import type { OutboundItem, OutboxRepository, OutboxRow } from '../../activities/chatwoot/outbox-port';

/** An in-memory {@link OutboxRepository} with the `outbox` table's semantics, plus `rows` for assertions. */
export interface InMemoryOutbox extends OutboxRepository {
  rows: Map<string, OutboxRow>;
}

/** Creates an empty in-memory outbox. */
export function createInMemoryOutbox(): InMemoryOutbox {
  const rows = new Map<string, OutboxRow>();
  let nextId = 1;

  const rowOf = (key: string): OutboxRow => {
    const row = rows.get(key);
    if (!row) throw new Error(`no outbox row for ${key}`);
    return row;
  };

  return {
    rows,
    async claim(item: OutboundItem & { status: 'pending' | 'local' }) {
      const existing = rows.get(item.idempotencyKey);
      if (existing) return { row: structuredClone(existing), inserted: false };
      const row = {
        ...structuredClone(item),
        id: nextId++,
        chatwootResponse: null,
        error: null,
        attempts: 0,
        createdAt: new Date(),
        sentAt: null,
      } as OutboxRow;
      rows.set(item.idempotencyKey, row);
      return { row: structuredClone(row), inserted: true };
    },
    async markSent(key, response) {
      Object.assign(rowOf(key), {
        status: 'sent',
        chatwootResponse: structuredClone(response),
        error: null,
        sentAt: new Date(),
      });
    },
    async markFailed(key, error) {
      Object.assign(rowOf(key), { status: 'failed', error });
    },
    async incrementAttempts(key) {
      const row = rowOf(key);
      row.attempts += 1;
      return row.attempts;
    },
  };
}

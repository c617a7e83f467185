import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { OutboundItem } from '../activities/chatwoot/outbox-port';
import { createOutboxRepository } from '../activities/repos/outbox-repo';
import { createTestDatabase, type TestDatabase } from './support/test-db';

let testDb: TestDatabase;
before(async () => {
  testDb = await createTestDatabase();
});
after(async () => {
  await testDb.destroy();
});

const item = (key: string): OutboundItem => ({
  idempotencyKey: key,
  conversationId: 'conversation-1-1',
  accountId: 1,
  chatwootConversationId: 1,
  kind: 'message',
  payload: { content: 'Your box ships on Monday.' },
});

describe('the outbox table', () => {
  test('a first claim stores the item and returns the row; a repeat returns the stored row', async () => {
    const outbox = createOutboxRepository(testDb.db);
    const first = await outbox.claim({ ...item('k-1'), status: 'pending' });
    assert.equal(first.inserted, true);
    assert.equal(first.row.status, 'pending');
    assert.equal(first.row.attempts, 0);
    assert.deepEqual(first.row.payload, { content: 'Your box ships on Monday.' });

    assert.equal(await outbox.incrementAttempts('k-1'), 1);
    await outbox.markSent('k-1', { id: 77 });
    // A retried activity claims again, even with another status: the stored row wins.
    const again = await outbox.claim({ ...item('k-1'), status: 'local' });
    assert.equal(again.inserted, false);
    assert.equal(again.row.id, first.row.id);
    assert.equal(again.row.status, 'sent');
    assert.equal(again.row.attempts, 1);
    assert.deepEqual(again.row.chatwootResponse, { id: 77 });
    assert.ok(again.row.sentAt instanceof Date);
  });

  test('a failed attempt keeps its error until a later one succeeds', async () => {
    const outbox = createOutboxRepository(testDb.db);
    await outbox.claim({ ...item('k-2'), status: 'pending' });
    await outbox.markFailed('k-2', 'Chatwoot answered 502');
    const failed = await outbox.claim({ ...item('k-2'), status: 'pending' });
    assert.equal(failed.inserted, false);
    assert.equal(failed.row.status, 'failed');
    assert.equal(failed.row.error, 'Chatwoot answered 502');
    await outbox.markSent('k-2', { id: 78 });
    const sent = await outbox.claim({ ...item('k-2'), status: 'pending' });
    assert.equal(sent.row.status, 'sent');
    assert.equal(sent.row.error, null);
  });
});

/**
 * The webhook inbox: a delivery is answered once stored, forwarded in order per conversation,
 * retried while Temporal refuses it, and forwarded by the next process when this one stopped first.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import pino from 'pino';
import { claimDelivery, type InboxDelivery } from '../activities/repos/webhook-deliveries-repo';
import { interpretWebhook } from '../api/chatwoot/interpret-webhook';
import { parseChatwootWebhook } from '../api/chatwoot/parse-webhook';
import { createWebhookInbox, type WebhookInbox } from '../api/inbox/webhook-inbox';
import type { JsonObject } from '../schema/column-types';
import { startKesher } from '../workers/system';
import { conversationViewQuery } from '../workflows/messages';
import { eventually, startHarness, temporalAddress, type Harness } from './support/kesher-harness';
import { createTestDatabase, type TestDatabase } from './support/test-db';
import { customerMessage, postWebhook } from './support/webhooks';

const log = pino({ level: 'silent' });
const FAST = { initialMs: 10, maxMs: 40 };

async function stored(db: TestDatabase['db'], key: string, workflowId: string): Promise<InboxDelivery> {
  const instruction = { action: 'customer_message', note: key };
  assert.ok(
    await claimDelivery(db, {
      key,
      event: 'customer_message',
      conversationId: workflowId,
      workflowId,
      instruction,
    }),
  );
  return { key, workflowId, instruction };
}

/** An inbox whose forward step only records the keys it was handed. */
function recordingInbox(database: TestDatabase): { inbox: WebhookInbox; forwarded: string[] } {
  const forwarded: string[] = [];
  const inbox = createWebhookInbox({
    db: database.db,
    log,
    retry: FAST,
    forward: async (delivery) => {
      forwarded.push(delivery.key);
    },
  });
  return { inbox, forwarded };
}

async function row(db: TestDatabase['db'], key: string) {
  return db
    .selectFrom('webhook_deliveries')
    .select(['forwarded_at', 'attempts', 'last_error', 'instruction'])
    .where('delivery_key', '=', key)
    .executeTakeFirstOrThrow();
}

describe('the webhook inbox', () => {
  let testDb: TestDatabase;
  before(async () => {
    testDb = await createTestDatabase();
  });
  after(async () => {
    await testDb?.destroy();
  });

  test('a refused forward is retried until it goes through; a conversation’s deliveries keep their order', async () => {
    const forwarded: string[] = [];
    let refusals = 2;
    const inbox = createWebhookInbox({
      db: testDb.db,
      log,
      retry: FAST,
      forward: async (delivery) => {
        if (delivery.key === 'a1' && refusals-- > 0) throw new Error('Temporal unavailable');
        forwarded.push(delivery.key);
      },
    });
    const a1 = await stored(testDb.db, 'a1', 'conversation-1-1');
    const a2 = await stored(testDb.db, 'a2', 'conversation-1-1');
    const b1 = await stored(testDb.db, 'b1', 'conversation-1-2');
    inbox.enqueue(a1);
    inbox.enqueue(a2);
    inbox.enqueue(b1);
    inbox.enqueue(a1); // queued twice: forwarded once
    await inbox.idle();
    assert.deepEqual(forwarded, ['b1', 'a1', 'a2'], 'a2 waited for a1; b1 did not');
    const first = await row(testDb.db, 'a1');
    assert.ok(first.forwarded_at instanceof Date);
    assert.equal(first.attempts, 3, 'two refusals and the forward');
    assert.equal(first.last_error, null);
    assert.equal(first.instruction, null, 'a forwarded delivery keeps only its claim');
    await inbox.close();
  });

  test('what a closed inbox could not forward is forwarded by the next one, oldest first', async () => {
    const stopped = createWebhookInbox({
      db: testDb.db,
      log,
      retry: FAST,
      forward: () => Promise.reject(new Error('connection refused')),
    });
    const c1 = await stored(testDb.db, 'c1', 'conversation-1-3');
    const c2 = await stored(testDb.db, 'c2', 'conversation-1-3');
    stopped.enqueue(c1);
    stopped.enqueue(c2);
    await eventually(async () => ((await row(testDb.db, 'c1')).attempts >= 2 ? true : undefined));
    await stopped.close();
    const left = await row(testDb.db, 'c1');
    assert.equal(left.forwarded_at, null);
    assert.match(left.last_error ?? '', /connection refused/);

    const { inbox: next, forwarded } = recordingInbox(testDb);
    assert.equal(await next.resume(), 2);
    await next.idle();
    assert.deepEqual(forwarded, ['c1', 'c2']);
    assert.equal(await next.resume(), 0, 'nothing is left');
    await next.close();
  });

  test('a restart forwards everything the inbox held, past the first page, even rows stored in one instant', async () => {
    // One statement: every row gets the same received_at, so only the key orders them.
    const keys = Array.from({ length: 1205 }, (_, i) => `page-${String(i).padStart(4, '0')}`);
    await testDb.db
      .insertInto('webhook_deliveries')
      .values(
        keys.map((key) => ({
          delivery_key: key,
          event: 'customer_message',
          conversation_id: `conversation-1-${key}`,
          workflow_id: `conversation-1-${key}`,
          instruction: JSON.stringify({ action: 'customer_message', note: key }),
        })),
      )
      .execute();
    const { inbox, forwarded } = recordingInbox(testDb);
    assert.equal(await inbox.resume(), 1205, 'more than one page of 1000');
    await inbox.idle();
    assert.deepEqual(forwarded.filter((key) => key.startsWith('page-')).sort(), keys);
    assert.equal(await inbox.resume(), 0, 'nothing is left');
    await inbox.close();
  });
});

describe('a Chatwoot delivery through the inbox', () => {
  let harness: Harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => {
    await harness?.close();
  });

  test('the webhook answers once the delivery is stored; it then reaches its conversation', async () => {
    const conversationId = 56_001;
    const workflowId = `conversation-1-${conversationId}`;
    const accepted = await postWebhook(
      harness.url,
      customerMessage({
        conversationId,
        messageId: 560_010,
        content: 'When is my next charge?',
        email: 'sarah.mitchell@example.com',
      }),
      { deliveryId: randomUUID() },
    );
    assert.equal(accepted.status, 200);
    assert.equal(((await accepted.json()) as { status: string }).status, 'accepted');
    // The API reports its own time, and the share spent storing the claim, for the benchmark.
    const timing = /^claim;dur=([\d.]+), total;dur=([\d.]+)$/.exec(
      accepted.headers.get('server-timing') ?? '',
    );
    assert.ok(timing, `Server-Timing: ${accepted.headers.get('server-timing')}`);
    assert.ok(Number(timing[1]) <= Number(timing[2]), 'the claim is part of the total');
    const handle = harness.system.client.workflow.getHandle(workflowId);
    await eventually(
      async () =>
        (await handle.query(conversationViewQuery).catch(() => null))?.turnCount === 1 ? true : undefined,
      45_000,
      'the first turn',
    );
    const rows = await harness.db
      .selectFrom('webhook_deliveries')
      .select(['forwarded_at', 'instruction'])
      .where('workflow_id', '=', workflowId)
      .execute();
    assert.equal(rows.length, 1);
    assert.ok(rows[0]!.forwarded_at instanceof Date);
    assert.equal(rows[0]!.instruction, null);
  });

  test('a delivery stored by a process that stopped before forwarding it is forwarded by the next API', async () => {
    const conversationId = 56_002;
    const workflowId = `conversation-1-${conversationId}`;
    const parsed = parseChatwootWebhook(
      customerMessage({
        conversationId,
        messageId: 560_020,
        content: 'Where is my November box?',
        email: 'sarah.mitchell@example.com',
      }),
    );
    assert.ok(parsed.ok);
    const instruction = interpretWebhook(parsed.payload, { botName: harness.config.chatwoot.botName });
    assert.equal(instruction.action, 'customer_message');
    await claimDelivery(harness.db, {
      key: `stored-${randomUUID()}`,
      event: instruction.action,
      conversationId: workflowId,
      workflowId,
      instruction: instruction as unknown as JsonObject,
    });
    const api = await startKesher({
      config: harness.config,
      log,
      temporalAddress: temporalAddress(),
      roles: { api: true, worker: false },
      overrides: { db: harness.db },
    });
    try {
      const handle = harness.system.client.workflow.getHandle(workflowId);
      const view = await eventually(
        async () => {
          const state = await handle.query(conversationViewQuery).catch(() => null);
          return state?.turnCount === 1 ? state : undefined;
        },
        45_000,
        'the stored message to be answered',
      );
      assert.equal(view.lastOutcome?.kind === 'skipped', false);
    } finally {
      await api.close();
    }
  });
});

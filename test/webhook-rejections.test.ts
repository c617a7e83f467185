import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { startHarness, type Harness } from './support/kesher-harness';
import { customerMessage, postWebhook } from './support/webhooks';

let harness: Harness;

before(async () => {
  harness = await startHarness({ env: { BODY_LIMIT: '64kb' } });
});
after(async () => {
  await harness?.close();
});

type Case = { name: string; send: () => Promise<Response> };

function valid(): Record<string, any> {
  return customerMessage({ conversationId: 777, messageId: 999_000, content: 'Where is my box?' });
}

function mutated(mutate: (payload: Record<string, any>) => void): Record<string, any> {
  const payload = valid();
  mutate(payload);
  return payload;
}

const url = (): string => harness.url;
const now = (): number => Math.floor(Date.now() / 1000);

/** Fifty bodies Chatwoot would never send, or that someone other than Chatwoot sent. */
function badDeliveries(): Case[] {
  const cases: Case[] = [
    { name: 'unsigned', send: () => postWebhook(url(), valid(), { secret: null }) },
    {
      name: 'signed with the wrong secret',
      send: () => postWebhook(url(), valid(), { secret: 'not-the-secret' }),
    },
    { name: 'stale timestamp', send: () => postWebhook(url(), valid(), { timestamp: now() - 3600 }) },
    {
      name: 'timestamp from the future',
      send: () => postWebhook(url(), valid(), { timestamp: now() + 3600 }),
    },
    {
      name: 'non-numeric timestamp',
      send: () => postWebhook(url(), valid(), { headers: { 'x-chatwoot-timestamp': 'yesterday' } }),
    },
    {
      name: 'signature without prefix',
      send: () => postWebhook(url(), valid(), { headers: { 'x-chatwoot-signature': 'deadbeef' } }),
    },
    {
      name: 'signature of another body',
      send: () =>
        postWebhook(url(), valid(), { headers: { 'x-chatwoot-signature': `sha256=${'0'.repeat(64)}` } }),
    },
    { name: 'empty body', send: () => postWebhook(url(), '') },
    { name: 'not JSON', send: () => postWebhook(url(), 'hello') },
    { name: 'truncated JSON', send: () => postWebhook(url(), JSON.stringify(valid()).slice(0, 200)) },
    { name: 'JSON null', send: () => postWebhook(url(), 'null') },
    { name: 'JSON array', send: () => postWebhook(url(), '[1,2,3]') },
    { name: 'JSON string', send: () => postWebhook(url(), '"message_created"') },
    { name: 'JSON number', send: () => postWebhook(url(), '42') },
    {
      name: 'too large',
      send: () =>
        postWebhook(
          url(),
          mutated((p) => (p.content = 'x'.repeat(100_000))),
        ),
    },
    { name: 'empty object', send: () => postWebhook(url(), {}) },
  ];
  const mutations: Array<[string, (p: Record<string, any>) => void]> = [
    ['no event', (p) => delete p.event],
    ['unknown event', (p) => (p.event = 'message_exploded')],
    ['event is a number', (p) => (p.event = 7)],
    ['no id', (p) => delete p.id],
    ['id is a string', (p) => (p.id = 'abc')],
    ['id is negative', (p) => (p.id = -5)],
    ['id is a float', (p) => (p.id = 1.5)],
    ['id is huge', (p) => (p.id = 1e300)],
    ['no account', (p) => delete p.account],
    ['account is null', (p) => (p.account = null)],
    ['account id is a string', (p) => (p.account.id = 'one')],
    ['no conversation', (p) => delete p.conversation],
    ['conversation is a string', (p) => (p.conversation = 'conv')],
    ['conversation id missing', (p) => delete p.conversation.id],
    ['conversation id is a string', (p) => (p.conversation.id = '17')],
    ['conversation id is null', (p) => (p.conversation.id = null)],
    ['message_type unknown', (p) => (p.message_type = 'shouting')],
    ['message_type is an integer', (p) => (p.message_type = 0)],
    ['private is a string', (p) => (p.private = 'no')],
    ['content is an object', (p) => (p.content = { text: 'hi' })],
    ['content is a number', (p) => (p.content = 12)],
    ['created_at is a number', (p) => (p.created_at = 'not a date')],
    ['sender is a string', (p) => (p.sender = 'customer')],
    ['sender type unknown', (p) => (p.sender = { id: 1, name: 'x', type: 'robot' })],
    ['attachments is an object', (p) => (p.attachments = { id: 1 })],
    ['attachment without id', (p) => (p.attachments = [{ file_type: 'image' }])],
    ['sender is a number', (p) => (p.sender = 5)],
    ['conversation status unknown', (p) => (p.conversation.status = 'exploded')],
    ['conversation id zero', (p) => (p.conversation.id = 0)],
    ['account id zero', (p) => (p.account.id = 0)],
    ['content_attributes is an array', (p) => (p.content_attributes = [1])],
    [
      'conversation event without id',
      (p) => {
        p.event = 'conversation_status_changed';
        delete p.id;
        delete p.conversation;
      },
    ],
    [
      'typing event without conversation',
      (p) => {
        p.event = 'conversation_typing_on';
        delete p.conversation;
      },
    ],
    [
      'status change with bad status',
      (p) => {
        p.event = 'conversation_status_changed';
        p.status = 'gone';
      },
    ],
  ];
  for (const [name, mutate] of mutations) {
    cases.push({ name, send: () => postWebhook(url(), mutated(mutate), { deliveryId: randomUUID() }) });
  }
  return cases;
}

describe('malformed or unauthenticated webhooks', () => {
  test('fifty bad deliveries each get a 4xx with a reason, start no workflow, and the API stays up', async () => {
    const cases = badDeliveries();
    assert.ok(cases.length >= 50, `${cases.length} cases`);
    const failures: string[] = [];
    for (const badCase of cases) {
      const response = await badCase.send();
      const body = (await response.json().catch(() => null)) as {
        error?: { code?: string; message?: string };
      } | null;
      const ok =
        response.status >= 400 && response.status < 500 && !!body?.error?.code && !!body.error.message;
      if (!ok) failures.push(`${badCase.name}: ${response.status} ${JSON.stringify(body)}`);
    }
    assert.deepEqual(failures, []);

    const deliveries = await harness.db.selectFrom('webhook_deliveries').select('delivery_key').execute();
    assert.equal(deliveries.length, 0, 'no delivery was claimed');
    const started = await harness.system.client.workflow.count(
      `TaskQueue = "${harness.config.temporal.taskQueue}"`,
    );
    assert.equal(started.count, 0, 'no workflow started');

    const health = await fetch(`${harness.url}/health`);
    assert.equal(health.status, 200);
    const good = await postWebhook(url(), valid(), { deliveryId: randomUUID() });
    assert.equal(good.status, 200, 'a good delivery is still accepted afterwards');
  });
});

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createChatwootClient, type ChatwootClient } from '../activities/chatwoot/chatwoot-client';
import {
  ChatwootClientError,
  ChatwootHttpError,
  ChatwootUnavailableError,
} from '../activities/chatwoot/chatwoot-errors';
import { deliverOutbound, KESHER_KEY_ATTRIBUTE } from '../activities/chatwoot/deliver-message';
import type { OutboundItem } from '../activities/chatwoot/outbox-port';
import { startFakeChatwoot, type FakeChatwoot, type RecordedRequest } from './support/fake-chatwoot-server';
import { createInMemoryOutbox } from './support/in-memory-outbox';
import { apiExample, type ApiExample } from './support/chatwoot-fixtures';

const TOKEN = 'user-token-123';
const BOT_TOKEN = 'bot-token-456';

let fake: FakeChatwoot;
let client: ChatwootClient;
let botClient: ChatwootClient;

before(async () => {
  fake = await startFakeChatwoot({ token: TOKEN, botToken: BOT_TOKEN });
  client = createChatwootClient({ baseUrl: `${fake.url}/`, apiToken: TOKEN });
  botClient = createChatwootClient({ baseUrl: fake.url, apiToken: BOT_TOKEN });
});

after(async () => {
  await fake.close();
});

/** Runs `action` and returns the one request it made. */
async function oneRequest(
  action: () => Promise<unknown>,
): Promise<{ request: RecordedRequest; result: unknown }> {
  const start = fake.requests.length;
  const result = await action();
  const made = fake.requests.slice(start);
  assert.equal(made.length, 1, 'exactly one request');
  return { request: made[0]!, result };
}

/** The request matches the example's method, path, query, headers and body. */
function assertMatchesExample(
  request: RecordedRequest,
  example: ApiExample,
  token = TOKEN,
  body = example.request.body,
): void {
  const url = new URL(example.request.url);
  assert.equal(request.method, example.request.method);
  assert.equal(request.path, url.pathname);
  assert.deepEqual(request.query, Object.fromEntries(url.searchParams));
  assert.equal(request.headers['api_access_token'], token);
  assert.equal(request.headers['content-type'], example.request.headers['Content-Type']);
  assert.deepEqual(request.body, body);
}

void describe('Chatwoot client: requests match the API examples', () => {
  void test('create message: bot reply', async () => {
    const example = apiExample('create_message.bot_reply');
    const { request, result } = await oneRequest(() =>
      botClient.createMessage(1, 17, {
        content: 'Let me check order #1234 for you.',
        private: false,
        contentType: 'text',
      }),
    );
    assertMatchesExample(request, example, BOT_TOKEN);
    // The fake answers with the same fields Chatwoot does.
    assert.deepEqual(
      Object.keys(result as object).sort(),
      Object.keys(example.response_200 as object).sort(),
    );
    assert.equal((result as { message_type: number }).message_type, 1);
  });

  void test('create message: private note', async () => {
    const example = apiExample('create_message.private_note');
    const { request, result } = await oneRequest(() =>
      client.createMessage(1, 17, { content: 'Customer is VIP - expedite refund', private: true }),
    );
    assertMatchesExample(request, example);
    assert.equal((result as { private: boolean }).private, true);
  });

  void test('create message: input_select (message_type and private sent explicitly, with their defaults)', async () => {
    const example = apiExample('create_message.input_select');
    const body = example.request.body as {
      content: string;
      content_type: string;
      content_attributes: Record<string, unknown>;
    };
    const { request } = await oneRequest(() =>
      botClient.createMessage(1, 17, {
        content: body.content,
        contentType: body.content_type,
        contentAttributes: body.content_attributes,
      }),
    );
    assertMatchesExample(request, example, BOT_TOKEN, {
      content: body.content,
      message_type: 'outgoing',
      private: false,
      content_type: body.content_type,
      content_attributes: body.content_attributes,
    });
  });

  void test('toggle status: back to the bot, then handoff by the bot (success null), then snooze', async () => {
    const back = await oneRequest(() => client.toggleStatus(1, 17, 'pending'));
    assertMatchesExample(back.request, apiExample('toggle_status.back_to_bot'));
    assert.deepEqual(
      back.result,
      (apiExample('toggle_status.back_to_bot').response_200 as { payload: unknown }).payload,
    );

    const handoff = await oneRequest(() => botClient.toggleStatus(1, 17, 'open'));
    assertMatchesExample(handoff.request, apiExample('toggle_status.handoff_by_bot'), BOT_TOKEN);
    assert.deepEqual(
      handoff.result,
      (apiExample('toggle_status.handoff_by_bot').response_200 as { payload: unknown }).payload,
    );

    const snooze = await oneRequest(() => client.toggleStatus(1, 17, 'snoozed', 1776762000));
    assertMatchesExample(snooze.request, apiExample('toggle_status.snooze'));
    assert.equal(fake.conversation(1, 17).snoozedUntil, 1776762000);
  });

  void test('assign an agent, a team, an agent bot', async () => {
    const agent = await oneRequest(() => client.assign(1, 17, { assigneeId: 7 }));
    assertMatchesExample(agent.request, apiExample('assign.agent'));
    assert.equal((agent.result as { id: number }).id, 7);
    assertMatchesExample(
      (await oneRequest(() => client.assign(1, 17, { teamId: 2 }))).request,
      apiExample('assign.team'),
    );
    assertMatchesExample(
      (await oneRequest(() => client.assign(1, 17, { agentBotId: 2 }))).request,
      apiExample('assign.agent_bot'),
    );
    assert.deepEqual(fake.conversation(1, 17).assignee, { id: 2, type: 'AgentBot' });
  });

  void test('set labels replaces the list; add labels sends the union with the current labels', async () => {
    const example = apiExample('labels.set');
    const set = await oneRequest(() => client.setLabels(1, 17, ['billing', 'vip']));
    assertMatchesExample(set.request, example);
    assert.deepEqual(set.result, (example.response_200 as { payload: string[] }).payload);

    const add = await oneRequest(() => client.addLabels(1, 17, ['billing', 'vip'], ['vip', 'shipping']));
    assert.deepEqual(add.request.body, { labels: ['billing', 'vip', 'shipping'] });
    assert.deepEqual(fake.conversation(1, 17).labels, ['billing', 'vip', 'shipping']);
  });

  void test('list messages before a message id', async () => {
    const { request, result } = await oneRequest(() => client.listMessages(1, 17, { before: 1005 }));
    assertMatchesExample(request, apiExample('messages.list'));
    const ids = (result as { payload: Array<{ id: number }> }).payload.map((m) => m.id);
    assert.ok(ids.length > 0 && ids.every((id) => id < 1005));
  });

  void test('ids that are not positive integers never reach a URL', () => {
    assert.throws(() => client.listMessages(1, 0), TypeError);
    assert.throws(() => client.createMessage(1.5, 17, { content: 'x' }), TypeError);
  });
});

void describe('Chatwoot client: failures are classified', () => {
  void test('500 and 429 are retryable', async () => {
    for (const status of [500, 503, 429]) {
      fake.failNext(1, status);
      const error = await client.toggleStatus(1, 18, 'open').catch((e: unknown) => e);
      assert.ok(error instanceof ChatwootUnavailableError, `status ${status}`);
      assert.equal(error.status, status);
      assert.equal(error.retryable, true);
      assert.equal(error.type, 'ChatwootUnavailableError');
      assert.equal(error.reason, status === 429 ? 'rate_limited' : 'server_error');
    }
  });

  void test('a bad token (401) and a bot calling a user-only endpoint are client errors, not retried', async () => {
    const wrong = createChatwootClient({ baseUrl: fake.url, apiToken: 'nope' });
    const error = await wrong.createMessage(1, 17, { content: 'hi' }).catch((e: unknown) => e);
    assert.ok(error instanceof ChatwootClientError);
    assert.equal(error.status, 401);
    assert.equal(error.retryable, false);
    assert.equal(error.name, 'ChatwootClientError', 'Temporal uses the class name as the failure type');
    assert.match(error.responseBody, /Invalid Access Token/);

    const botList = await botClient.listMessages(1, 17).catch((e: unknown) => e);
    assert.ok(botList instanceof ChatwootClientError);
    assert.match(botList.responseBody, /not authorized for bots/);
  });

  void test('an unreachable server and a timeout are retryable', async () => {
    const closed = await startFakeChatwoot({ token: TOKEN });
    const url = closed.url;
    await closed.close();
    const network = await createChatwootClient({ baseUrl: url, apiToken: TOKEN })
      .setLabels(1, 17, [])
      .catch((e: unknown) => e);
    assert.ok(network instanceof ChatwootHttpError && network.retryable && network.reason === 'network');

    fake.delayNext(500);
    const quick = createChatwootClient({ baseUrl: fake.url, apiToken: TOKEN, timeoutMs: 50 });
    const timeout = await quick.setLabels(1, 19, ['a']).catch((e: unknown) => e);
    assert.ok(
      timeout instanceof ChatwootUnavailableError && timeout.reason === 'timeout' && timeout.status === null,
    );
  });
});

void describe('deliverOutbound: at most once per idempotency key', () => {
  let conversation = 100;
  const message = (key: string, extra: Partial<OutboundItem> = {}): OutboundItem =>
    ({
      idempotencyKey: key,
      conversationId: 'conversation-1-x',
      accountId: 1,
      chatwootConversationId: conversation,
      kind: 'message',
      payload: { content: `reply for ${key}` },
      ...extra,
    }) as OutboundItem;
  const posts = (conversationId: number): RecordedRequest[] =>
    fake.requests.filter(
      (r) => r.method === 'POST' && r.path === `/api/v1/accounts/1/conversations/${conversationId}/messages`,
    );

  void test('without Chatwoot the item stays in the local outbox, and again on a repeat', async () => {
    const outbox = createInMemoryOutbox();
    const before = fake.requests.length;
    const first = await deliverOutbound({ outbox, client: undefined }, message('local-1'));
    assert.deepEqual(first, {
      idempotencyKey: 'local-1',
      status: 'local',
      response: null,
      chatwootMessageId: null,
      deduplicated: false,
    });
    const again = await deliverOutbound({ outbox, client: undefined }, message('local-1'));
    assert.equal(again.status, 'local');
    assert.equal(again.deduplicated, true);
    assert.equal(outbox.rows.get('local-1')?.status, 'local');
    assert.equal(fake.requests.length, before, 'no call to Chatwoot');
  });

  void test('a message is posted once with its key, and a repeat returns the stored result', async () => {
    conversation += 1;
    const outbox = createInMemoryOutbox();
    const first = await deliverOutbound({ outbox, client }, message('turn-1:reply'));
    assert.equal(first.status, 'sent');
    assert.equal(first.deduplicated, false);
    const body = posts(conversation)[0]?.body as Record<string, unknown>;
    assert.equal(body['echo_id'], 'turn-1:reply');
    assert.deepEqual(body['content_attributes'], { [KESHER_KEY_ATTRIBUTE]: 'turn-1:reply' });

    const again = await deliverOutbound({ outbox, client }, message('turn-1:reply'));
    assert.deepEqual(again, { ...first, deduplicated: true });
    assert.equal(posts(conversation).length, 1);
    assert.equal(outbox.rows.get('turn-1:reply')?.status, 'sent');
  });

  void test('a retry after a lost response finds the posted message and posts nothing', async () => {
    conversation += 1;
    const outbox = createInMemoryOutbox();
    const impatient = createChatwootClient({ baseUrl: fake.url, apiToken: TOKEN, timeoutMs: 100 });
    fake.delayNext(400);
    await assert.rejects(
      deliverOutbound({ outbox, client: impatient }, message('turn-2:reply')),
      (e: unknown) => e instanceof ChatwootUnavailableError && e.reason === 'timeout',
    );
    assert.equal(outbox.rows.get('turn-2:reply')?.status, 'failed');
    assert.equal(fake.messages(1, conversation).length, 1, 'Chatwoot did create it');

    const retry = await deliverOutbound({ outbox, client: impatient }, message('turn-2:reply'));
    assert.equal(retry.status, 'sent');
    assert.equal(retry.deduplicated, true);
    assert.equal(retry.chatwootMessageId, fake.messages(1, conversation)[0]?.id);
    assert.equal(posts(conversation).length, 1, 'exactly one post');
    assert.equal(fake.messages(1, conversation).length, 1);
    assert.equal(outbox.rows.get('turn-2:reply')?.attempts, 2);
  });

  void test('a retry after a 500 (nothing posted) posts exactly once', async () => {
    conversation += 1;
    const outbox = createInMemoryOutbox();
    fake.failNext(1, 500);
    await assert.rejects(
      deliverOutbound({ outbox, client }, message('turn-3:note', { kind: 'private_note' })),
      ChatwootUnavailableError,
    );
    const retry = await deliverOutbound({ outbox, client }, message('turn-3:note', { kind: 'private_note' }));
    assert.equal(retry.deduplicated, false);
    assert.equal(fake.messages(1, conversation).length, 1);
    assert.equal(fake.messages(1, conversation)[0]?.private, true);
  });

  void test('a 4xx is recorded as failed and rethrown as a non-retryable error', async () => {
    const outbox = createInMemoryOutbox();
    const wrong = createChatwootClient({ baseUrl: fake.url, apiToken: 'nope' });
    await assert.rejects(
      deliverOutbound({ outbox, client: wrong }, message('turn-4:reply')),
      ChatwootClientError,
    );
    const row = outbox.rows.get('turn-4:reply');
    assert.equal(row?.status, 'failed');
    assert.match(row?.error ?? '', /401/);
  });

  void test('with a bot token the lost-response check cannot list messages: it warns and re-posts', async () => {
    conversation += 1;
    const outbox = createInMemoryOutbox();
    const warnings: string[] = [];
    const impatientBot = createChatwootClient({ baseUrl: fake.url, apiToken: BOT_TOKEN, timeoutMs: 100 });
    const deps = { outbox, client: impatientBot, warn: (m: string) => void warnings.push(m) };
    fake.delayNext(400);
    await assert.rejects(deliverOutbound(deps, message('turn-5:reply')));
    await deliverOutbound(deps, message('turn-5:reply'));
    assert.equal(warnings.length, 1);
    assert.equal(fake.messages(1, conversation).length, 2, 'at-least-once when the token may not list');
  });

  void test('status, assignment and labels go through the outbox too', async () => {
    conversation += 1;
    const outbox = createInMemoryOutbox();
    const base = { conversationId: 'conversation-1-x', accountId: 1, chatwootConversationId: conversation };
    const status = await deliverOutbound(
      { outbox, client },
      { ...base, idempotencyKey: 's', kind: 'toggle_status', payload: { status: 'open' } },
    );
    assert.deepEqual(status.response, {
      success: true,
      conversation_id: conversation,
      current_status: 'open',
      snoozed_until: null,
    });
    await deliverOutbound(
      { outbox, client },
      { ...base, idempotencyKey: 'a', kind: 'assignment', payload: { teamId: 4 } },
    );
    await deliverOutbound(
      { outbox, client },
      {
        ...base,
        idempotencyKey: 'l',
        kind: 'labels',
        payload: { mode: 'add', current: ['vip'], labels: ['escalated'] },
      },
    );
    await deliverOutbound(
      { outbox, client },
      {
        ...base,
        idempotencyKey: 'l',
        kind: 'labels',
        payload: { mode: 'add', current: ['vip'], labels: ['escalated'] },
      },
    );
    assert.deepEqual(fake.conversation(1, conversation), {
      status: 'open',
      snoozedUntil: null,
      labels: ['vip', 'escalated'],
      assignee: null,
      teamId: 4,
    });
    assert.equal(fake.requests.filter((r) => r.path.endsWith(`/${conversation}/labels`)).length, 1);
    assert.deepEqual(
      [...outbox.rows.values()].map((r) => r.status),
      ['sent', 'sent', 'sent'],
    );
  });
});

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseChatwootWebhook } from '../api/chatwoot/parse-webhook';
import {
  interpretWebhook,
  type InterpretOptions,
  type WebhookInstruction,
} from '../api/chatwoot/interpret-webhook';
import { conversationWorkflowId, deliveryKey } from '../api/chatwoot/delivery-key';
import { signChatwootBody, verifyChatwootSignature } from '../api/chatwoot/signature';
import type { ChatwootWebhook } from '../api/chatwoot/webhook-schemas';
import {
  CHATWOOT_FIXTURES,
  webhookFixture,
  webhookFixtureBytes,
  webhookFixtureNames,
  withChanges,
  REMOVE,
} from './support/chatwoot-fixtures';

const OPTIONS: InterpretOptions = { botName: 'Kesher' };

function parse(json: unknown): ChatwootWebhook {
  const result = parseChatwootWebhook(json);
  if (!result.ok) assert.fail(`expected a valid payload: ${result.reason}`);
  return result.payload;
}

function interpret(json: unknown, options = OPTIONS): WebhookInstruction {
  return interpretWebhook(parse(json), options);
}

/** What each reference payload must mean (partial match on the instruction). */
const EXPECTED: Record<string, Record<string, unknown>> = {
  'agent_bot_only.conversation_opened.json': {
    action: 'status_changed',
    accountId: 1,
    conversationId: 17,
    status: 'open',
  },
  'agent_bot_only.conversation_resolved.json': {
    action: 'status_changed',
    accountId: 1,
    conversationId: 17,
    status: 'resolved',
  },
  'contact_created.json': { action: 'ignore', reason: 'contact event' },
  'contact_updated.json': { action: 'ignore', reason: 'contact event' },
  'conversation_created.json': { action: 'ignore' },
  'conversation_status_changed.pending_to_open.json': {
    action: 'status_changed',
    accountId: 1,
    conversationId: 17,
    status: 'open',
    previousStatus: null,
  },
  'conversation_typing_on.json': { action: 'ignore', reason: 'typing indicator' },
  'conversation_updated.assignee_changed.json': {
    action: 'ignore',
    reason: 'no status change (changed: assignee_id, updated_at)',
  },
  'message_created.incoming.from_contact.json': {
    action: 'customer_message',
    accountId: 1,
    conversationId: 17,
    messageId: 1001,
    content: 'Hi, where is my order #1234?',
    contact: { id: 42, name: 'Jane Doe', email: 'jane.doe@example.com' },
    channel: 'Channel::WebWidget',
    attachments: [],
    createdAt: '2026-04-20T09:15:42.123Z',
    conversationStatus: 'pending',
  },
  'message_created.outgoing.from_agent.json': {
    action: 'human_message',
    accountId: 1,
    conversationId: 17,
    messageId: 1004,
    private: false,
    agent: { id: 7, name: 'Sam Agent', email: 'sam@acme.example' },
  },
  'message_created.outgoing.from_agent_bot.json': { action: 'ignore', reason: 'message sent by a bot' },
  'message_created.private_note.from_agent.json': {
    action: 'human_message',
    messageId: 1003,
    private: true,
    content: 'Customer is VIP - expedite refund',
  },
  'message_updated.input_select_submitted.json': {
    action: 'message_updated',
    author: 'contact',
    messageId: 1005,
    submittedValues: [{ title: 'Talk to a human', value: 'human' }],
  },
  'signed-delivery.message_created.body.json': { action: 'customer_message', messageId: 1001 },
  'webwidget_triggered.json': { action: 'ignore' },
};

void describe('Chatwoot reference payloads', () => {
  void test('every reference payload has an expectation', () => {
    assert.deepEqual(webhookFixtureNames(), Object.keys(EXPECTED).sort());
  });

  for (const name of Object.keys(EXPECTED)) {
    void test(`${name} parses, keeps unknown fields and is interpreted`, () => {
      const raw = webhookFixture(name);
      const payload = parse(raw);
      assert.deepEqual(payload, raw, 'loose schemas keep every field Chatwoot sent');
      const instruction = interpretWebhook(payload, OPTIONS);
      for (const [key, value] of Object.entries(EXPECTED[name]!)) {
        assert.deepEqual((instruction as Record<string, unknown>)[key], value, `${name}: ${key}`);
      }
    });
  }
});

void describe('interpreting variations of real payloads', () => {
  const INCOMING = 'message_created.incoming.from_contact.json';
  const FROM_AGENT = 'message_created.outgoing.from_agent.json';

  void test('conversation_updated with a status change is a status change with the previous status', () => {
    const body = withChanges('conversation_updated.assignee_changed.json', {
      changed_attributes: [{ status: { previous_value: 'pending', current_value: 'open' } }],
    });
    assert.deepEqual(interpret(body), {
      action: 'status_changed',
      event: 'conversation_updated',
      accountId: 1,
      conversationId: 17,
      status: 'open',
      previousStatus: 'pending',
    });
  });

  void test('a conversation event without messages takes the configured account, or is ignored', () => {
    const body = withChanges('conversation_status_changed.pending_to_open.json', { messages: [] });
    assert.equal(interpret(body).action, 'ignore');
    assert.deepEqual(interpret(body, { botName: 'Kesher', accountId: 9 }), {
      action: 'status_changed',
      event: 'conversation_status_changed',
      accountId: 9,
      conversationId: 17,
      status: 'open',
      previousStatus: null,
    });
  });

  void test("messages by the bot's own user and echoes of Kesher's posts are ignored", () => {
    assert.equal(interpret(withChanges(FROM_AGENT, { 'sender.name': 'kesher ' })).action, 'ignore');
    assert.deepEqual(
      interpret(withChanges(FROM_AGENT, { content_attributes: { kesher_key: 'turn-1:reply' } })),
      {
        action: 'ignore',
        event: 'message_created',
        reason: "echo of Kesher's own message",
      },
    );
  });

  void test('a private note by a bot is ignored', () => {
    const body = withChanges('message_created.outgoing.from_agent_bot.json', { private: true });
    assert.deepEqual(interpret(body), {
      action: 'ignore',
      event: 'message_created',
      reason: 'private note by a bot',
    });
  });

  void test('activity, template and sender-less outgoing messages are ignored', () => {
    for (const type of ['activity', 'template', 'outgoing']) {
      assert.equal(
        interpret(withChanges(FROM_AGENT, { message_type: type, sender: null })).action,
        'ignore',
        type,
      );
    }
  });

  void test('an empty message is ignored, but an attachment with no text is a customer message', () => {
    assert.deepEqual(interpret(withChanges(INCOMING, { content: null })), {
      action: 'ignore',
      event: 'message_created',
      reason: 'empty message without attachments',
    });
    const attachment = {
      id: 5,
      message_id: 1001,
      file_type: 'image',
      account_id: 1,
      extension: null,
      data_url: 'https://cw.example/a.png',
      thumb_url: 'https://cw.example/t.png',
      file_size: 1234,
      width: 10,
      height: 10,
    };
    const instruction = interpret(withChanges(INCOMING, { content: null, attachments: [attachment] }));
    assert.equal(instruction.action, 'customer_message');
    assert.equal(instruction.action === 'customer_message' && instruction.content, '');
    assert.deepEqual(instruction.action === 'customer_message' && instruction.attachments, [
      { id: 5, fileType: 'image', url: 'https://cw.example/a.png', thumbUrl: 'https://cw.example/t.png' },
    ]);
  });

  void test('an incoming message with a null sender takes the contact from the conversation', () => {
    const instruction = interpret(withChanges(INCOMING, { sender: null }));
    assert.equal(instruction.action === 'customer_message' && instruction.contact.id, 42);
  });

  void test('an edited agent message is a message update by the agent; a deleted one says so', () => {
    const instruction = interpret(
      withChanges(FROM_AGENT, { event: 'message_updated', content_attributes: { deleted: true } }),
    );
    assert.equal(instruction.action, 'message_updated');
    assert.equal(instruction.action === 'message_updated' && instruction.author, 'agent');
    assert.equal(instruction.action === 'message_updated' && instruction.deleted, true);
  });
});

void describe('delivery keys and workflow ids', () => {
  const message = (): ChatwootWebhook => parse(webhookFixture('message_created.incoming.from_contact.json'));

  void test('the X-Chatwoot-Delivery header is the key, whatever its case', () => {
    assert.equal(deliveryKey({ 'x-chatwoot-delivery': 'abc-1' }, message()), 'abc-1');
    assert.equal(deliveryKey({ 'X-Chatwoot-Delivery': ['abc-2', 'x'] }, message()), 'abc-2');
  });

  void test('without the header, messages key on event and message id', () => {
    assert.equal(deliveryKey({}, message()), 'message_created:1001');
  });

  void test('without the header, conversation events key on conversation id and updated_at', () => {
    const payload = parse(webhookFixture('conversation_status_changed.pending_to_open.json'));
    assert.equal(deliveryKey({}, payload), 'conversation_status_changed:17:1776676570.501');
  });

  void test('two different updates of one message get different keys; the same update the same key', () => {
    const a = parse(webhookFixture('message_updated.input_select_submitted.json'));
    const changed = withChanges('message_updated.input_select_submitted.json', {
      'content_attributes.submitted_values': [{ title: 'Track order', value: 'track' }],
    });
    assert.equal(
      deliveryKey({}, a),
      deliveryKey({}, parse(webhookFixture('message_updated.input_select_submitted.json'))),
    );
    assert.notEqual(deliveryKey({}, a), deliveryKey({}, parse(changed)));
    assert.match(deliveryKey({}, a), /^message_updated:1005:[0-9a-f]{16}$/);
  });

  void test('other events get a stable key too', () => {
    const widget = parse(webhookFixture('webwidget_triggered.json'));
    assert.equal(deliveryKey({}, widget), deliveryKey({}, parse(webhookFixture('webwidget_triggered.json'))));
    assert.match(
      deliveryKey({}, parse(webhookFixture('conversation_typing_on.json'))),
      /^conversation_typing_on:17:/,
    );
  });

  void test('the workflow id is conversation-<account>-<conversation>', () => {
    assert.equal(conversationWorkflowId(1, 17), 'conversation-1-17');
  });
});

void describe('signature verification (reference test vector)', () => {
  const vector = JSON.parse(
    readFileSync(
      path.join(CHATWOOT_FIXTURES, 'webhook-payloads', 'signed-delivery.test-vector.json'),
      'utf8',
    ),
  ) as {
    secret: string;
    body_file: string;
    headers: Record<string, string>;
    negative_check_body_only_signature: string;
  };
  const rawBody = webhookFixtureBytes(vector.body_file);
  const timestamp = vector.headers['X-Chatwoot-Timestamp']!;
  const signature = vector.headers['X-Chatwoot-Signature']!;
  const now = Number(timestamp) * 1000;
  const base = { rawBody, timestamp, signature, secret: vector.secret, maxAgeSeconds: 300, now };

  void test('the fixture holds the exact signed bytes', () => {
    assert.equal(rawBody.length, 2681);
  });

  void test('the reference delivery verifies', () => {
    assert.deepEqual(verifyChatwootSignature(base), { ok: true, verified: true });
    assert.equal(signChatwootBody(vector.secret, timestamp, rawBody), signature);
    assert.deepEqual(
      verifyChatwootSignature({ ...base, signature: signature.toUpperCase().replace('SHA256=', 'sha256=') }),
      { ok: true, verified: true },
    );
  });

  void test('the body-only HMAC (negative check) is refused', () => {
    const result = verifyChatwootSignature({ ...base, signature: vector.negative_check_body_only_signature });
    assert.equal(result.ok === false && result.code, 'signature_mismatch');
  });

  void test('a changed body, timestamp or secret is refused', () => {
    const tampered = Buffer.from(rawBody);
    tampered[100] = tampered[100]! ^ 1;
    for (const input of [
      { ...base, rawBody: tampered },
      { ...base, rawBody: Buffer.concat([rawBody, Buffer.from('\n')]) },
      { ...base, timestamp: String(Number(timestamp) + 1) },
      { ...base, secret: `${vector.secret}x` },
    ]) {
      const result = verifyChatwootSignature(input);
      assert.equal(result.ok === false && result.code, 'signature_mismatch');
    }
  });

  void test('stale and future timestamps beyond the max age are refused; the edge is accepted', () => {
    assert.equal(verifyChatwootSignature({ ...base, now: now + 300_000 }).ok, true);
    const stale = verifyChatwootSignature({ ...base, now: now + 301_000 });
    assert.equal(stale.ok === false && stale.code, 'stale_timestamp');
    const future = verifyChatwootSignature({ ...base, now: new Date(now - 301_000) });
    assert.equal(future.ok === false && future.code, 'future_timestamp');
  });

  void test('missing or malformed headers are refused when a secret is set', () => {
    const cases: Array<[Partial<typeof base> & Record<string, unknown>, string]> = [
      [{ timestamp: undefined }, 'missing_timestamp'],
      [{ signature: undefined }, 'missing_signature'],
      [{ timestamp: '' }, 'missing_timestamp'],
      [{ timestamp: '17766x6543' }, 'malformed_timestamp'],
      [{ timestamp: '-1776676543' }, 'malformed_timestamp'],
      [{ timestamp: '1776676543.5' }, 'malformed_timestamp'],
      [{ signature: signature.slice('sha256='.length) }, 'malformed_signature'],
      [{ signature: signature.replace('sha256=', 'sha1=') }, 'malformed_signature'],
      [{ signature: signature.slice(0, -2) }, 'malformed_signature'],
    ];
    for (const [change, code] of cases) {
      const result = verifyChatwootSignature({ ...base, ...change });
      assert.equal(result.ok === false && result.code, code, JSON.stringify(change));
      assert.ok(result.ok === false && result.reason.length > 0);
    }
  });

  void test('without a secret, deliveries are accepted unverified', () => {
    assert.deepEqual(
      verifyChatwootSignature({ ...base, secret: undefined, signature: undefined, timestamp: undefined }),
      { ok: true, verified: false },
    );
  });
});

void describe('malformed bodies are rejected with a readable reason', () => {
  const MSG = 'message_created.incoming.from_contact.json';
  const STATUS = 'conversation_status_changed.pending_to_open.json';
  const UPDATED = 'conversation_updated.assignee_changed.json';
  const TOO_BIG = Number.MAX_SAFE_INTEGER + 2;

  /** [what is wrong, body, a fragment the reason must contain (usually the path)] */
  const cases: Array<[string, unknown, string]> = [
    ['null', null, 'expected object'],
    ['an empty array', [], 'expected object'],
    ['an array holding a payload', [webhookFixture(MSG)], 'expected object'],
    ['a string', 'message_created', 'expected object'],
    ['a number', 42, 'expected object'],
    ['a boolean', true, 'expected object'],
    ['an empty object', {}, 'at event'],
    ['an unknown event', withChanges(MSG, { event: 'message_deleted' }), 'at event'],
    ['a numeric event', withChanges(MSG, { event: 123 }), 'at event'],
    ['a null event', withChanges(MSG, { event: null }), 'at event'],
    ['an upper-case event', withChanges(MSG, { event: 'MESSAGE_CREATED' }), 'at event'],
    ['no account', withChanges(MSG, { account: REMOVE }), 'at account'],
    ['a null account', withChanges(MSG, { account: null }), 'at account'],
    ['a string account id', withChanges(MSG, { 'account.id': '1' }), 'at account.id'],
    ['a fractional account id', withChanges(MSG, { 'account.id': 1.5 }), 'at account.id'],
    ['a negative account id', withChanges(MSG, { 'account.id': -1 }), 'at account.id'],
    ['a zero account id', withChanges(MSG, { 'account.id': 0 }), 'at account.id'],
    ['a huge account id', withChanges(MSG, { 'account.id': 2 ** 60 }), 'at account.id'],
    ['an account id past the safe range', withChanges(MSG, { 'account.id': TOO_BIG }), 'at account.id'],
    ['no message id', withChanges(MSG, { id: REMOVE }), 'at id'],
    ['a string message id', withChanges(MSG, { id: '1001' }), 'at id'],
    ['a null message id', withChanges(MSG, { id: null }), 'at id'],
    ['a huge message id', withChanges(MSG, { id: 1e300 }), 'at id'],
    ['no conversation', withChanges(MSG, { conversation: REMOVE }), 'at conversation'],
    ['a null conversation', withChanges(MSG, { conversation: null }), 'at conversation'],
    ['an array conversation', withChanges(MSG, { conversation: [] }), 'at conversation'],
    ['a string conversation id', withChanges(MSG, { 'conversation.id': '17' }), 'at conversation.id'],
    ['no conversation id', withChanges(MSG, { 'conversation.id': REMOVE }), 'at conversation.id'],
    ['a huge conversation id', withChanges(MSG, { 'conversation.id': TOO_BIG }), 'at conversation.id'],
    [
      'an unknown conversation status',
      withChanges(MSG, { 'conversation.status': 'closed' }),
      'at conversation.status',
    ],
    ['no conversation status', withChanges(MSG, { 'conversation.status': REMOVE }), 'at conversation.status'],
    [
      'no conversation inbox_id',
      withChanges(MSG, { 'conversation.inbox_id': REMOVE }),
      'at conversation.inbox_id',
    ],
    [
      'nested messages as an object',
      withChanges(MSG, { 'conversation.messages': {} }),
      'at conversation.messages',
    ],
    [
      'a string nested message_type',
      withChanges(MSG, { 'conversation.messages.0.message_type': 'incoming' }),
      'at conversation.messages[0].message_type',
    ],
    ['numeric labels', withChanges(MSG, { 'conversation.labels': [1] }), 'at conversation.labels[0]'],
    [
      'a string contact id in meta',
      withChanges(MSG, { 'conversation.meta.sender.id': '42' }),
      'at conversation.meta.sender.id',
    ],
    [
      'a string contact_inbox contact_id',
      withChanges(MSG, { 'conversation.contact_inbox.contact_id': '42' }),
      'at conversation.contact_inbox.contact_id',
    ],
    ['an integer top-level message_type', withChanges(MSG, { message_type: 0 }), 'at message_type'],
    ['an unknown message_type', withChanges(MSG, { message_type: 'bogus' }), 'at message_type'],
    ['no message_type', withChanges(MSG, { message_type: REMOVE }), 'at message_type'],
    ['a string private flag', withChanges(MSG, { private: 'false' }), 'at private'],
    ['no private flag', withChanges(MSG, { private: REMOVE }), 'at private'],
    ['numeric content', withChanges(MSG, { content: 42 }), 'at content'],
    ['no content key', withChanges(MSG, { content: REMOVE }), 'at content'],
    ['no sender key', withChanges(MSG, { sender: REMOVE }), 'at sender'],
    ['a user sender without id', withChanges(MSG, { sender: { type: 'user', name: 'Sam' } }), 'at sender.id'],
    ['an unknown sender type', withChanges(MSG, { sender: { id: 1, type: 'robot' } }), 'at sender.type'],
    ['a string sender', withChanges(MSG, { sender: 'Jane' }), 'at sender'],
    ['a string contact sender id', withChanges(MSG, { 'sender.id': '42' }), 'at sender.id'],
    ['a unix created_at', withChanges(MSG, { created_at: 1776676542 }), 'at created_at'],
    ['a free-text created_at', withChanges(MSG, { created_at: 'yesterday' }), 'at created_at'],
    ['attachments as an object', withChanges(MSG, { attachments: { id: 1 } }), 'at attachments'],
    [
      'an attachment without file_type',
      withChanges(MSG, { attachments: [{ id: 1 }] }),
      'at attachments[0].file_type',
    ],
    [
      'a string attachment id',
      withChanges(MSG, { attachments: [{ id: '1', file_type: 'image' }] }),
      'at attachments[0].id',
    ],
    ['content_attributes as an array', withChanges(MSG, { content_attributes: [] }), 'at content_attributes'],
    ['a string inbox id', withChanges(MSG, { 'inbox.id': '3' }), 'at inbox.id'],
    ['a status change without status', withChanges(STATUS, { status: REMOVE }), 'at status'],
    ['a status change with a string id', withChanges(STATUS, { id: '17' }), 'at id'],
    [
      'an invented status',
      withChanges('agent_bot_only.conversation_opened.json', { status: 'escalated' }),
      'at status',
    ],
    [
      'changed_attributes as an object',
      withChanges(UPDATED, { changed_attributes: { status: {} } }),
      'at changed_attributes',
    ],
    [
      'changed_attributes of strings',
      withChanges(UPDATED, { changed_attributes: ['status'] }),
      'at changed_attributes[0]',
    ],
    [
      'a widget event without contact',
      withChanges('webwidget_triggered.json', { contact: REMOVE }),
      'at contact',
    ],
    [
      'a widget event with a string account id',
      withChanges('webwidget_triggered.json', { 'account.id': '1' }),
      'at account.id',
    ],
    ['a contact event without id', withChanges('contact_created.json', { id: REMOVE }), 'at id'],
    [
      'a contact event without account',
      withChanges('contact_updated.json', { account: REMOVE }),
      'at account',
    ],
    [
      'a typing event without conversation',
      withChanges('conversation_typing_on.json', { conversation: REMOVE }),
      'at conversation',
    ],
    [
      'a typing event with a null conversation id',
      withChanges('conversation_typing_on.json', { 'conversation.id': null }),
      'at conversation.id',
    ],
    ['an inbox event with a string id', { event: 'inbox_created', id: '3', name: 'Website' }, 'at id'],
  ];

  void test(`there are at least 50 cases (${cases.length})`, () => {
    assert.ok(cases.length >= 50);
  });

  for (const [what, body, fragment] of cases) {
    void test(`rejects ${what}`, () => {
      const result = parseChatwootWebhook(body);
      assert.equal(result.ok, false, 'should be rejected');
      assert.ok(
        !result.ok && result.reason.includes(fragment),
        `reason "${!result.ok && result.reason}" should mention "${fragment}"`,
      );
      assert.ok(!result.ok && !result.reason.includes('\n'), 'the reason is one line');
    });
  }

  void test('a valid inbox event is accepted (and ignored)', () => {
    assert.deepEqual(interpret({ event: 'inbox_updated', id: 3, name: 'Website', changed_attributes: [] }), {
      action: 'ignore',
      event: 'inbox_updated',
      reason: 'inbox event',
    });
  });
});

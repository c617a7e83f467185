import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { conversationViewQuery } from '../workflows/messages';
import { CHATWOOT_TOKEN, eventually, startHarness, type Harness } from './support/kesher-harness';
import { chatwootPayload, customerMessage, postWebhook } from './support/webhooks';

let harness: Harness;
let nextConversation = 9000;

before(async () => {
  // Tracking questions auto-send from 0.5 here: this file is about the Chatwoot round trip.
  harness = await startHarness({
    env: { CHATWOOT_TEAM_IDS: '{"human":5}', CATEGORY_THRESHOLDS: '{"shipping_tracking":0.5}' },
  });
});
after(async () => {
  await harness?.close();
});

/** The AI's answers to customer messages: sent replies and drafts for a human (not handoff notes). */
function aiReplies(conversationId: number) {
  return harness.chatwoot
    .messages(1, conversationId)
    .filter(
      (message) =>
        message.message_type === 1 &&
        String(message.content_attributes['kesher_key'] ?? '').includes(':reply:'),
    );
}

describe('a Chatwoot message becomes a durable conversation', () => {
  test('a real message_created payload starts the workflow, which replies through Chatwoot', async () => {
    const conversationId = nextConversation++;
    const payload = customerMessage({
      conversationId,
      messageId: 500_001,
      content: 'hola, ¿dónde está mi caja de noviembre? ¿cuándo llega a Guadalajara?',
      email: 'mateo.rodriguez@example.org',
    });
    const response = await postWebhook(harness.url, payload, { deliveryId: randomUUID() });
    assert.equal(response.status, 200);
    const body = (await response.json()) as { status: string; workflowId: string };
    assert.deepEqual(body, { status: 'accepted', workflowId: `conversation-1-${conversationId}` });

    const [reply] = await eventually(
      () => (aiReplies(conversationId).length ? aiReplies(conversationId) : undefined),
      30_000,
      'the reply',
    );
    const request = harness.chatwoot.requests.find(
      (r) => r.method === 'POST' && r.path === `/api/v1/accounts/1/conversations/${conversationId}/messages`,
    );
    assert.ok(request, 'the reply was posted to the create-message path');
    assert.equal(request.headers['api_access_token'], CHATWOOT_TOKEN);
    const sent = request.body as { content: string; message_type: string; private: boolean };
    assert.equal(sent.message_type, 'outgoing');
    assert.equal(sent.private, false);
    assert.ok(sent.content.length > 20, 'the reply has content');
    assert.equal(reply!.content, sent.content);

    const handle = harness.system.client.workflow.getHandle(body.workflowId);
    const description = await handle.describe();
    const attributes = description.typedSearchAttributes;
    const valueOf = (name: string) => attributes.getAll().find((pair) => pair.key.name === name)?.value;
    assert.equal(valueOf('CustomerEmail'), 'mateo.rodriguez@example.org');
    assert.equal(valueOf('Channel'), 'chatwoot');
    assert.equal(typeof valueOf('Category'), 'string');
    assert.equal(typeof valueOf('Sentiment'), 'string');
    assert.equal(valueOf('Escalated'), false);
    assert.match((await description.staticSummary()) ?? '', /Conversation with/);

    // The reply leaves before the turn is recorded, so wait for the workflow to finish the turn.
    const view = await eventually(
      async () => {
        const state = await handle.query(conversationViewQuery);
        return state.turnCount === 1 && !state.busy ? state : undefined;
      },
      10_000,
      'the turn to be recorded',
    );
    assert.equal(view.lastOutcome?.kind, 'sent');

    const stored = await harness.db
      .selectFrom('messages')
      .select(['direction', 'author', 'content'])
      .where('conversation_id', '=', body.workflowId)
      .orderBy('id')
      .execute();
    assert.deepEqual(
      stored.map((m) => `${m.direction}/${m.author}`),
      ['incoming/customer', 'outgoing/ai'],
    );
  });

  test('the same delivery posted twice, and five times concurrently, gives exactly one reply', async () => {
    const conversationId = nextConversation++;
    const payload = customerMessage({
      conversationId,
      messageId: 500_100,
      content: 'When is my next charge?',
      email: 'sarah.mitchell@example.com',
    });
    const deliveryId = randomUUID();
    const first = await postWebhook(harness.url, payload, { deliveryId });
    const second = await postWebhook(harness.url, payload, { deliveryId });
    assert.equal(first.status, 200);
    assert.equal(second.status, 200);
    assert.equal(((await second.json()) as { status: string }).status, 'duplicate');

    const concurrentPayload = customerMessage({
      conversationId,
      messageId: 500_101,
      content: 'And can I change my plan?',
      email: 'sarah.mitchell@example.com',
    });
    const concurrentId = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        postWebhook(harness.url, concurrentPayload, { deliveryId: concurrentId }),
      ),
    );
    const statuses = await Promise.all(
      answers.map(async (r) => ((await r.json()) as { status: string }).status),
    );
    assert.deepEqual(statuses.filter((s) => s === 'accepted').length, 1);
    assert.deepEqual(statuses.filter((s) => s === 'duplicate').length, 4);

    // The same message under a new delivery id (e.g. an account webhook and an agent bot both
    // configured) is still handled once: the workflow remembers message ids.
    await postWebhook(harness.url, concurrentPayload, { deliveryId: randomUUID() });

    const handle = harness.system.client.workflow.getHandle(`conversation-1-${conversationId}`);
    await eventually(
      async () => {
        const view = await handle.query(conversationViewQuery);
        return view.turnCount === 2 && !view.busy && view.queuedMessages === 0 ? view : undefined;
      },
      30_000,
      'two turns',
    );
    await sleep(500);
    assert.equal(aiReplies(conversationId).length, 2, 'one reply per distinct message');
  });

  test('a human agent message is recorded and not answered; the bot ignores its own messages', async () => {
    const conversationId = nextConversation++;
    const payload = customerMessage({
      conversationId,
      messageId: 500_200,
      content: 'Thank you so much, the box was lovely!',
      email: 'noa.bendavid@example.com',
    });
    await postWebhook(harness.url, payload, { deliveryId: randomUUID() });
    await eventually(() => (aiReplies(conversationId).length === 1 ? true : undefined), 30_000, 'the reply');

    const botEcho = chatwootPayload('message_created.outgoing.from_agent_bot');
    botEcho.conversation.id = conversationId;
    const ignored = await postWebhook(harness.url, botEcho, { deliveryId: randomUUID() });
    assert.equal(ignored.status, 200);
    assert.equal(((await ignored.json()) as { status: string }).status, 'ignored');

    const agentReply = chatwootPayload('message_created.outgoing.from_agent');
    agentReply.conversation.id = conversationId;
    agentReply.id = 500_201;
    const accepted = await postWebhook(harness.url, agentReply, { deliveryId: randomUUID() });
    assert.equal(((await accepted.json()) as { status: string }).status, 'accepted');
    const workflowId = `conversation-1-${conversationId}`;
    await eventually(
      async () => {
        const rows = await harness.db
          .selectFrom('messages')
          .select('author')
          .where('conversation_id', '=', workflowId)
          .where('author', '=', 'human')
          .execute();
        return rows.length === 1 ? rows : undefined;
      },
      20_000,
      'the human message to be recorded',
    );
    assert.equal(aiReplies(conversationId).length, 1, 'no AI answer to a human message');
  });

  test('a customer asking for a person is handed over with a note, and the AI stays silent until handed back', async () => {
    const conversationId = nextConversation++;
    const workflowId = `conversation-1-${conversationId}`;
    const email = 'linda.kowalski@example.com';
    await postWebhook(
      harness.url,
      customerMessage({
        conversationId,
        messageId: 500_300,
        content: 'I want to speak to a real person, please.',
        email,
      }),
      { deliveryId: randomUUID() },
    );
    const handle = harness.system.client.workflow.getHandle(workflowId);
    await eventually(
      async () => ((await handle.query(conversationViewQuery)).escalated ? true : undefined),
      30_000,
      'the handoff',
    );

    const notes = harness.chatwoot.messages(1, conversationId).filter((m) => m.private);
    assert.equal(notes.length, 1);
    assert.match(notes[0]!.content ?? '', /Handoff to a human — reason: customer request/);
    assert.match(notes[0]!.content ?? '', /Suggested next step:/);
    const told = aiReplies(conversationId);
    assert.equal(told.length, 1, 'the customer is told a person takes over, once');
    assert.equal(told[0]!.private, false);
    const conversation = harness.chatwoot.conversation(1, conversationId);
    assert.equal(conversation.status, 'open');
    assert.equal(conversation.teamId, 5);
    assert.ok(conversation.labels.includes('kesher-handoff'));
    const escalated = await eventually(
      async () => {
        const value = (await handle.describe()).typedSearchAttributes
          .getAll()
          .find((pair) => pair.key.name === 'Escalated')?.value;
        return value === true ? value : undefined;
      },
      10_000,
      'Escalated = true',
    );
    assert.equal(escalated, true);

    // While a human owns the conversation, customer messages are recorded but not answered.
    await postWebhook(
      harness.url,
      customerMessage({ conversationId, messageId: 500_301, content: 'Hello? Is anyone there?', email }),
      { deliveryId: randomUUID() },
    );
    await eventually(
      async () =>
        (await handle.query(conversationViewQuery)).lastOutcome?.kind === 'skipped' ? true : undefined,
      20_000,
      'the skipped turn',
    );
    assert.equal(aiReplies(conversationId).length, 1, 'nothing after the handoff message');

    // The agent hands the conversation back to the bot (status pending): the AI answers again.
    const handBack = chatwootPayload('conversation_status_changed.pending_to_open');
    handBack.id = conversationId;
    handBack.status = 'pending';
    await postWebhook(harness.url, handBack, { deliveryId: randomUUID() });
    await eventually(
      async () => ((await handle.query(conversationViewQuery)).aiPaused ? undefined : true),
      20_000,
      'the hand-back',
    );
    await postWebhook(
      harness.url,
      customerMessage({
        conversationId,
        messageId: 500_302,
        content: 'Thanks, the box arrived fine in the end.',
        email,
      }),
      { deliveryId: randomUUID() },
    );
    // The AI handles the message again (a reply, a draft or a new handoff, as its decision says).
    await eventually(
      async () => {
        const outcome = (await handle.query(conversationViewQuery)).lastOutcome;
        return outcome && outcome.kind !== 'skipped' ? true : undefined;
      },
      30_000,
      'the AI turn after hand-back',
    );
  });
});

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { conversationViewQuery } from '../workflows/messages';
import { eventually, startHarness, type Harness } from './support/kesher-harness';
import { chatwootPayload, customerMessage, postWebhook } from './support/webhooks';

let harness: Harness;

before(async () => {
  // A short idle timeout and the smallest history limit, so both paths run in seconds.
  harness = await startHarness({
    env: { CONVERSATION_IDLE_TIMEOUT: '3 seconds', CONVERSATION_HISTORY_EVENTS: '100' },
  });
});
after(async () => {
  await harness?.close();
});

const email = 'claire.dubois@example.fr';
/** The AI's answers: sent replies or drafts for a human, whichever the turn decided. */
const replies = (conversationId: number) =>
  harness.chatwoot
    .messages(1, conversationId)
    .filter(
      (m) => m.message_type === 1 && String(m.content_attributes['kesher_key'] ?? '').includes(':reply:'),
    );

async function send(conversationId: number, messageId: number, content: string): Promise<void> {
  const response = await postWebhook(
    harness.url,
    customerMessage({ conversationId, messageId, content, email }),
    { deliveryId: randomUUID() },
  );
  assert.equal(response.status, 200);
}

describe('a conversation over time', () => {
  test('an idle conversation completes its run, and the next message starts a new run that remembers it', async () => {
    const conversationId = 6100;
    const workflowId = `conversation-1-${conversationId}`;
    await send(conversationId, 610_001, 'Bonjour, quand arrive ma box de novembre ?');
    await eventually(
      () => (replies(conversationId).length === 1 ? true : undefined),
      30_000,
      'the first reply',
    );

    const handle = harness.system.client.workflow.getHandle(workflowId);
    const firstRun = await handle.describe();
    const result = await handle.result();
    assert.equal(result.turnCount, 1, 'the run completed after the idle timeout with its state');
    assert.equal((await handle.describe()).status.name, 'COMPLETED');

    await send(conversationId, 610_002, 'Merci ! Et pour décembre ?');
    await eventually(
      () => (replies(conversationId).length === 2 ? true : undefined),
      30_000,
      'the second reply',
    );
    const secondRun = await harness.system.client.workflow.getHandle(workflowId).describe();
    assert.notEqual(secondRun.runId, firstRun.runId, 'a new run');
    const view = await eventually(
      async () => {
        const state = await harness.system.client.workflow.getHandle(workflowId).query(conversationViewQuery);
        return state.turnCount === 2 ? state : undefined;
      },
      10_000,
      'the restored turn count',
    );
    assert.equal(view.customer.email, email);
  });

  test('a long conversation continues as new with its state, and still answers each message once', async () => {
    const conversationId = 6200;
    const workflowId = `conversation-1-${conversationId}`;
    const handle = harness.system.client.workflow.getHandle(workflowId);
    // Questions the assistant answers itself: a handed-over conversation would fall silent.
    for (let turn = 1; turn <= 5; turn += 1) {
      await send(conversationId, 620_000 + turn, `Question numéro ${turn} : combien coûte une box Premium ?`);
      await eventually(
        () => (replies(conversationId).length === turn ? true : undefined),
        30_000,
        `reply ${turn}`,
      );
    }
    // Visibility is eventually consistent: a loaded machine lists the closed run, and then its
    // closed status, a moment later.
    const runs = await eventually(
      async () => {
        const listed = [];
        for await (const execution of harness.system.client.workflow.list({
          query: `WorkflowId = "${workflowId}"`,
        }))
          listed.push(execution);
        const closed = listed.some((run) => run.status.name === 'CONTINUED_AS_NEW');
        return listed.length >= 2 && closed ? listed : undefined;
      },
      15_000,
      'the continued run in visibility',
    );
    assert.ok(runs.length >= 2, `continued as new at least once (runs: ${runs.length})`);
    assert.ok(runs.some((run) => run.status.name === 'CONTINUED_AS_NEW'));

    // A message delivered again after continue-as-new is still recognised.
    await send(conversationId, 620_005, 'Question numéro 5 : combien coûte une box Premium ?');
    const view = await eventually(
      async () => {
        const state = await handle.query(conversationViewQuery);
        return state.turnCount === 5 && !state.busy ? state : undefined;
      },
      10_000,
      'five turns',
    );
    await sleep(1000);
    assert.equal(replies(conversationId).length, 5);
    assert.equal(view.turnCount, 5);
  });

  test('resolved and reopened statuses reach the run and its search attributes', async () => {
    const conversationId = 6300;
    const workflowId = `conversation-1-${conversationId}`;
    await send(conversationId, 630_001, 'Hello, can you tell me my next charge date?');
    await eventually(() => (replies(conversationId).length === 1 ? true : undefined), 30_000, 'the reply');

    const resolved = chatwootPayload('agent_bot_only.conversation_resolved');
    resolved.id = conversationId;
    resolved.status = 'resolved';
    const answer = await postWebhook(harness.url, resolved, { deliveryId: randomUUID() });
    assert.equal(((await answer.json()) as { status: string }).status, 'accepted');
    const handle = harness.system.client.workflow.getHandle(workflowId);
    await eventually(
      async () => ((await handle.query(conversationViewQuery)).status === 'resolved' ? true : undefined),
      10_000,
      'resolved',
    );
    const status = await eventually(
      async () => {
        const description = await handle.describe();
        const value = description.typedSearchAttributes
          .getAll()
          .find((pair) => pair.key.name === 'ConversationStatus')?.value;
        return value === 'resolved' ? value : undefined;
      },
      10_000,
      'the ConversationStatus search attribute',
    );
    assert.equal(status, 'resolved');

    // The customer writes again: Chatwoot reopens the conversation and the AI answers.
    await send(conversationId, 630_002, 'One more thing: can I change my address?');
    await eventually(
      () => (replies(conversationId).length === 2 ? true : undefined),
      30_000,
      'the reply after reopening',
    );
    assert.equal((await handle.query(conversationViewQuery)).status, 'open');
  });
});

/**
 * Customer memory through the conversation workflow: learned when a conversation is resolved and
 * every N turns of a long one, and used by the next conversation's reply.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { findCustomerMemory } from '../activities/repos/customer-memory-repo';
import { LlmBadRequestError, LlmRateLimitedError, type OfflineHandler } from '../activities/llm';
import { learningOfflineHandlers } from '../activities/offline/learning/handlers';
import { lessons } from '../activities/offline/agents/i18n/en/common';
import { eventually, startHarness, type Harness } from './support/kesher-harness';
import { chatwootPayload, customerMessage, postWebhook } from './support/webhooks';
import { customerIdOf } from './support/demo-data';

const REMINDER = lessons.alcoholFreeMemory();
const WINE_QUESTION = 'Which wines are in my next box?';

let harness: Harness;
let nextMessage = 1;

/** How long the rate-limited memory model asks to be left alone: longer than a turn under load. */
const RETRY_AFTER_MS = 15_000;
/** How the memory model answers its next calls: a test sets these, the real extractor does the rest. */
const memoryModel = { rateLimitedOnce: false, failing: false };
const extractMemory = learningOfflineHandlers()['memory.extract']!;
const memoryHandler: OfflineHandler = (input, request) => {
  if (memoryModel.failing) throw new LlmBadRequestError('the memory model refused the request');
  if (memoryModel.rateLimitedOnce) {
    memoryModel.rateLimitedOnce = false;
    // Temporal retries the extraction when the provider says it may: seconds from now.
    throw new LlmRateLimitedError('the memory model is busy', { retryAfterMs: RETRY_AFTER_MS });
  }
  return extractMemory(input, request);
};

before(async () => {
  harness = await startHarness({
    env: { MEMORY_EVERY_N_TURNS: '2' },
    offlineHandlers: { 'memory.extract': memoryHandler },
  });
});
after(async () => {
  await harness?.close();
});

/** The customer's memory once it holds something (waits for the extraction, a retry included). */
function rememberedFor(customerId: string, what: string) {
  return eventually(
    async () => {
      const memory = await findCustomerMemory(harness.db, customerId);
      return memory?.memories.length ? memory : undefined;
    },
    RETRY_AFTER_MS + 30_000,
    what,
  );
}

/** Sends a customer message and waits for the AI's answer to it (a reply or a draft note). */
async function ask(conversationId: number, email: string, content: string): Promise<string> {
  const before = harness.chatwoot.messages(1, conversationId).filter((m) => m.message_type === 1).length;
  const payload = customerMessage({ conversationId, messageId: 90_000 + nextMessage++, content, email });
  assert.equal((await postWebhook(harness.url, payload, { deliveryId: randomUUID() })).status, 200);
  return eventually(
    () => {
      const answers = harness.chatwoot.messages(1, conversationId).filter((m) => m.message_type === 1);
      return answers.length > before ? (answers.at(-1)?.content ?? '') : undefined;
    },
    45_000,
    `the answer to “${content}”`,
  );
}

describe('customer memory in conversations', () => {
  test('a preference stored when a conversation is resolved changes the next conversation’s reply', async () => {
    const email = 'sarah.mitchell@example.com';
    const customerId = await customerIdOf(harness.db, email);
    assert.equal(await findCustomerMemory(harness.db, customerId), null, 'nothing is remembered yet');

    const before = await ask(61_001, email, WINE_QUESTION);
    assert.ok(!before.includes(REMINDER), 'without a memory the reply has no reminder');

    await ask(61_002, email, "Just so you know, we don't drink alcohol at home.");
    const resolved = chatwootPayload('agent_bot_only.conversation_resolved');
    resolved.id = 61_002;
    resolved.status = 'resolved';
    assert.equal((await postWebhook(harness.url, resolved, { deliveryId: randomUUID() })).status, 200);
    const stored = await rememberedFor(customerId, 'the memory of the resolved conversation');
    assert.ok(
      stored.memories.some((m) => m.type === 'preference' && /alcohol/i.test(m.content)),
      JSON.stringify(stored.memories),
    );
    assert.ok(stored.memories.every((m) => m.sourceConversationId === 'conversation-1-61002'));

    const afterwards = await ask(61_003, email, WINE_QUESTION);
    assert.ok(afterwards.includes(REMINDER), `the next conversation's reply uses the memory: ${afterwards}`);
  });

  test('a long conversation is remembered every N turns, before it is resolved', async () => {
    const email = 'emily.carter@example.net';
    const customerId = await customerIdOf(harness.db, email);
    await ask(62_001, email, "Hi! We don't drink alcohol, by the way.");
    // One turn of two: nothing extracted yet.
    assert.equal(await findCustomerMemory(harness.db, customerId), null);
    await ask(62_001, email, 'When is my next box charged?');
    const stored = await rememberedFor(customerId, 'the memory after the second turn');
    assert.ok(stored.memories.some((m) => m.type === 'preference' && /alcohol/i.test(m.content)));
    const view = await harness.db
      .selectFrom('conversations')
      .select('status')
      .where('id', '=', 'conversation-1-62001')
      .executeTakeFirst();
    assert.notEqual(view?.status, 'resolved', 'the conversation is still open');
  });

  test('a slow extraction runs beside the next turn: the customer’s next answer does not wait for it', async () => {
    const email = 'rachel.goldberg@example.com';
    const customerId = await customerIdOf(harness.db, email);
    await ask(63_001, email, "We don't drink alcohol at home, just so you know.");
    memoryModel.rateLimitedOnce = true;
    await ask(63_001, email, 'When is my next box charged?');
    // The extraction after turn 2 waits 15 s for its retry; turn 3 is answered meanwhile.
    const began = Date.now();
    await ask(63_001, email, 'What is in my next box?');
    assert.ok(Date.now() - began < RETRY_AFTER_MS, 'the third answer did not wait for the retry');
    assert.equal(await findCustomerMemory(harness.db, customerId), null, 'the extraction is still waiting');
    const stored = await rememberedFor(customerId, 'the memory once the retry went through');
    assert.ok(stored.memories.some((m) => m.type === 'preference' && /alcohol/i.test(m.content)));
  });

  test('an extraction that fails for good is logged; the conversation goes on', async () => {
    // The customer of the test before: these three messages are answered, not handed over.
    const email = 'rachel.goldberg@example.com';
    const workflowId = 'conversation-1-64001';
    memoryModel.failing = true;
    try {
      await ask(64_001, email, "We don't drink alcohol at home, just so you know.");
      await ask(64_001, email, 'When is my next box charged?');
      const third = await ask(64_001, email, 'What is in my next box?');
      assert.ok(third.length > 0);
      const description = await harness.system.client.workflow.getHandle(workflowId).describe();
      assert.equal(description.status.name, 'RUNNING', 'the failed extraction did not fail the conversation');
      const history = await harness.system.client.workflow.getHandle(workflowId).fetchHistory();
      const failed = (history.events ?? []).filter((event) => event.activityTaskFailedEventAttributes);
      assert.ok(failed.length >= 1, 'the extraction was tried and failed');
    } finally {
      memoryModel.failing = false;
    }
  });
});

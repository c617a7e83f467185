import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../config/config';
import { createLlmRegistry } from '../activities/llm';
import { createModelActivities } from '../activities/model-activities';
import { offlineHandlers } from '../activities/offline/handlers';
import { loadTaxonomy } from '../activities/taxonomy';
import type { IncomingMessage } from '../workflows/types';
import { startFakeOpenAiServer, type FakeOpenAiServer } from './support/fake-openai-server';
import { seedConversation } from './support/learning-fixtures';
import { createTestDatabase, type TestDatabase } from './support/test-db';

/**
 * The router reads a follow-up in the light of the reply it answers: a network model gets that
 * reply in its user turn, the offline one as its task input. Against real PostgreSQL and a server
 * speaking OpenAI's Chat Completions protocol.
 */

const taxonomy = loadTaxonomy();
const PRICE_ANSWER = 'Hi Sarah,\n\nDeluxe every 3 months is $99 per box. You pay $89 per box now.';
const DRAFT = 'AI draft for review: Would you like Basic, Premium or Deluxe?';

let database: TestDatabase;
let openai: FakeOpenAiServer;

before(async () => {
  database = await createTestDatabase();
  openai = await startFakeOpenAiServer({ apiKey: 'sk-test' });
  await seedConversation(database.db, {
    id: 'conversation-1-880',
    email: 'sarah.mitchell@example.com',
    messages: [
      { author: 'customer', content: 'How much would it cost if I switched to every 3 months?' },
      { author: 'ai', content: PRICE_ANSWER },
      // A private draft was never seen by the customer: it is not what they answer.
      { author: 'ai', content: DRAFT, private: true },
      { author: 'customer', content: 'OK, please switch me to that' },
    ],
  });
});
after(async () => {
  await openai?.close();
  await database?.destroy();
});

const message = (content: string): IncomingMessage => ({
  messageId: `m-${content.length}`,
  chatwootMessageId: null,
  content,
  attachments: [],
  sentAt: '2026-11-23T09:00:00Z',
  customer: { email: 'sarah.mitchell@example.com', name: null, chatwootContactId: null },
});

function activities(provider: 'openai' | 'offline') {
  const base = loadConfig({ NODE_ENV: 'test' }).llm;
  const llm = createLlmRegistry(
    {
      ...base,
      openai: { apiKey: 'sk-test', baseUrl: openai.baseUrl },
      roles: {
        ...base.roles,
        router: provider === 'openai' ? { provider, model: 'gpt-4.1-mini' } : base.fallback,
      },
    },
    { offlineHandlers: offlineHandlers({ taxonomy }) },
  );
  return createModelActivities({ db: database.db, llm, taxonomy, attemptsPerProvider: 1, thresholds: {} });
}

describe('the router and the reply a message answers', () => {
  test('a network router gets the last public reply before the message, and nothing on a first message', async () => {
    const route = {
      category: 'subscription_frequency',
      secondaryIntents: [],
      sentiment: 'neutral',
      escalationSignal: false,
      language: 'en',
      confidence: 0.93,
    };
    openai.enqueue(
      { kind: 'message', content: JSON.stringify(route) },
      { kind: 'message', content: JSON.stringify(route) },
    );
    const router = activities('openai');
    const followUp = await router.routeMessage({
      conversationId: 'conversation-1-880',
      message: message('OK, please switch me to that'),
      previousCategory: 'subscription_frequency',
      record: false,
    });
    assert.equal(followUp.category, 'subscription_frequency');
    const userTurn = (request: unknown): string => {
      const body = request as { messages: { role: string; content: string }[] };
      return body.messages.find((m) => m.role === 'user')?.content ?? '';
    };
    const sent = userTurn(openai.requests.at(-1)?.body);
    assert.match(sent, /The reply the customer is answering/);
    assert.ok(sent.includes(PRICE_ANSWER), 'the public price answer');
    assert.ok(!sent.includes(DRAFT), 'not the private draft');
    assert.ok(sent.endsWith('Customer message to classify:\n"""\nOK, please switch me to that\n"""'));

    await router.routeMessage({
      conversationId: 'conversation-1-880',
      message: message('How much is Deluxe?'),
      previousCategory: null,
      record: false,
    });
    assert.equal(userTurn(openai.requests.at(-1)?.body), 'How much is Deluxe?', 'a first message alone');
  });

  test('the offline router takes up the plan of that reply', async () => {
    const router = activities('offline');
    const followUp = await router.routeMessage({
      conversationId: 'conversation-1-880',
      message: message('OK, please switch me to that'),
      previousCategory: 'other',
      record: false,
    });
    assert.equal(followUp.category, 'subscription_frequency');
    assert.equal(followUp.specialist, 'retention');
    assert.ok(followUp.confidence >= 0.9, String(followUp.confidence));
    const first = await router.routeMessage({
      conversationId: 'conversation-1-880',
      message: message('OK, please switch me to that'),
      previousCategory: null,
      record: false,
    });
    assert.ok(first.confidence < followUp.confidence, 'without the reply, the message says less');
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createPostgresCommerce } from '../activities/commerce/postgres-commerce';
import { createLearningSources } from '../activities/learning/learning-sources';
import { extractMemory } from '../activities/learning/memory/extract-memory';
import { mergeMemories, type MemoryEntry } from '../activities/learning/memory/merge-memory';
import {
  createMemoryActivities,
  type MemoryActivities,
} from '../activities/learning/memory/memory-activities';
import type { MemoryExtraction } from '../activities/learning/memory/memory-types';
import { findCustomerMemory } from '../activities/repos/customer-memory-repo';
import { startHarness, type Harness } from './support/kesher-harness';
import { learningRegistry, operatorCall, seedConversation } from './support/learning-fixtures';

const TODAY = '2026-11-23';
const TOKEN = 'operator-token-for-tests';

function extract(...customerMessages: string[]): MemoryExtraction {
  return extractMemory({
    today: TODAY,
    messages: customerMessages.map((content) => ({ author: 'customer' as const, content })),
    facts: {},
    memories: [],
  });
}

const contents = (extraction: MemoryExtraction): string[] =>
  extraction.memories.map((memory) => memory.content);
const ALCOHOL_FREE = 'Wants alcohol-free products only (no wine with alcohol).';
const SHORT = 'Prefers short, to-the-point answers.';
const DAMAGED_NOVEMBER = 'Reported a damaged or leaking item (the November 2026 box).';

describe('memory extraction reads what the customer wrote, in six languages', () => {
  test('English: alcohol-free, short answers and a damaged November box', () => {
    const result = extract(
      "We don't drink alcohol, so no wine for us please.",
      'Please keep answers short. My November box arrived damaged, the olive oil leaked.',
    );
    assert.deepEqual(contents(result).sort(), [ALCOHOL_FREE, SHORT, DAMAGED_NOVEMBER].sort());
    assert.equal(result.facts.alcohol_free, true);
    assert.equal(result.facts.language, 'en');
    assert.equal(result.memories.find((m) => m.content === SHORT)?.type, 'communication_style');
    assert.equal(result.memories.find((m) => m.content === DAMAGED_NOVEMBER)?.type, 'issue');
  });

  test('Hebrew', () => {
    const result = extract('שלום, אנחנו לא שותים אלכוהול. תענו בקצרה בבקשה. הקופסה של נובמבר הגיעה שבורה.');
    assert.deepEqual(contents(result).sort(), [ALCOHOL_FREE, SHORT, DAMAGED_NOVEMBER].sort());
    assert.equal(result.facts.language, 'he');
  });

  test('Russian, with a sesame allergy', () => {
    const result = extract(
      'Здравствуйте, мы не пьём алкоголь. Отвечайте коротко, пожалуйста. У меня аллергия на кунжут.',
    );
    assert.ok(contents(result).includes(ALCOHOL_FREE));
    assert.ok(contents(result).includes(SHORT));
    assert.ok(contents(result).includes('Avoids sesame (allergy or intolerance).'));
    assert.deepEqual(result.facts.allergen_exclusions, ['sesame']);
    assert.equal(result.facts.language, 'ru');
  });

  test('Spanish', () => {
    const result = extract(
      'Hola, no bebemos alcohol. Respuestas cortas, por favor. Mi caja de noviembre llegó dañada.',
    );
    assert.deepEqual(contents(result).sort(), [ALCOHOL_FREE, SHORT, DAMAGED_NOVEMBER].sort());
    assert.equal(result.facts.language, 'es');
  });

  test('German, with a nut allergy and a city that gives the time zone', () => {
    const result = extract(
      'Hallo, wir trinken keinen Alkohol. Bitte kurz halten. Ich bin allergisch gegen Nüsse. Ich wohne in Berlin.',
    );
    assert.ok(contents(result).includes(ALCOHOL_FREE));
    assert.ok(contents(result).includes(SHORT));
    assert.deepEqual(result.facts.allergen_exclusions, ['tree nuts']);
    assert.equal(result.facts.timezone, 'Europe/Berlin');
    assert.equal(result.facts.language, 'de');
  });

  test('French', () => {
    const result = extract(
      "Bonjour, nous ne buvons pas d'alcool. Réponses courtes svp. Ma boîte de novembre est arrivée cassée.",
    );
    assert.deepEqual(contents(result).sort(), [ALCOHOL_FREE, SHORT, DAMAGED_NOVEMBER].sort());
    assert.equal(result.facts.language, 'fr');
  });

  test('a requested reply language, likes and dislikes, and the tier of their own box', () => {
    const result = extract(
      "Please answer in Hebrew. I live in Tel Aviv. My deluxe box is great: we love the halva but we don't like spicy food.",
    );
    assert.equal(result.facts.language, 'he');
    assert.equal(result.facts.timezone, 'Asia/Jerusalem');
    assert.equal(result.facts.tier, 'deluxe');
    assert.deepEqual(result.facts.product_likes, ['halva']);
    assert.deepEqual(result.facts.product_dislikes, ['spicy food']);
    assert.ok(contents(result).includes('Wants replies in Hebrew.'));
  });

  test('negated statements and the agents’ own words are not remembered', () => {
    const result = extractMemory({
      today: TODAY,
      messages: [
        { author: 'customer', content: 'The box was not damaged, thanks! I am not allergic to anything.' },
        {
          author: 'ai',
          content: 'We never ship wine with alcohol to you; please keep answers short, noted.',
        },
      ],
      facts: {},
      memories: [],
    });
    assert.deepEqual(result.memories, []);
    assert.equal(result.facts.alcohol_free, undefined);
  });
});

describe('merging memories', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  const daysAgo = (days: number): Date => new Date(now.getTime() - days * 86_400_000);
  const stored = (id: number, content: string, confidence: number, age: number): MemoryEntry => ({
    id,
    type: 'preference',
    content,
    confidence,
    sourceConversationId: null,
    createdAt: daysAgo(age),
    updatedAt: daysAgo(age),
  });

  test('the same memory said again refreshes the stored one instead of adding a copy', () => {
    const plan = mergeMemories(
      [stored(1, 'Prefers short answers.', 0.7, 40)],
      [{ type: 'preference', content: 'Prefers short answers, please.', confidence: 0.8 }],
      { now, sourceConversationId: 'conversation-1-2' },
    );
    assert.equal(plan.keep.length, 1);
    assert.equal(plan.keep[0]!.id, 1);
    assert.equal(plan.keep[0]!.content, 'Prefers short answers, please.');
    assert.ok(plan.keep[0]!.confidence > 0.8, 'said twice: more certain than either');
    assert.deepEqual(plan.keep[0]!.updatedAt, now);
    assert.deepEqual(plan.drop, []);
  });

  test('issues about different boxes stay separate however alike the words', () => {
    const plan = mergeMemories(
      [
        {
          ...stored(1, 'Reported a damaged or leaking item (the October 2026 box).', 0.8, 30),
          type: 'issue',
        },
      ],
      [{ type: 'issue', content: DAMAGED_NOVEMBER, confidence: 0.8 }],
      { now, sourceConversationId: null },
    );
    assert.equal(plan.keep.length, 2);
  });

  test('at most 10 are kept: the oldest, least confident ones go', () => {
    const old = Array.from({ length: 9 }, (_, i) =>
      stored(i + 1, `Likes product number ${i + 1}.`, 0.5, 60 + i),
    );
    const confidentOld = stored(100, 'Keeps kosher: kosher products only.', 0.95, 90);
    const plan = mergeMemories(
      [...old, confidentOld],
      [
        { type: 'preference', content: ALCOHOL_FREE, confidence: 0.9 },
        { type: 'communication_style', content: SHORT, confidence: 0.85 },
      ],
      { now, sourceConversationId: null },
    );
    assert.equal(plan.keep.length, 10);
    const kept = plan.keep.map((entry) => entry.content);
    assert.ok(kept.includes(ALCOHOL_FREE) && kept.includes(SHORT), 'the new memories are kept');
    assert.ok(kept.includes('Keeps kosher: kosher products only.'), 'a confident old memory is kept');
    // The two oldest of the equally unsure memories make room.
    assert.deepEqual(
      plan.drop.sort((a, b) => a - b),
      [8, 9],
    );
  });
});

describe('customer memory across conversations', () => {
  let harness: Harness;
  let memory: MemoryActivities;
  before(async () => {
    harness = await startHarness({ worker: false, env: { ADMIN_API_TOKEN: TOKEN } });
    memory = createMemoryActivities({
      db: harness.db,
      llm: learningRegistry(),
      commerce: createPostgresCommerce(harness.db),
      attemptsPerProvider: 1,
      today: () => TODAY,
    });
  });
  after(async () => {
    await harness?.close();
  });

  test('extraction stores facts and memories, repeats are merged, and the next conversation sees them', async () => {
    await seedConversation(harness.db, {
      id: 'conversation-1-7001',
      email: 'hannah.schneider@example.org',
      messages: [
        { author: 'customer', content: 'Hallo, wir trinken keinen Alkohol. Bitte kurz halten.' },
        { author: 'ai', content: 'Danke, Hannah! Ihre Box kommt alkoholfrei.' },
        { author: 'customer', content: 'Meine Novemberbox kam beschädigt an, die Flasche war kaputt.' },
      ],
    });
    const first = await memory.extractCustomerMemory({ conversationId: 'conversation-1-7001' });
    assert.deepEqual(first, {
      status: 'updated',
      customerId: 'cus_1008',
      memories: 3,
      changed: 3,
      dropped: 0,
    });
    const stored = await findCustomerMemory(harness.db, 'cus_1008');
    assert.equal(stored?.facts.alcohol_free, true);
    assert.equal(stored?.facts.language, 'de');
    // Filled from the commerce profile: the tier is the record's, the time zone was never stated.
    assert.equal(stored?.facts.tier, 'premium');
    assert.equal(stored?.facts.timezone, 'Europe/Berlin');
    assert.deepEqual(
      stored?.memories.map((m) => m.content).sort(),
      [ALCOHOL_FREE, SHORT, DAMAGED_NOVEMBER].sort(),
    );
    assert.ok(stored!.memories.every((m) => m.sourceConversationId === 'conversation-1-7001'));

    // A later conversation says one of them again, in another language: still three memories.
    await seedConversation(harness.db, {
      id: 'conversation-1-7002',
      email: 'hannah.schneider@example.org',
      messages: [{ author: 'customer', content: "We don't drink alcohol. Where is my December box?" }],
    });
    const second = await memory.extractCustomerMemory({ conversationId: 'conversation-1-7002' });
    assert.equal(second.status, 'updated');
    const after = await findCustomerMemory(harness.db, 'cus_1008');
    assert.equal(after?.memories.filter((m) => m.content === ALCOHOL_FREE).length, 1);
    assert.ok(after?.memories.some((m) => m.content.startsWith('Reported a late or missing delivery')));
    const alcohol = after!.memories.find((m) => m.content === ALCOHOL_FREE)!;
    assert.equal(alcohol.sourceConversationId, 'conversation-1-7002');
    assert.ok(alcohol.confidence > 0.9);

    const loaded = await memory.loadCustomerMemory({ customerId: 'cus_1008' });
    assert.equal(loaded.memories[0]?.content, ALCOHOL_FREE, 'most confident first');
    const sources = createLearningSources(harness.db, { today: () => TODAY });
    const forTurn = await sources.memoryFor('cus_1008');
    assert.ok(forTurn.some((item) => item.type === 'preference' && item.content === ALCOHOL_FREE));
  });

  test('a sender who is no customer, or a conversation without customer words, stores nothing', async () => {
    await seedConversation(harness.db, {
      id: 'conversation-1-7003',
      email: 'stranger@example.com',
      messages: [{ author: 'customer', content: "We don't drink alcohol." }],
    });
    assert.deepEqual(await memory.extractCustomerMemory({ conversationId: 'conversation-1-7003' }), {
      status: 'skipped',
      reason: 'unknown_customer',
    });
    assert.deepEqual(await memory.extractCustomerMemory({ conversationId: 'conversation-404' }), {
      status: 'skipped',
      reason: 'unknown_conversation',
    });
  });

  test('the API shows a customer’s memory and forgets one memory or all of it', async () => {
    await seedConversation(harness.db, {
      id: 'conversation-1-7010',
      email: 'noa.bendavid@example.com',
      messages: [{ author: 'customer', content: 'שלום, אנחנו לא שותים אלכוהול. תענו בקצרה בבקשה.' }],
    });
    await memory.extractCustomerMemory({ conversationId: 'conversation-1-7010' });

    const shown = await operatorCall(harness.url, 'GET', '/api/customers/cus_1009/memory', { token: TOKEN });
    assert.equal(shown.status, 200);
    assert.equal(shown.body.customerId, 'cus_1009');
    assert.equal(shown.body.facts.language, 'he');
    assert.equal(shown.body.memories.length, 2);

    const unauthorised = await operatorCall(harness.url, 'GET', '/api/customers/cus_1009/memory', {
      token: 'wrong',
    });
    assert.equal(unauthorised.status, 401);
    assert.equal(unauthorised.body.error.code, 'unauthorized');

    const one = shown.body.memories.find((m: { content: string }) => m.content === SHORT);
    const deleted = await operatorCall(harness.url, 'DELETE', `/api/customers/cus_1009/memory/${one.id}`, {
      token: TOKEN,
    });
    assert.equal(deleted.status, 204);
    const again = await operatorCall(harness.url, 'DELETE', `/api/customers/cus_1009/memory/${one.id}`, {
      token: TOKEN,
    });
    assert.equal(again.status, 404);
    const left = await operatorCall(harness.url, 'GET', '/api/customers/cus_1009/memory', { token: TOKEN });
    assert.deepEqual(
      left.body.memories.map((m: { content: string }) => m.content),
      [ALCOHOL_FREE],
    );

    assert.equal(
      (await operatorCall(harness.url, 'DELETE', '/api/customers/cus_1009/memory', { token: TOKEN })).status,
      204,
    );
    assert.equal(await findCustomerMemory(harness.db, 'cus_1009'), null);
    const none = await operatorCall(harness.url, 'GET', '/api/customers/cus_1009/memory', { token: TOKEN });
    assert.deepEqual(none.body, { customerId: 'cus_1009', facts: {}, memories: [] });
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  createLearnedKnowledgeActivities,
  type LearnedKnowledgeActivities,
} from '../activities/learning/learned-knowledge/learned-knowledge-activities';
import { proposeFacts } from '../activities/learning/learned-knowledge/propose-facts';
import { listLearnedFacts, searchLearnedKnowledge } from '../activities/repos/learned-knowledge-repo';
import { startHarness, type Harness, harnessActivities } from './support/kesher-harness';
import { learningRegistry, operatorCall, seedConversation } from './support/learning-fixtures';

const TOKEN = 'operator-token-for-tests';
const HONEY_RULE = 'We replace honey with carob syrup for every box shipped to Australia, at no extra cost.';

describe('proposing facts from human answers', () => {
  test('general rules are proposed; greetings and this customer’s own order details are not', () => {
    const proposal = proposeFacts({
      category: 'product_question',
      exchanges: [
        {
          messageId: 11,
          question: 'Why was there carob syrup instead of honey?',
          answer: `Hi Emily, thanks for asking! ${HONEY_RULE} Your order ord_64001 shipped on 3 November.`,
        },
      ],
    });
    assert.deepEqual(
      proposal.facts.map((fact) => fact.fact),
      [HONEY_RULE],
    );
    assert.equal(proposal.facts[0]!.question, 'Why was there carob syrup instead of honey?');
    assert.equal(proposal.facts[0]!.messageId, 11);
    assert.equal(proposal.facts[0]!.language, 'en');
  });
});

describe('learned knowledge is used only once approved', () => {
  let harness: Harness;
  let learned: LearnedKnowledgeActivities;
  before(async () => {
    harness = await startHarness({ worker: false, env: { ADMIN_API_TOKEN: TOKEN } });
    learned = createLearnedKnowledgeActivities({
      db: harness.db,
      llm: learningRegistry(),
      attemptsPerProvider: 1,
    });
    await seedConversation(harness.db, {
      id: 'conversation-1-8001',
      email: 'emily.carter@example.net',
      category: 'product_question',
      status: 'resolved',
      messages: [
        { author: 'customer', content: 'Why was there carob syrup in my box instead of honey?' },
        { author: 'human', content: `Hello Emily! ${HONEY_RULE}` },
        { author: 'customer', content: 'And can I get the upgrade to DHL Express for my next box?' },
        {
          author: 'human',
          content:
            'Basic and Premium subscribers can upgrade a box to DHL Express for $15 per box, asked before the 28th.',
        },
        { author: 'customer', content: 'Thank you!' },
      ],
    });
  });
  after(async () => {
    await harness?.close();
  });

  test('proposed facts wait as pending and are not searchable; approved ones are, rejected ones never', async () => {
    const outcome = await learned.proposeLearnedFacts({ conversationId: 'conversation-1-8001' });
    assert.equal(outcome.status, 'proposed');
    const pending = await listLearnedFacts(harness.db, { status: 'pending' });
    assert.equal(pending.length, 2);
    const honey = pending.find((fact) => fact.fact === HONEY_RULE)!;
    const dhl = pending.find((fact) => fact.fact.includes('DHL Express'))!;
    assert.ok(honey && dhl);
    assert.equal(honey.question, 'Why was there carob syrup in my box instead of honey?');
    assert.equal(honey.category, 'product_question');
    assert.equal(honey.productArea, 'product');
    assert.equal(honey.sourceConversationId, 'conversation-1-8001');
    assert.deepEqual((honey.evidence[0] as { answer: string }).answer, `Hello Emily! ${HONEY_RULE}`);

    const before = await searchLearnedKnowledge(harness.db, {
      query: 'honey Australia carob',
      language: 'en',
    });
    assert.deepEqual(before, [], 'pending facts are not retrievable');

    const listed = await operatorCall(harness.url, 'GET', '/api/learned-knowledge?status=pending', {
      token: TOKEN,
    });
    assert.equal(listed.status, 200);
    assert.equal(listed.body.facts.length, 2);

    const approved = await operatorCall(harness.url, 'POST', `/api/learned-knowledge/${honey.id}/approve`, {
      token: TOKEN,
      body: { reviewer: 'dana' },
    });
    assert.equal(approved.status, 200);
    assert.equal(approved.body.fact.status, 'approved');
    assert.equal(approved.body.fact.reviewedBy, 'dana');
    const rejected = await operatorCall(harness.url, 'POST', `/api/learned-knowledge/${dhl.id}/reject`, {
      token: TOKEN,
      body: { note: 'price may change' },
    });
    assert.equal(rejected.body.fact.status, 'rejected');

    const hits = await searchLearnedKnowledge(harness.db, {
      query: 'why did I get carob instead of honey',
      language: 'en',
    });
    assert.deepEqual(
      hits.map((hit) => hit.id),
      [honey.id],
    );
    assert.equal(hits[0]!.fact, HONEY_RULE);
    assert.deepEqual(await searchLearnedKnowledge(harness.db, { query: 'DHL Express upgrade' }), []);
    assert.deepEqual(
      await searchLearnedKnowledge(harness.db, { query: 'honey Australia', language: 'he' }),
      [],
    );

    // A decision stands: a second review is a conflict.
    const twice = await operatorCall(harness.url, 'POST', `/api/learned-knowledge/${dhl.id}/approve`, {
      token: TOKEN,
    });
    assert.equal(twice.status, 409);
    assert.equal(
      (await operatorCall(harness.url, 'POST', '/api/learned-knowledge/999999/approve', { token: TOKEN }))
        .status,
      404,
    );
  });

  test('a turn’s knowledge retrieval carries the approved fact, never the rejected one', async () => {
    const activities = harnessActivities(harness);
    const passages = await activities.retrieveKnowledge({
      message: 'Why did I get carob syrup instead of honey?',
      category: 'product_question',
      language: 'en',
    });
    const learnedPassages = passages.filter((p) => p.articleId.startsWith('learned-'));
    assert.deepEqual(
      learnedPassages.map((p) => p.text),
      [HONEY_RULE],
    );
    const upgrade = await activities.retrieveKnowledge({
      message: 'Can I upgrade to DHL Express?',
      category: 'shipping_tracking',
      language: 'en',
    });
    assert.ok(!upgrade.some((p) => p.articleId.startsWith('learned-')), 'the rejected fact never joins');
  });

  test('proposing again from the same conversation queues nothing new, not even a rejected fact', async () => {
    const again = await learned.proposeLearnedFacts({ conversationId: 'conversation-1-8001' });
    assert.deepEqual(again, { status: 'proposed', factIds: [], duplicates: 2 });
  });

  test('a conversation that is not resolved, or has no human answer, proposes nothing', async () => {
    await seedConversation(harness.db, {
      id: 'conversation-1-8002',
      status: 'open',
      messages: [
        { author: 'customer', content: 'Do you ship to Australia?' },
        { author: 'human', content: 'We ship to Australia with FedEx in 7-12 business days.' },
      ],
    });
    await seedConversation(harness.db, {
      id: 'conversation-1-8003',
      status: 'resolved',
      messages: [
        { author: 'customer', content: 'Do you ship to Australia?' },
        { author: 'ai', content: 'We ship to Australia with FedEx in 7-12 business days.' },
      ],
    });
    assert.deepEqual(await learned.proposeLearnedFacts({ conversationId: 'conversation-1-8002' }), {
      status: 'skipped',
      reason: 'not_resolved',
    });
    assert.deepEqual(await learned.proposeLearnedFacts({ conversationId: 'conversation-1-8003' }), {
      status: 'skipped',
      reason: 'no_human_answers',
    });
  });
});

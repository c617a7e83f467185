import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createLocalEmbedder } from '../activities/knowledge/embedder';
import { subtractDays, searchKnowledge, type KnowledgeQuery } from '../activities/knowledge/hybrid-search';
import { ingestKnowledgeBase } from '../activities/knowledge/ingest';
import { createPostgresKnowledgeStore } from '../activities/knowledge/postgres-store';
import type { KnowledgeSearchResult } from '../activities/knowledge/hybrid-search';
import type { KnowledgeStore } from '../activities/knowledge/types';
import { createTestDatabase, type TestDatabase } from './support/test-db';

const KB_DIR = new URL('../fixtures/knowledge-base/', import.meta.url).pathname;
const TODAY = '2026-11-23';

describe('hybrid knowledge retrieval over the local Postgres store', () => {
  let testDb: TestDatabase;
  let store: KnowledgeStore;
  const search = (query: Omit<KnowledgeQuery, 'today'>): Promise<KnowledgeSearchResult> =>
    searchKnowledge(store, { today: TODAY, ...query });
  const articleIds = (result: KnowledgeSearchResult): string[] => result.hits.map((hit) => hit.articleId);

  before(async () => {
    testDb = await createTestDatabase();
    const embedder = createLocalEmbedder();
    await ingestKnowledgeBase(testDb.db, { dir: KB_DIR, embedder });
    store = createPostgresKnowledgeStore(testDb.db, embedder);
  });
  after(() => testDb.destroy());

  test('a pause question finds the pausing article first', async () => {
    const result = await search({ query: 'how many times can I pause my subscription' });
    assert.equal(articleIds(result)[0], 'kb-005');
  });

  test('a customs question about an EU country finds the customs duties article first', async () => {
    const result = await search({ query: 'my package is stuck in customs in Germany' });
    assert.equal(articleIds(result)[0], 'kb-014');
  });

  test('a three-word question still matches (OR-of-terms fallback)', async () => {
    const result = await search({ query: 'wine alcohol free' });
    assert.equal(articleIds(result)[0], 'kb-013');
  });

  test('a Hebrew question finds the Hebrew subscription article, with or without a language filter', async () => {
    const query = 'כמה פעמים אפשר להשהות את המנוי?';
    const filtered = await search({ query, language: 'he' });
    assert.equal(filtered.hits[0]?.articleId, 'kb-017');
    assert.equal(filtered.hits[0]?.language, 'he');
    assert.equal(filtered.fellBackToEnglish, false);
    assert.equal(articleIds(await search({ query }))[0], 'kb-017');
  });

  test('a Russian tracking question finds the Russian shipping article', async () => {
    const result = await search({
      query: 'Где моя посылка? Трекинг не обновляется уже неделю',
      language: 'ru',
    });
    assert.equal(result.hits[0]?.articleId, 'kb-018');
    assert.ok(result.hits.every((hit) => hit.language === 'ru'));
  });

  test('returns at most five hits with article metadata, text and every score', async () => {
    const result = await search({ query: 'refund for a damaged bottle' });
    assert.equal(result.hits.length, 5);
    for (const hit of result.hits) {
      assert.match(hit.articleId, /^kb-\d{3}$/);
      assert.ok(hit.title && hit.text && hit.heading.startsWith(hit.title));
      assert.match(hit.updatedAt, /^\d{4}-\d{2}-\d{2}$/);
      assert.equal(typeof hit.scores.fused, 'number');
      assert.equal(typeof hit.scores.rerank, 'number');
      assert.ok(hit.scores.lexical !== null || hit.scores.vector !== null);
    }
    const scores = result.hits.map((hit) => hit.scores.rerank);
    assert.deepEqual(
      scores,
      [...scores].sort((a, b) => b - a),
    );
  });

  test('filters by product area', async () => {
    const result = await search({ query: 'refund my money', productArea: 'shipping' });
    assert.ok(result.hits.length > 0);
    assert.ok(result.hits.every((hit) => hit.productArea === 'shipping'));
    assert.ok(!articleIds(result).includes('kb-009'));
  });

  test('freshness excludes articles older than maxAgeDays', async () => {
    const result = await search({ query: 'my package is stuck in customs in Germany', maxAgeDays: 60 });
    const since = subtractDays(TODAY, 60);
    assert.equal(since, '2026-09-24');
    assert.ok(result.hits.length > 0);
    assert.ok(result.hits.every((hit) => hit.updatedAt >= since));
    assert.ok(!articleIds(result).includes('kb-014'), 'kb-014 (2026-08-11) is too old');
  });

  test('falls back to English when the language has no articles', async () => {
    const german = await search({ query: 'how many times can I pause my subscription', language: 'de' });
    assert.equal(german.fellBackToEnglish, true);
    assert.equal(german.language, 'en');
    assert.equal(german.hits[0]?.articleId, 'kb-005');
    // Hebrew has articles, but none about billing: the fallback applies within the other filters.
    const hebrewBilling = await search({ query: 'חיוב כפול', language: 'he', productArea: 'billing' });
    assert.equal(hebrewBilling.fellBackToEnglish, true);
    assert.ok(hebrewBilling.hits.every((hit) => hit.language === 'en' && hit.productArea === 'billing'));
  });

  test('no fallback when the language has matching articles', async () => {
    const result = await search({ query: 'השהיה', language: 'he' });
    assert.equal(result.fellBackToEnglish, false);
    assert.deepEqual([...new Set(articleIds(result))], ['kb-017']);
  });
});

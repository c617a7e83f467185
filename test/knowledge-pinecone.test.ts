import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createLocalEmbedder } from '../activities/knowledge/embedder';
import { searchKnowledge } from '../activities/knowledge/hybrid-search';
import { loadKnowledgeBase } from '../activities/knowledge/ingest';
import {
  createPineconeKnowledgeStore,
  pineconeFilter,
  type PineconeKnowledgeStore,
} from '../activities/knowledge/pinecone-store';
import {
  DEFAULT_NAMESPACE,
  startFakePineconeServer,
  type FakePineconeServer,
} from './support/fake-pinecone-server';

const KB_DIR = new URL('../fixtures/knowledge-base/', import.meta.url).pathname;
const TODAY = '2026-11-23';

describe('the Pinecone knowledge store through the real SDK', () => {
  let fake: FakePineconeServer;
  let store: PineconeKnowledgeStore;
  const lastRequest = (path: string): { headers: Record<string, unknown>; body: Record<string, unknown> } => {
    const request = fake.requests.filter((r) => r.path === path).at(-1);
    assert.ok(request, `no ${path} request`);
    return { headers: request.headers, body: request.body as Record<string, unknown> };
  };

  before(async () => {
    fake = await startFakePineconeServer();
    store = createPineconeKnowledgeStore({
      apiKey: 'pc-test-key',
      indexName: 'kesher-kb',
      controllerHostUrl: fake.url,
      embedder: createLocalEmbedder(),
    });
  });
  after(() => fake.close());

  test('upserts every chunk with its metadata, after resolving the index host', async () => {
    const articles = await loadKnowledgeBase(KB_DIR);
    const count = await store.upsertArticles(articles);
    assert.equal(
      count,
      articles.reduce((sum, a) => sum + a.chunks.length, 0),
    );
    assert.ok(fake.requests.some((r) => r.method === 'GET' && r.path === '/indexes/kesher-kb'));
    const stored = fake.namespaces.get(DEFAULT_NAMESPACE)?.get('kb-005#0');
    assert.equal(stored?.values.length, 384);
    assert.deepEqual(
      stored && { ...stored.metadata, text: typeof stored.metadata?.text, heading: undefined },
      {
        article_id: 'kb-005',
        chunk_index: 0,
        title: 'Pausing your subscription',
        heading: undefined,
        product_area: 'subscription',
        language: 'en',
        updated_at: '2026-10-21',
        updated_day: 20747,
        text: 'string',
      },
    );
    assert.equal(lastRequest('/vectors/upsert').headers['api-key'], 'pc-test-key');
  });

  test('queries with a metadata filter for product area, language and freshness', async () => {
    const candidates = await store.vectorCandidates(
      (await store.embedder.embed(['tracking not updating']))[0] ?? [],
      { productArea: 'shipping', language: 'en', updatedSince: '2026-09-24' },
      20,
    );
    const { body } = lastRequest('/query');
    assert.deepEqual(
      body.filter,
      pineconeFilter({ productArea: 'shipping', language: 'en', updatedSince: '2026-09-24' }),
    );
    assert.deepEqual(body.filter, {
      $and: [
        { product_area: { $eq: 'shipping' } },
        { language: { $eq: 'en' } },
        { updated_day: { $gte: 20720 } },
      ],
    });
    assert.equal(body.topK, 20);
    assert.equal(body.includeMetadata, true);
    assert.ok(candidates.length > 0);
    assert.ok(
      candidates.every(
        (c) => c.productArea === 'shipping' && c.language === 'en' && c.updatedAt >= '2026-09-24',
      ),
    );
    assert.deepEqual(new Set(candidates.map((c) => c.articleId)), new Set(['kb-002', 'kb-003']));
  });

  test('searchKnowledge reranks with the hosted bge-reranker-v2-m3', async () => {
    const result = await searchKnowledge(
      store,
      { query: 'wine alcohol free', today: TODAY },
      { candidates: 20, topK: 5 },
    );
    const { body } = lastRequest('/rerank');
    assert.equal(body.model, 'bge-reranker-v2-m3');
    assert.equal(body.query, 'wine alcohol free');
    assert.equal(body.top_n, 5);
    assert.deepEqual(body.rank_fields, ['text']);
    assert.equal(body.return_documents, false);
    const documents = body.documents as Array<{ id: string; text: string }>;
    assert.equal(documents.length, 20);
    assert.ok(documents.every((d) => /^kb-\d{3}#\d+$/.test(d.id) && d.text.length > 0));
    assert.equal(result.hits.length, 5);
    assert.equal(result.hits[0]?.articleId, 'kb-013');
    assert.ok(
      result.hits.every((hit) => typeof hit.scores.rerank === 'number' && hit.scores.vector !== null),
    );
  });

  test('falls back to English through the Pinecone filter too', async () => {
    const result = await searchKnowledge(store, {
      query: 'pause my subscription',
      language: 'de',
      today: TODAY,
    });
    assert.equal(result.fellBackToEnglish, true);
    assert.ok(result.hits.every((hit) => hit.language === 'en'));
  });
});

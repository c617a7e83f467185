import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CHUNK_WORDS } from '../activities/knowledge/chunk-article';
import { createLocalEmbedder } from '../activities/knowledge/embedder';
import { ingestKnowledgeBase, loadKnowledgeBase } from '../activities/knowledge/ingest';
import { ArticleFormatError, parseArticle } from '../activities/knowledge/parse-article';
import { createTestDatabase, type TestDatabase } from './support/test-db';

const KB_DIR = new URL('../fixtures/knowledge-base/', import.meta.url).pathname;

describe('knowledge base parsing and chunking', () => {
  test('reads the front matter of all 18 articles (16 en, 1 he, 1 ru)', async () => {
    const articles = await loadKnowledgeBase(KB_DIR);
    assert.equal(articles.length, 18);
    const languages = articles.map(({ article }) => article.language).sort();
    assert.deepEqual([...new Set(languages)], ['en', 'he', 'ru']);
    assert.equal(languages.filter((language) => language === 'en').length, 16);
    const pause = articles.find(({ article }) => article.id === 'kb-005')?.article;
    assert.deepEqual(pause && { title: pause.title, area: pause.productArea, updated: pause.updatedAt }, {
      title: 'Pausing your subscription',
      area: 'subscription',
      updated: '2026-10-21',
    });
  });

  test('chunks by section, within the size bounds, with the title and heading as context', async () => {
    for (const { article, chunks } of await loadKnowledgeBase(KB_DIR)) {
      assert.ok(chunks.length >= 1, article.id);
      for (const chunk of chunks) {
        assert.ok(chunk.heading.startsWith(article.title), chunk.heading);
        assert.ok(
          chunk.wordCount <= CHUNK_WORDS.max + 20,
          `${article.id}#${chunk.chunkIndex}: ${chunk.wordCount}`,
        );
      }
      // Only a last chunk may be short, and only when nothing was left to merge it with.
      for (const chunk of chunks.slice(0, -1)) assert.ok(chunk.wordCount >= CHUNK_WORDS.min / 2, article.id);
    }
  });

  test('rejects an article without valid front matter', () => {
    assert.throws(() => parseArticle('# no front matter', 'x.md'), ArticleFormatError);
    assert.throws(
      () =>
        parseArticle(
          '---\nid: kb-1\ntitle: T\nproduct_area: nope\nlanguage: en\nupdated_at: 2026-01-01\n---\n',
          'y.md',
        ),
      /product_area/,
    );
  });
});

describe('ingesting the knowledge base into Postgres', () => {
  let testDb: TestDatabase;
  let dir: string;
  const embedder = createLocalEmbedder();
  const snapshot = (): Promise<
    Array<{ id: number; article_id: string; content: string; created_at: Date }>
  > =>
    testDb.db
      .selectFrom('knowledge_chunks')
      .select(['id', 'article_id', 'content', 'created_at'])
      .orderBy('id')
      .execute();

  before(async () => {
    testDb = await createTestDatabase();
    dir = await mkdtemp(join(tmpdir(), 'kesher-kb-'));
    await cp(KB_DIR, dir, { recursive: true });
  });
  after(async () => {
    await testDb.destroy();
    await rm(dir, { recursive: true, force: true });
  });

  test('first ingest inserts every article with embedded chunks', async () => {
    const report = await ingestKnowledgeBase(testDb.db, { dir, embedder });
    assert.equal(report.inserted.length, 18);
    const chunks = await testDb.db
      .selectFrom('knowledge_chunks')
      .select(['embedding', 'embedding_model'])
      .execute();
    assert.equal(chunks.length, report.chunksWritten);
    assert.ok(
      chunks.every((c) => c.embedding?.length === embedder.dimensions && c.embedding_model === embedder.name),
    );
  });

  test('re-ingesting unchanged content changes nothing', async () => {
    const before = await snapshot();
    const articlesBefore = await testDb.db
      .selectFrom('knowledge_articles')
      .select(['id', 'indexed_at'])
      .orderBy('id')
      .execute();
    const report = await ingestKnowledgeBase(testDb.db, { dir, embedder });
    assert.deepEqual(
      { ...report, unchanged: report.unchanged.length },
      { inserted: [], updated: [], unchanged: 18, chunksWritten: 0 },
    );
    assert.deepEqual(await snapshot(), before);
    assert.deepEqual(
      await testDb.db.selectFrom('knowledge_articles').select(['id', 'indexed_at']).orderBy('id').execute(),
      articlesBefore,
    );
  });

  test('changed content replaces only that article’s chunks', async () => {
    const file = join(dir, 'skipping-a-month.md');
    const source = await readFile(file, 'utf8');
    await writeFile(
      file,
      source.replace('## The rules', '## The rules\nSkipping is free of charge, always (zebra marker).'),
    );
    const before = await snapshot();
    const report = await ingestKnowledgeBase(testDb.db, { dir, embedder });
    assert.deepEqual(report.updated, ['kb-006']);
    assert.equal(report.unchanged.length, 17);
    const after = await snapshot();
    assert.deepEqual(
      after.filter((c) => c.article_id !== 'kb-006'),
      before.filter((c) => c.article_id !== 'kb-006'),
    );
    const skipping = after.filter((c) => c.article_id === 'kb-006');
    assert.ok(skipping.some((c) => c.content.includes('zebra marker')));
    assert.ok(
      skipping.every((c) => !before.some((old) => old.id === c.id)),
      'old chunks were replaced',
    );
  });
});

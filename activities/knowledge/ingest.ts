import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../../schema/tables';
import { chunkArticle, type ArticleChunk } from './chunk-article';
import { parseArticle, type ParsedArticle } from './parse-article';
import type { Embedder } from './types';

/**
 * Bumped when chunking changes, so a re-ingest rebuilds chunks even though the files are the same.
 */
const CHUNKER_VERSION = 'sections-v1';

/** What to ingest and how to embed it. */
export interface IngestOptions {
  /** Directory of `*.md` articles. */
  dir: string;
  embedder: Embedder;
}

/** Article ids by what the ingest did with them. */
export interface IngestReport {
  inserted: string[];
  updated: string[];
  unchanged: string[];
  /** Chunks written by this run. */
  chunksWritten: number;
}

/** An article with its chunks, ready for any store. */
export interface ChunkedArticle {
  article: ParsedArticle;
  chunks: ArticleChunk[];
}

/** Reads and chunks every `*.md` article in `dir`, sorted by file name for a stable order. */
export async function loadKnowledgeBase(dir: string): Promise<ChunkedArticle[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.md')).sort();
  const articles: ChunkedArticle[] = [];
  for (const file of files) {
    const article = parseArticle(await readFile(join(dir, file), 'utf8'), file);
    articles.push({ article, chunks: chunkArticle(article.title, article.body) });
  }
  return articles;
}

/** The text a chunk is embedded from: its heading carries the article title as context. */
export function chunkEmbeddingText(chunk: Pick<ArticleChunk, 'heading' | 'content'>): string {
  return `${chunk.heading}\n${chunk.content}`;
}

function versionedHash(article: ParsedArticle): string {
  return `${article.contentHash}:${CHUNKER_VERSION}`;
}

/**
 * Upserts the knowledge base into the local store. Unchanged articles (same file hash, chunker
 * and embedding model) are skipped entirely; a changed article's chunks are replaced in one
 * transaction so a search never sees half an article.
 */
export async function ingestKnowledgeBase(
  db: Kysely<Database>,
  options: IngestOptions,
): Promise<IngestReport> {
  const report: IngestReport = { inserted: [], updated: [], unchanged: [], chunksWritten: 0 };
  const existing = new Map(
    (
      await db.selectFrom('knowledge_articles').select(['id', 'content_hash', 'embedding_model']).execute()
    ).map((row) => [row.id, row]),
  );
  for (const { article, chunks } of await loadKnowledgeBase(options.dir)) {
    const hash = versionedHash(article);
    const previous = existing.get(article.id);
    if (previous?.content_hash === hash && previous.embedding_model === options.embedder.name) {
      report.unchanged.push(article.id);
      continue;
    }
    const [articleVector, ...chunkVectors] = await options.embedder.embed([
      `${article.title}\n${article.body}`,
      ...chunks.map(chunkEmbeddingText),
    ]);
    await db.transaction().execute(async (trx) => {
      const row = {
        title: article.title,
        product_area: article.productArea,
        language: article.language,
        updated_at: article.updatedAt,
        body: article.body,
        source_path: article.sourcePath,
        content_hash: hash,
        embedding: articleVector ?? null,
        embedding_model: options.embedder.name,
        indexed_at: new Date(),
      };
      await trx
        .insertInto('knowledge_articles')
        .values({ id: article.id, ...row })
        .onConflict((oc) => oc.column('id').doUpdateSet(row))
        .execute();
      await trx.deleteFrom('knowledge_chunks').where('article_id', '=', article.id).execute();
      if (chunks.length === 0) return;
      await trx
        .insertInto('knowledge_chunks')
        .values(
          chunks.map((chunk, i) => ({
            article_id: article.id,
            chunk_index: chunk.chunkIndex,
            heading: chunk.heading,
            content: chunk.content,
            token_count: chunk.wordCount,
            embedding: chunkVectors[i] ?? null,
            embedding_model: options.embedder.name,
          })),
        )
        .execute();
    });
    (previous ? report.updated : report.inserted).push(article.id);
    report.chunksWritten += chunks.length;
  }
  return report;
}

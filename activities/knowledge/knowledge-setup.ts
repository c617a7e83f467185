import type { Kysely } from 'kysely';
import type { AppConfig } from '../../config/config';
import type { Database } from '../../schema/tables';
import { createLocalEmbedder } from './local-embedder';
import { ingestKnowledgeBase, loadKnowledgeBase, type IngestReport } from './ingest';
import { createOpenAiEmbedder } from './openai-embedder';
import { createPineconeKnowledgeStore } from './pinecone-store';
import { createPostgresKnowledgeStore } from './postgres-store';
import type { Embedder, KnowledgeStore } from './types';
import type { PineconeKnowledgeStore } from './pinecone-store';

/** The knowledge base shipped with Kesher. */
export const DEFAULT_KNOWLEDGE_DIR = new URL('../../fixtures/knowledge-base/', import.meta.url).pathname;

/** Embeddings from OpenAI when a key is configured, the local hashing embedder otherwise. */
export function createEmbedder(config: Pick<AppConfig, 'llm'>): Embedder {
  const { apiKey, baseUrl } = config.llm.openai;
  return apiKey ? createOpenAiEmbedder({ apiKey, baseUrl }) : createLocalEmbedder();
}

/** Pinecone when PINECONE_API_KEY is set, else the Postgres store (full text + vectors). */
export function createKnowledgeStore(
  config: Pick<AppConfig, 'llm' | 'knowledge'>,
  db: Kysely<Database>,
): KnowledgeStore | PineconeKnowledgeStore {
  const embedder = createEmbedder(config);
  const pinecone = config.knowledge.pinecone;
  return pinecone
    ? createPineconeKnowledgeStore({ ...pinecone, embedder })
    : createPostgresKnowledgeStore(db, embedder);
}

/**
 * Ingests the knowledge base into Postgres (always: the articles table is the source of truth for
 * operators) and, when the store is Pinecone, upserts the chunks there too.
 */
export async function prepareKnowledge(
  db: Kysely<Database>,
  store: KnowledgeStore | PineconeKnowledgeStore,
  dir: string = DEFAULT_KNOWLEDGE_DIR,
): Promise<IngestReport & { upserted: number }> {
  const report = await ingestKnowledgeBase(db, { dir, embedder: store.embedder });
  const upserted = 'upsertArticles' in store ? await store.upsertArticles(await loadKnowledgeBase(dir)) : 0;
  return { ...report, upserted };
}

import { Pinecone, type PineconeRecord } from '@pinecone-database/pinecone';
import type { ProductArea } from '../../schema/tables';
import { chunkEmbeddingText, type ChunkedArticle } from './ingest';
import type {
  Embedder,
  KnowledgeCandidate,
  KnowledgeFilter,
  KnowledgeHit,
  KnowledgeStore,
  Reranker,
} from './types';

/** Pinecone's hosted multilingual cross-encoder. */
export const PINECONE_RERANK_MODEL = 'bge-reranker-v2-m3';
const DAY_MS = 86_400_000;

/** How to reach the Pinecone index. */
export interface PineconeStoreOptions {
  apiKey: string;
  indexName: string;
  /** Control-plane (and inference) API origin; Pinecone's own by default. Tests point it at a fake. */
  controllerHostUrl?: string;
  namespace?: string;
  embedder: Embedder;
  rerankModel?: string;
}

/** Metadata stored with each chunk vector; a type alias so it satisfies the SDK's `RecordMetadata`. */
export type ChunkMetadata = {
  article_id: string;
  chunk_index: number;
  title: string;
  heading: string;
  product_area: string;
  language: string;
  /** `YYYY-MM-DD`, for display. */
  updated_at: string;
  /** Days since 1970-01-01: Pinecone's range operators only compare numbers. */
  updated_day: number;
  text: string;
};

/** The Pinecone knowledge store, with indexing. */
export interface PineconeKnowledgeStore extends KnowledgeStore {
  readonly reranker: Reranker;
  /** Upserts every chunk (id `kb-005#0`), embedding with the store's embedder; returns the count. */
  upsertArticles(articles: readonly ChunkedArticle[]): Promise<number>;
}

function dayNumber(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

/** The metadata filter for a search, in Pinecone's filter language. */
export function pineconeFilter(filter: KnowledgeFilter): object | undefined {
  const clauses: object[] = [];
  if (filter.productArea) clauses.push({ product_area: { $eq: filter.productArea } });
  if (filter.language) clauses.push({ language: { $eq: filter.language } });
  if (filter.updatedSince) clauses.push({ updated_day: { $gte: dayNumber(filter.updatedSince) } });
  if (clauses.length === 0) return undefined;
  return clauses.length === 1 ? clauses[0] : { $and: clauses };
}

function toCandidate(id: string, score: number | undefined, metadata: ChunkMetadata): KnowledgeCandidate {
  return {
    chunkId: id,
    articleId: metadata.article_id,
    title: metadata.title,
    productArea: metadata.product_area as ProductArea,
    language: metadata.language,
    updatedAt: metadata.updated_at,
    heading: metadata.heading,
    text: metadata.text,
    scores: { lexical: null, vector: score ?? null },
  };
}

function createPineconeReranker(client: Pinecone, model: string): Reranker {
  return {
    name: `pinecone-${model}`,
    async rerank(query, candidates, topK) {
      const result = await client.inference.rerank({
        model,
        query,
        documents: candidates.map((candidate) => ({
          id: candidate.chunkId,
          text: chunkEmbeddingText({ heading: candidate.heading, content: candidate.text }),
        })),
        topN: Math.min(topK, candidates.length),
        rankFields: ['text'],
        // The candidates are already in hand; echoing them back would only cost bandwidth.
        returnDocuments: false,
      });
      return result.data.flatMap((ranked): KnowledgeHit[] => {
        const candidate = candidates[ranked.index];
        return candidate ? [{ ...candidate, scores: { ...candidate.scores, rerank: ranked.score } }] : [];
      });
    },
  };
}

/**
 * The knowledge store on Pinecone, used when PINECONE_API_KEY is configured. A dense index has
 * no full-text search, so lexical candidates are empty: retrieval is vector search plus Pinecone's
 * hosted cross-encoder, which reads query and chunk together and covers exact-term matches.
 */
export function createPineconeKnowledgeStore(options: PineconeStoreOptions): PineconeKnowledgeStore {
  const client = new Pinecone({
    apiKey: options.apiKey,
    ...(options.controllerHostUrl ? { controllerHostUrl: options.controllerHostUrl } : {}),
  });
  const index = client.index<ChunkMetadata>({ name: options.indexName, namespace: options.namespace });
  const { embedder } = options;
  return {
    name: 'pinecone',
    embedder,
    reranker: createPineconeReranker(client, options.rerankModel ?? PINECONE_RERANK_MODEL),
    lexicalCandidates: () => Promise.resolve([]),
    async vectorCandidates(vector, filter, limit) {
      const response = await index.query({
        vector: [...vector],
        topK: limit,
        filter: pineconeFilter(filter),
        includeMetadata: true,
      });
      return response.matches.flatMap((match) =>
        match.metadata ? [toCandidate(match.id, match.score, match.metadata)] : [],
      );
    },
    async upsertArticles(articles) {
      const chunks = articles.flatMap(({ article, chunks: pieces }) =>
        pieces.map((chunk) => ({ article, chunk })),
      );
      if (chunks.length === 0) return 0;
      const vectors = await embedder.embed(chunks.map(({ chunk }) => chunkEmbeddingText(chunk)));
      const records = chunks.map(({ article, chunk }, i): PineconeRecord<ChunkMetadata> => ({
        id: `${article.id}#${chunk.chunkIndex}`,
        values: vectors[i] ?? [],
        metadata: {
          article_id: article.id,
          chunk_index: chunk.chunkIndex,
          title: article.title,
          heading: chunk.heading,
          product_area: article.productArea,
          language: article.language,
          updated_at: article.updatedAt,
          updated_day: dayNumber(article.updatedAt),
          text: chunk.content,
        },
      }));
      // Pinecone caps a request's size (2 MB / 1000 vectors); 100 records stays well inside it.
      for (let start = 0; start < records.length; start += 100) {
        await index.upsert({ records: records.slice(start, start + 100) });
      }
      return records.length;
    },
  };
}

/** Shared types of knowledge retrieval: embedders, stores, candidates and rerankers. */
import type { ProductArea } from '../../schema/tables';

/** Turns texts into vectors. Vectors of different embedders must never be compared. */
export interface Embedder {
  /** Stored with each vector, so a store only compares vectors of the same model. */
  readonly name: string;
  readonly dimensions: number;
  /** One L2-normalised vector per text, in order. */
  embed(texts: readonly string[]): Promise<number[][]>;
}

/** Which articles a search may return. */
export interface KnowledgeFilter {
  productArea?: ProductArea;
  /** Two-letter language code of the article. */
  language?: string;
  /** `YYYY-MM-DD`: only articles updated on or after this day. */
  updatedSince?: string;
}

/** The scores a chunk collected on its way through retrieval. */
export interface KnowledgeScores {
  /** Full-text rank (Postgres ts_rank); null when it was not a lexical candidate. */
  lexical: number | null;
  /** Cosine similarity to the query; null when the store could not say. */
  vector: number | null;
  /** Reciprocal-rank fusion of the lexical and vector lists. */
  fused: number;
  /** The reranker's relevance; the final order. */
  rerank: number;
}

/** A chunk as a store returns it: article metadata plus the chunk's text. */
export interface KnowledgeCandidate {
  /** Store-specific chunk id (`kb-005#1`). */
  chunkId: string;
  articleId: string;
  title: string;
  productArea: ProductArea;
  language: string;
  /** `YYYY-MM-DD`. */
  updatedAt: string;
  heading: string;
  text: string;
  scores: Pick<KnowledgeScores, 'lexical' | 'vector'>;
}

/** A fused candidate on its way to the reranker. */
export interface FusedCandidate extends KnowledgeCandidate {
  scores: Omit<KnowledgeScores, 'rerank'>;
}

/** A search result. */
export interface KnowledgeHit extends KnowledgeCandidate {
  scores: KnowledgeScores;
}

/** Orders fused candidates by relevance to the query and keeps the best `topK`. */
export interface Reranker {
  readonly name: string;
  rerank(query: string, candidates: readonly FusedCandidate[], topK: number): Promise<KnowledgeHit[]>;
}

/**
 * Where chunks live: Postgres (local) or Pinecone. Both answer the same two candidate queries, so
 * `searchKnowledge` fuses and reranks the same way over either.
 */
export interface KnowledgeStore {
  readonly name: string;
  /** Embeds queries with the same model the store's vectors were made with. */
  readonly embedder: Embedder;
  /** A hosted reranker the store prefers over the local one (Pinecone's), if any. */
  readonly reranker?: Reranker;
  /** Full-text candidates, best first; `queryVector` lets the store attach vector scores. */
  lexicalCandidates(
    query: string,
    queryVector: readonly number[],
    filter: KnowledgeFilter,
    limit: number,
  ): Promise<KnowledgeCandidate[]>;
  /** Nearest chunks by cosine similarity, best first. */
  vectorCandidates(
    queryVector: readonly number[],
    filter: KnowledgeFilter,
    limit: number,
  ): Promise<KnowledgeCandidate[]>;
}

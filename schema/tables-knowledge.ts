import type { Generated, GeneratedAlways } from 'kysely';
import type { CreatedAt, DateString, JsonValue, JsonWithDefault, NullableTimestamp } from './column-types';

export type ProductArea = 'shipping' | 'subscription' | 'billing' | 'quality' | 'product' | 'general';
export type ReviewStatus = 'pending' | 'approved' | 'rejected';

/** A knowledge-base article (`fixtures/knowledge-base/*.md`) in the local store. */
export interface KnowledgeArticlesTable {
  /** `kb-001`... */
  id: string;
  title: string;
  product_area: ProductArea;
  language: Generated<string>;
  /** The article's own date, used for freshness. */
  updated_at: DateString;
  body: string;
  source_path: string | null;
  /** Lets re-indexing skip unchanged articles. */
  content_hash: string | null;
  /** Generated from title and body with the 'simple' configuration. */
  tsv: GeneratedAlways<string>;
  embedding: number[] | null;
  embedding_model: string | null;
  indexed_at: CreatedAt;
}

/** A retrievable chunk of an article. */
export interface KnowledgeChunksTable {
  id: Generated<number>;
  article_id: string;
  chunk_index: number;
  heading: string | null;
  content: string;
  token_count: number | null;
  tsv: GeneratedAlways<string>;
  embedding: number[] | null;
  embedding_model: string | null;
  created_at: CreatedAt;
}

/** A fact discovered in a conversation; used in retrieval only once approved. */
export interface LearnedKnowledgeTable {
  id: Generated<number>;
  fact: string;
  question: string | null;
  category: string | null;
  product_area: string | null;
  language: Generated<string>;
  source_conversation_id: string | null;
  evidence: JsonWithDefault<JsonValue[]>;
  confidence: number | null;
  status: Generated<ReviewStatus>;
  reviewed_by: string | null;
  reviewed_at: NullableTimestamp;
  review_note: string | null;
  tsv: GeneratedAlways<string>;
  embedding: number[] | null;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

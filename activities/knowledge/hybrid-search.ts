import { expandQuery } from './query-expansion';
import { createLocalReranker } from './rerank';
import type {
  FusedCandidate,
  KnowledgeCandidate,
  KnowledgeFilter,
  KnowledgeHit,
  KnowledgeStore,
  Reranker,
} from './types';
import type { ProductArea } from '../../schema/tables';

/** What a caller asks the knowledge base. */
export interface KnowledgeQuery {
  query: string;
  productArea?: ProductArea;
  /** The customer's language; English is searched instead when it has no matching articles. */
  language?: string;
  /** Only articles updated within this many days of `today`. */
  maxAgeDays?: number;
  /** `YYYY-MM-DD`; passed in so results don't depend on the clock (and replay in workflows). */
  today: string;
}

/** How many chunks each stage keeps. */
export interface SearchOptions {
  /** Fused candidates handed to the reranker (and fetched per retriever). Default 20. */
  candidates?: number;
  /** Results after reranking. Default 5. */
  topK?: number;
  /** Overrides the store's hosted reranker and the local default. */
  reranker?: Reranker;
}

/** The reranked chunks, and which language they were searched in. */
export interface KnowledgeSearchResult {
  hits: KnowledgeHit[];
  /** The language filter actually applied (null when none was asked for). */
  language: string | null;
  fellBackToEnglish: boolean;
}

/** The usual reciprocal-rank-fusion constant: damps the head so one list can't dominate. */
const RRF_K = 60;
const FALLBACK_LANGUAGE = 'en';

/** `YYYY-MM-DD` minus whole days, in UTC so no time zone shifts the date. */
export function subtractDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/** Merges ranked lists by reciprocal rank fusion, keeping every score a list knew. */
export function fuseByReciprocalRank(
  lists: ReadonlyArray<readonly KnowledgeCandidate[]>,
  limit: number,
): FusedCandidate[] {
  const fused = new Map<string, FusedCandidate>();
  for (const list of lists) {
    list.forEach((candidate, rank) => {
      const current = fused.get(candidate.chunkId);
      const contribution = 1 / (RRF_K + rank + 1);
      if (!current) {
        fused.set(candidate.chunkId, { ...candidate, scores: { ...candidate.scores, fused: contribution } });
        return;
      }
      current.scores = {
        lexical: current.scores.lexical ?? candidate.scores.lexical,
        vector: current.scores.vector ?? candidate.scores.vector,
        fused: current.scores.fused + contribution,
      };
    });
  }
  return [...fused.values()]
    .sort((a, b) => b.scores.fused - a.scores.fused || a.chunkId.localeCompare(b.chunkId))
    .slice(0, limit);
}

async function fusedCandidates(
  store: KnowledgeStore,
  query: string,
  vector: readonly number[],
  filter: KnowledgeFilter,
  limit: number,
): Promise<FusedCandidate[]> {
  const [lexical, nearest] = await Promise.all([
    store.lexicalCandidates(query, vector, filter, limit),
    store.vectorCandidates(vector, filter, limit),
  ]);
  return fuseByReciprocalRank([lexical, nearest], limit);
}

/**
 * Hybrid retrieval: full-text and vector candidates, fused by reciprocal rank to `candidates`,
 * then reranked to `topK`; filtered by product area, language (falling back to English when the
 * language has no matching articles) and freshness.
 */
export async function searchKnowledge(
  store: KnowledgeStore,
  request: KnowledgeQuery,
  options: SearchOptions = {},
): Promise<KnowledgeSearchResult> {
  const limit = options.candidates ?? 20;
  const topK = options.topK ?? 5;
  const filter: KnowledgeFilter = {
    productArea: request.productArea,
    language: request.language,
    updatedSince:
      request.maxAgeDays === undefined ? undefined : subtractDays(request.today, request.maxAgeDays),
  };
  const query = expandQuery(request.query);
  const [vector = []] = await store.embedder.embed([query]);
  let candidates = await fusedCandidates(store, query, vector, filter, limit);
  let fellBackToEnglish = false;
  // Vector search returns something whenever any chunk passes the filter, so no candidates
  // means the language has no articles here, not merely no good match.
  if (candidates.length === 0 && request.language && request.language !== FALLBACK_LANGUAGE) {
    filter.language = FALLBACK_LANGUAGE;
    fellBackToEnglish = true;
    candidates = await fusedCandidates(store, query, vector, filter, limit);
  }
  const reranker = options.reranker ?? store.reranker ?? createLocalReranker();
  const hits = candidates.length === 0 ? [] : await reranker.rerank(query, candidates, topK);
  return { hits, language: filter.language ?? null, fellBackToEnglish };
}

import { contentTerms } from './text-normalize';
import type { FusedCandidate, KnowledgeHit, Reranker } from './types';

/** Feature weights of the local reranker; they sum to 1 so scores stay in [0, 1]. */
const WEIGHTS = {
  coverage: 0.2,
  frequency: 0.2,
  title: 0.15,
  heading: 0.1,
  proximity: 0.1,
  vector: 0.15,
  fused: 0.1,
} as const;
/** BM25-style saturation: the third mention of a term adds less than the first. */
const TF_SATURATION = 1.5;
/** Two query words count as a phrase match when at most this many content words apart. */
const PROXIMITY_WINDOW = 3;

interface Features {
  coverage: number;
  frequency: number;
  title: number;
  heading: number;
  proximity: number;
}

interface DocTerms {
  terms: string[];
  counts: Map<string, number>;
  titleSet: Set<string>;
  headingSet: Set<string>;
}

function docTerms(candidate: FusedCandidate): DocTerms {
  const terms = contentTerms(`${candidate.heading}\n${candidate.text}`);
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return {
    terms,
    counts,
    titleSet: new Set(contentTerms(candidate.title)),
    headingSet: new Set(contentTerms(candidate.heading)),
  };
}

/**
 * Query-term weights from their rarity among the candidates: a term every candidate shares
 * ("subscription") says less about which one answers than a rare one ("customs").
 */
function termWeights(queryTerms: readonly string[], docs: readonly DocTerms[]): Map<string, number> {
  const raw = queryTerms.map((term) => {
    const df = docs.filter((doc) => doc.counts.has(term)).length;
    return [term, Math.log(1 + (docs.length + 1) / (df + 1))] as const;
  });
  const total = raw.reduce((sum, [, weight]) => sum + weight, 0) || 1;
  return new Map(raw.map(([term, weight]) => [term, weight / total]));
}

/** Share of consecutive query-term pairs that also occur close together in the text. */
function proximity(queryTerms: readonly string[], docTerms: readonly string[]): number {
  if (queryTerms.length < 2) return 0;
  const positions = new Map<string, number[]>();
  docTerms.forEach((term, i) => positions.set(term, [...(positions.get(term) ?? []), i]));
  let near = 0;
  for (let i = 0; i + 1 < queryTerms.length; i += 1) {
    const left = positions.get(queryTerms[i] ?? '') ?? [];
    const right = positions.get(queryTerms[i + 1] ?? '') ?? [];
    if (left.some((a) => right.some((b) => Math.abs(a - b) <= PROXIMITY_WINDOW))) near += 1;
  }
  return near / (queryTerms.length - 1);
}

function features(queryTerms: readonly string[], weights: Map<string, number>, doc: DocTerms): Features {
  const result: Features = { coverage: 0, frequency: 0, title: 0, heading: 0, proximity: 0 };
  for (const [term, weight] of weights) {
    const count = doc.counts.get(term) ?? 0;
    if (count > 0) result.coverage += weight;
    result.frequency += (weight * count) / (count + TF_SATURATION);
    if (doc.titleSet.has(term)) result.title += weight;
    if (doc.headingSet.has(term)) result.heading += weight;
  }
  result.proximity = proximity(queryTerms, doc.terms);
  return result;
}

/**
 * Scores fused candidates with a small cross-feature model: weighted query-term coverage and
 * (saturated) frequency, boosts for terms in the article title and section headings, phrase proximity, the vector similarity and the fused rank.
 */
export function rerankLocally(
  query: string,
  candidates: readonly FusedCandidate[],
  topK: number,
): KnowledgeHit[] {
  const queryTerms = [...new Set(contentTerms(query))];
  const docs = candidates.map(docTerms);
  const weights = termWeights(queryTerms, docs);
  const maxFused = Math.max(...candidates.map((candidate) => candidate.scores.fused), Number.EPSILON);
  const hits = candidates.map((candidate, i): KnowledgeHit => {
    const doc = docs[i] ?? { terms: [], counts: new Map(), titleSet: new Set(), headingSet: new Set() };
    const f = features(queryTerms, weights, doc);
    const rerank =
      WEIGHTS.coverage * f.coverage +
      WEIGHTS.frequency * f.frequency +
      WEIGHTS.title * f.title +
      WEIGHTS.heading * f.heading +
      WEIGHTS.proximity * f.proximity +
      WEIGHTS.vector * Math.max(0, candidate.scores.vector ?? 0) +
      WEIGHTS.fused * (candidate.scores.fused / maxFused);
    return { ...candidate, scores: { ...candidate.scores, rerank } };
  });
  return hits
    .sort((a, b) => b.scores.rerank - a.scores.rerank || a.chunkId.localeCompare(b.chunkId))
    .slice(0, topK);
}

/** The local reranker, used when the store has no hosted one. */
export function createLocalReranker(): Reranker {
  return {
    name: 'local-cross-features-v1',
    rerank: (query, candidates, topK) => Promise.resolve(rerankLocally(query, candidates, topK)),
  };
}

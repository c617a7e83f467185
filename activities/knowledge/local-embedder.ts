import type { Embedder } from './types';
import { isStopWord, stem, tokenize } from './text-normalize';

/** Options of the local embedder. */
export interface LocalEmbedderOptions {
  /** Vector size (default 384). */
  dimensions?: number;
}

/** Feature weights: whole words dominate; trigrams catch inflections and Hebrew prefixes. */
const WEIGHTS = { word: 1, bigram: 0.5, trigram: 0.3 } as const;

/** 32-bit FNV-1a: stable across processes and platforms, unlike anything seeded. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

type FeatureKind = keyof typeof WEIGHTS;

function addFeature(counts: Map<string, number>, feature: string): void {
  counts.set(feature, (counts.get(feature) ?? 0) + 1);
}

/** The counted features of one text: stemmed words, adjacent word pairs and character trigrams. */
function features(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  let previous: string | undefined;
  for (const token of tokenize(text)) {
    if (isStopWord(token)) {
      previous = undefined;
      continue;
    }
    const stemmed = stem(token);
    addFeature(counts, `word:${stemmed}`);
    if (previous) addFeature(counts, `bigram:${previous} ${stemmed}`);
    previous = stemmed;
    const padded = `#${token}#`;
    for (let i = 0; i + 3 <= padded.length; i += 1) {
      addFeature(counts, `trigram:${padded.slice(i, i + 3)}`);
    }
  }
  return counts;
}

/** Feature hashing into a fixed-size vector, with a hash-derived sign so collisions cancel out on average. */
export function hashEmbedding(text: string, dimensions: number): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  for (const [feature, count] of features(text)) {
    const kind = feature.slice(0, feature.indexOf(':')) as FeatureKind;
    const hash = fnv1a(feature);
    const sign = hash & 0x80000000 ? -1 : 1;
    const index = hash % dimensions;
    // Sub-linear term frequency: a word repeated ten times is not ten times as relevant.
    vector[index] = (vector[index] ?? 0) + sign * WEIGHTS[kind] * (1 + Math.log(count));
  }
  const norm = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
  return norm === 0 ? vector : vector.map((value) => value / norm);
}

/**
 * A deterministic embedder needing no network or model files, used when no embedding API is
 * configured. It captures lexical similarity (with light stemming for en/he/ru), not meaning.
 */
export function createLocalEmbedder(options: LocalEmbedderOptions = {}): Embedder {
  const dimensions = options.dimensions ?? 384;
  return {
    name: `local-hash-v1-${dimensions}`,
    dimensions,
    embed: (texts) => Promise.resolve(texts.map((text) => hashEmbedding(text, dimensions))),
  };
}

/** Cosine similarity of two vectors (0 when either is all zeros). */
export function cosineSimilarity(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    normA += x * x;
    normB += y * y;
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

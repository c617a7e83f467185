import { textSimilarity } from '../text-similarity';
import { MEMORY_CAP, type CustomerFacts, type ExtractedMemory, type MemoryType } from './memory-types';

/** Two memories of one type this alike (and naming the same numbers) are the same memory. */
const SAME_MEMORY = 0.75;
const DAY_MS = 86_400_000;
/** Age, in days, at which a memory's recency counts half. */
const RECENCY_HALF_LIFE_DAYS = 30;

type ListFact = 'allergen_exclusions' | 'product_likes' | 'product_dislikes';
const LIST_FACTS: readonly ListFact[] = ['allergen_exclusions', 'product_likes', 'product_dislikes'];
// Liking something and disliking it cannot both hold: the newer statement wins.
const OPPOSITE: Partial<Record<ListFact, ListFact>> = {
  product_likes: 'product_dislikes',
  product_dislikes: 'product_likes',
};

/** Newer facts win; lists are unions (case-insensitive), and a new like removes the old dislike. */
export function mergeFacts(base: CustomerFacts, update: CustomerFacts): CustomerFacts {
  const merged: CustomerFacts = { ...base };
  for (const [key, value] of Object.entries(update) as [keyof CustomerFacts, unknown][]) {
    if (value === undefined || value === null) continue;
    if (!LIST_FACTS.includes(key as ListFact)) {
      (merged as Record<string, unknown>)[key] = value;
    }
  }
  for (const key of LIST_FACTS) {
    const added = update[key];
    if (!added?.length) continue;
    merged[key] = union(merged[key] ?? [], added);
    const opposite = OPPOSITE[key];
    if (opposite && merged[opposite]) {
      const removed = new Set(added.map((item) => item.toLowerCase()));
      merged[opposite] = merged[opposite].filter((item) => !removed.has(item.toLowerCase()));
    }
  }
  return merged;
}

/** A memory as the merge sees it: stored ones have an id. */
export interface MemoryEntry {
  id?: number;
  type: MemoryType;
  content: string;
  confidence: number;
  sourceConversationId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** What to write: the memories to keep (new or changed ones flagged) and the stored ids to drop. */
export interface MemoryMergePlan {
  keep: Array<MemoryEntry & { changed: boolean }>;
  drop: number[];
}

/**
 * Merges newly extracted memories into the stored ones: a new memory that says what a stored one
 * says (same type, similar text, same numbers) refreshes it instead of adding a copy; then the
 * list is capped at {@link MEMORY_CAP}, keeping the memories that are most recent and most confident.
 */
export function mergeMemories(
  stored: readonly MemoryEntry[],
  extracted: readonly ExtractedMemory[],
  context: { now: Date; sourceConversationId: string | null },
): MemoryMergePlan {
  const entries = stored.map((entry) => ({ ...entry, changed: false }));
  for (const memory of extracted) {
    const same = entries.find(
      (entry) => entry.type === memory.type && sameMemory(entry.content, memory.content),
    );
    if (same) {
      same.content = memory.content;
      // Said again: a little more certain than either statement alone.
      same.confidence = Math.min(1, Math.max(same.confidence, memory.confidence) + 0.05);
      same.updatedAt = context.now;
      same.sourceConversationId = context.sourceConversationId ?? same.sourceConversationId;
      same.changed = true;
      continue;
    }
    entries.push({
      type: memory.type,
      content: memory.content,
      confidence: memory.confidence,
      sourceConversationId: context.sourceConversationId,
      createdAt: context.now,
      updatedAt: context.now,
      changed: true,
    });
  }
  const ranked = entries
    .map((entry) => ({ entry, score: keepScore(entry, context.now) }))
    .sort((a, b) => b.score - a.score || b.entry.updatedAt.getTime() - a.entry.updatedAt.getTime())
    .map(({ entry }) => entry);
  const keep = ranked.slice(0, MEMORY_CAP);
  const drop = ranked.slice(MEMORY_CAP).flatMap((entry) => (entry.id === undefined ? [] : [entry.id]));
  return { keep, drop };
}

/** Whether two memory texts say the same thing. */
export function sameMemory(a: string, b: string): boolean {
  return textSimilarity(a, b) >= SAME_MEMORY && markersOf(a) === markersOf(b);
}

/** Half confidence, half recency (1 now, ½ after a month, falling slowly after). */
function keepScore(entry: MemoryEntry, now: Date): number {
  const ageDays = Math.max(0, now.getTime() - entry.updatedAt.getTime()) / DAY_MS;
  const recency = 1 / (1 + ageDays / RECENCY_HALF_LIFE_DAYS);
  return 0.5 * entry.confidence + 0.5 * recency;
}

const MARKER =
  /\d+|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/gi;

// "the November 2026 box" and "the October 2026 box" are different issues however alike the words.
function markersOf(text: string): string {
  return (text.match(MARKER) ?? []).map((marker) => marker.toLowerCase()).join(',');
}

function union(base: readonly string[], added: readonly string[]): string[] {
  const seen = new Set(base.map((item) => item.toLowerCase()));
  const result = [...base];
  for (const item of added) {
    if (seen.has(item.toLowerCase())) continue;
    seen.add(item.toLowerCase());
    result.push(item);
  }
  return result;
}

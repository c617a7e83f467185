import { MONTH_PATTERNS } from '../../offline/router/month-names';
import { normalizeText } from '../../offline/router/normalize';
import { comparable, textSimilarity } from '../text-similarity';
import type { KeyChange } from './correction-types';

/** The kinds of value a correction may fix, most specific first (a value is taken by one kind only). */
const VALUE_PATTERNS: ReadonlyArray<readonly [string, RegExp]> = [
  ['email', /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu],
  ['url', /https?:\/\/[^\s)]+/gu],
  [
    'id',
    /\b(?:ord|sub|cus|pay|shp|prod)_[\w-]+|\bCLM-\d+|\b[A-Z]{2}\d{9}IL\b|\b1Z[0-9A-Z]{16}\b|\b\d{10,12}\b/gu,
  ],
  [
    'amount',
    /(?:[$€£₪]\s?\d+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?\s?(?:usd|eur|ils|nis|dollars?|euros?|\$|€))/giu,
  ],
  ['percent', /\d+(?:[.,]\d+)?\s?%/gu],
  [
    'duration',
    /\d+(?:\s?[-–]\s?\d+)?\s?(?:business\s|working\s)?(?:days?|weeks?|months?|hours?|tage?n?|wochen?|monate?n?|d[ií]as|semanas?|meses|jours?|semaines?|mois|дн\p{L}*|недел\p{L}*|месяц\p{L}*|ימים|שבועות|חודשים)/giu,
  ],
  [
    'date',
    new RegExp(
      `\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}\\s+(?:${MONTH_PATTERNS.join('|')})\\b|\\b(?:${MONTH_PATTERNS.join('|')})\\s+\\d{1,2}\\b`,
      'giu',
    ),
  ],
  ['number', /\b\d+(?:[.,]\d+)?\b/gu],
];

/** Sentences this alike are the same sentence, reworded. */
const SAME_SENTENCE = 0.6;
const MAX_SENTENCE_CHANGES = 4;

/**
 * The concrete differences between the AI's text and the human's: values (amounts, dates,
 * durations, ids, emails, links, numbers) added, removed or changed, then whole sentences added
 * or removed. Changed values pair up in order of appearance within a kind.
 */
export function keyChanges(aiText: string, humanText: string): KeyChange[] {
  const changes: KeyChange[] = [];
  const ai = valuesOf(aiText);
  const human = valuesOf(humanText);
  for (const [what] of VALUE_PATTERNS) {
    const before = ai.get(what) ?? [];
    const after = human.get(what) ?? [];
    const removed = before.filter((value) => !after.some((other) => sameValue(value, other)));
    const added = after.filter((value) => !before.some((other) => sameValue(value, other)));
    const paired = Math.min(removed.length, added.length);
    for (let i = 0; i < paired; i++)
      changes.push({ kind: 'changed', what, from: removed[i]!, to: added[i]! });
    for (const value of removed.slice(paired)) changes.push({ kind: 'removed', what, from: value, to: null });
    for (const value of added.slice(paired)) changes.push({ kind: 'added', what, from: null, to: value });
  }
  const aiSentences = sentencesOf(aiText);
  const humanSentences = sentencesOf(humanText);
  const unmatched = (from: string[], to: string[]): string[] =>
    from.filter((sentence) => !to.some((other) => textSimilarity(sentence, other) >= SAME_SENTENCE));
  for (const sentence of unmatched(humanSentences, aiSentences).slice(0, MAX_SENTENCE_CHANGES)) {
    changes.push({ kind: 'added', what: 'sentence', from: null, to: sentence.slice(0, 400) });
  }
  for (const sentence of unmatched(aiSentences, humanSentences).slice(0, MAX_SENTENCE_CHANGES)) {
    changes.push({ kind: 'removed', what: 'sentence', from: sentence.slice(0, 400), to: null });
  }
  return changes;
}

/** The sentences of a text, without the empty ones. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => comparable(sentence).length > 0);
}

/** Values by kind, in order of appearance; a span taken by one kind is not counted again. */
function valuesOf(text: string): Map<string, string[]> {
  const taken: Array<[number, number]> = [];
  const found = new Map<string, string[]>();
  for (const [what, pattern] of VALUE_PATTERNS) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      const values = found.get(what) ?? [];
      const value = match[0].trim();
      if (!values.some((other) => sameValue(other, value))) values.push(value);
      found.set(what, values);
    }
  }
  return found;
}

function sameValue(a: string, b: string): boolean {
  return normalizeText(a).replace(/\s+/g, '') === normalizeText(b).replace(/\s+/g, '');
}

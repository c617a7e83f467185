import { contentTerms, normalizeText } from '../knowledge/text-normalize';

/**
 * How alike two short texts are, 0..1, after normalisation: the better of the Dice overlap of
 * their content-word stems and of their character trigrams. Words catch reordered phrasings
 * ("keep answers short" / "short answers, please"); trigrams catch inflections and typos that
 * the crude stemmer misses, and scripts it does not stem.
 */
export function textSimilarity(a: string, b: string): number {
  const left = comparable(a);
  const right = comparable(b);
  if (!left || !right) return 0;
  if (left === right) return 1;
  return Math.max(
    dice(new Set(contentTerms(a)), new Set(contentTerms(b))),
    dice(trigrams(left), trigrams(right)),
  );
}

/** The text as compared: lower-cased, marks folded, punctuation and extra spaces dropped. */
export function comparable(text: string): string {
  return normalizeText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether two texts say the same thing up to case, punctuation and spacing. */
export function sameText(a: string, b: string): boolean {
  return comparable(a) === comparable(b);
}

function trigrams(text: string): Set<string> {
  const padded = ` ${text} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return (2 * shared) / (a.size + b.size);
}

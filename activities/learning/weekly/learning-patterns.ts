/**
 * What the weekly learning jobs find: recurring patterns of one category within the analysis
 * window, each with its frequency and a few examples, and the thresholds of SYSTEM.md §7.
 */
import type { JsonObject } from '../../../schema/tables';

/** A group of failures of one kind seen this often is a (recurring) pattern. */
export const PATTERN_MIN_FREQUENCY = 2;
/** A pattern seen this often becomes an instruction-update suggestion (SYSTEM.md §7). */
export const SUGGESTION_MIN_FREQUENCY = 3;
/** More patterns than this in one category raise an alert (SYSTEM.md §7). */
export const ALERT_MAX_PATTERNS = 5;
/** The analysis window of the weekly jobs. */
export const LEARNING_WINDOW_DAYS = 7;
/** Examples kept per pattern (stored, and shown to the pattern analyst). */
export const EXAMPLES_PER_PATTERN = 5;

/** One example of a pattern: what the AI wrote, what fixed it (a human's text), and the finding. */
export interface PatternExample extends JsonObject {
  /** The QA verdict or correction it comes from. */
  sourceId: number;
  conversationId: string | null;
  /** The AI's draft (shortened). */
  before: string | null;
  /** The human's text (corrections only; shortened). */
  after: string | null;
  /** The QA reason, or the correction's lesson. */
  note: string | null;
}

/** A recurring failure of one category. */
export interface LearningPattern {
  /** Stable key: a QA reason code ("completeness/confirm"), or "<class>: <issue>" for corrections. */
  pattern: string;
  /** What goes wrong, in words. */
  description: string;
  frequency: number;
  examples: PatternExample[];
}

/** `text` cut to `max` characters at a word boundary, with an ellipsis when cut. */
export function excerpt(text: string | null, max = 300): string | null {
  if (text === null) return null;
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Most frequent first, then by key, so a re-run lists (and stores) them in the same order. */
export function byFrequency(a: LearningPattern, b: LearningPattern): number {
  return b.frequency - a.frequency || a.pattern.localeCompare(b.pattern);
}

/** The wording used most often (the first one on a tie). */
export function commonest(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let most = 0;
  for (const [text, count] of counts) {
    if (count > most) [best, most] = [text, count];
  }
  return best;
}

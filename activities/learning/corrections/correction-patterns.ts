import { comparable, textSimilarity } from '../text-similarity';
import type { CorrectionClass } from './correction-types';

/** A classified correction as the pattern check reads it. */
export interface PatternMember {
  id: number;
  category: string | null;
  classification: CorrectionClass;
  specificIssue: string | null;
  createdAt: Date;
}

/** Corrections of one kind within the window. */
export interface CorrectionPattern {
  category: string | null;
  classification: CorrectionClass;
  specificIssue: string | null;
  members: PatternMember[];
}

/** How many corrections of one kind within the window make a pattern (SYSTEM.md §7). */
export const PATTERN_MIN_COUNT = 3;
export const PATTERN_WINDOW_DAYS = 7;
/** Issues worded this alike are the same issue ("wrong amount" / "wrong refund amount"). */
const SAME_ISSUE = 0.6;

/**
 * The pattern `target` belongs to, if it makes one: the corrections in `recent` of the same
 * category and classification whose specific issue is the same or similar, `target` included,
 * when there are at least {@link PATTERN_MIN_COUNT}. `recent` is already limited to the window.
 */
export function patternOf(target: PatternMember, recent: readonly PatternMember[]): CorrectionPattern | null {
  const members = recent.filter(
    (candidate) =>
      candidate.category === target.category &&
      candidate.classification === target.classification &&
      sameIssue(candidate.specificIssue, target.specificIssue),
  );
  if (!members.some((member) => member.id === target.id)) members.push(target);
  if (members.length < PATTERN_MIN_COUNT) return null;
  members.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id);
  return {
    category: target.category,
    classification: target.classification,
    specificIssue: target.specificIssue,
    members,
  };
}

/** Whether two specific issues name the same mistake. */
export function sameIssue(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return comparable(a) === comparable(b) || textSimilarity(a, b) >= SAME_ISSUE;
}

/** A stable, readable key part for an issue. */
export function issueSlug(issue: string | null): string {
  return (comparable(issue ?? 'unspecified').replace(/\s+/g, '-') || 'unspecified').slice(0, 60);
}

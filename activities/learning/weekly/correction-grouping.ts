import { lessonOf, type LearningCorrection } from '../../repos/corrections-repo';
import { sameIssue } from '../corrections/correction-patterns';
import {
  byFrequency,
  commonest,
  EXAMPLES_PER_PATTERN,
  excerpt,
  PATTERN_MIN_FREQUENCY,
  type LearningPattern,
} from './learning-patterns';

interface Group {
  classification: string;
  issues: Map<string, number>;
  members: LearningCorrection[];
}

/**
 * Groups a category's classified corrections into recurring patterns: the same class and the
 * same (or similarly worded) specific issue, the way the real-time pattern alert matches them.
 * The pattern is named `<class>: <issue>` after the wording used most; the most instructive
 * corrections (quality score) are its examples.
 */
export function groupCorrections(corrections: readonly LearningCorrection[]): LearningPattern[] {
  const groups: Group[] = [];
  for (const correction of corrections) {
    const issue = correction.specificIssue?.trim() || 'unspecified';
    const group =
      groups.find(
        (candidate) =>
          candidate.classification === correction.classification &&
          [...candidate.issues.keys()].some((known) => sameIssue(known, issue)),
      ) ?? addGroup(groups, correction.classification);
    group.issues.set(issue, (group.issues.get(issue) ?? 0) + 1);
    group.members.push(correction);
  }
  return groups
    .filter((group) => group.members.length >= PATTERN_MIN_FREQUENCY)
    .map((group) => {
      const issue = commonest(group.issues);
      const examples = [...group.members]
        .sort((a, b) => (b.qualityScore ?? 0) - (a.qualityScore ?? 0) || b.id - a.id)
        .slice(0, EXAMPLES_PER_PATTERN)
        .map((member) => ({
          sourceId: member.id,
          conversationId: null,
          before: excerpt(member.originalDraft),
          after: excerpt(member.humanText),
          note: lessonOf(member.classification, member.specificIssue, member.keyChanges),
        }));
      return {
        pattern: `${group.classification}: ${issue}`,
        description: `Human agents corrected ${group.classification} (${issue}) ${group.members.length} times.`,
        frequency: group.members.length,
        examples,
      };
    })
    .sort(byFrequency);
}

function addGroup(groups: Group[], classification: string): Group {
  const group: Group = { classification, issues: new Map(), members: [] };
  groups.push(group);
  return group;
}

import { parseReason } from '../../offline/agents/qa/reasons';
import type { QaFailureRow } from '../../repos/qa-failure-patterns-repo';
import { textSimilarity } from '../text-similarity';
import {
  byFrequency,
  commonest,
  EXAMPLES_PER_PATTERN,
  excerpt,
  PATTERN_MIN_FREQUENCY,
  type LearningPattern,
  type PatternExample,
} from './learning-patterns';

/** Free-text reasons (another QA model's) worded this alike are the same finding. */
const SAME_FINDING = 0.6;

interface Group {
  key: string;
  messages: Map<string, number>;
  verdicts: Set<number>;
  examples: PatternExample[];
}

/**
 * Groups a category's failed QA verdicts into recurring patterns. A reason in Kesher's format
 * (`aspect/code: message «subject»`) belongs to the pattern of its code, whatever the subject
 * (a tracking number, an order id) and the wording of the message; free text from another QA
 * model joins the first group of similar text. A verdict counts once per pattern however many of
 * its reasons fall in it, and only groups seen at least {@link PATTERN_MIN_FREQUENCY} times are
 * patterns.
 */
export function groupQaFailures(failures: readonly QaFailureRow[]): LearningPattern[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const groupFor = (reason: string): { group: Group; message: string } => {
    const parsed = parseReason(reason);
    let key: string;
    let message: string;
    if (parsed) {
      key = parsed.code;
      message = parsed.message;
    } else {
      message = reason.trim().replace(/\s+/g, ' ');
      const similar = groups.find(
        (group) => !group.key.includes('/') && textSimilarity(group.key, message) >= SAME_FINDING,
      );
      key = similar?.key ?? (excerpt(message, 160) as string);
    }
    let group = byKey.get(key);
    if (!group) {
      group = { key, messages: new Map(), verdicts: new Set(), examples: [] };
      groups.push(group);
      byKey.set(key, group);
    }
    return { group, message };
  };

  for (const failure of failures) {
    for (const reason of failure.reasons) {
      if (!reason.trim()) continue;
      const { group, message } = groupFor(reason);
      group.messages.set(message, (group.messages.get(message) ?? 0) + 1);
      if (group.verdicts.has(failure.id)) continue;
      group.verdicts.add(failure.id);
      if (group.examples.length < EXAMPLES_PER_PATTERN) {
        group.examples.push({
          sourceId: failure.id,
          conversationId: failure.conversationId,
          before: excerpt(failure.draft),
          after: null,
          note: reason,
        });
      }
    }
  }
  return groups
    .filter((group) => group.verdicts.size >= PATTERN_MIN_FREQUENCY)
    .map((group) => ({
      pattern: group.key,
      description: commonest(group.messages),
      frequency: group.verdicts.size,
      examples: group.examples,
    }))
    .sort(byFrequency);
}

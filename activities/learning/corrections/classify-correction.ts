import { textSimilarity } from '../text-similarity';
import { CARD_NUMBER, EMPATHY, LIMIT, NEXT_STEP, PROMISE } from './correction-cues';
import type { Classification, ClassifyTask, CorrectionClass, KeyChange } from './correction-types';
import { keyChanges } from './key-changes';

const VALUE_KINDS = new Set(['amount', 'date', 'duration', 'id', 'email', 'url', 'number', 'percent']);
const ISSUE_BY_VALUE: Readonly<Record<string, string>> = {
  amount: 'wrong amount',
  date: 'wrong date',
  duration: 'wrong time frame',
  id: 'wrong order or tracking number',
  email: 'wrong email address',
  url: 'wrong link',
  number: 'wrong number',
  percent: 'wrong percentage',
};

/**
 * The rule-based classifier behind the offline `correction.classify` task. Checks run from the
 * most serious: safety (the AI claimed a change or promised an outcome the human took back, or
 * showed a card number), accuracy (the human changed a value: amount, date, time frame, id),
 * completeness (the human added information or a next step), else tone (empathy, length, wording).
 */
export function classifyCorrection(task: ClassifyTask): Classification {
  const changes = keyChanges(task.aiText, task.humanText);
  const { classification, specificIssue } = decide(task, changes);
  const promiseRemoved =
    classification === 'safety' && PROMISE.test(task.aiText) && !PROMISE.test(task.humanText);
  const withPromise: KeyChange[] = promiseRemoved
    ? [
        { kind: 'removed', what: 'promise', from: PROMISE.exec(task.aiText)?.[0] ?? null, to: null },
        ...changes,
      ]
    : changes;
  return {
    classification,
    specificIssue,
    keyChanges: withPromise.slice(0, 20),
    qualityScore: qualityScore(task, withPromise, specificIssue),
  };
}

function decide(
  task: ClassifyTask,
  changes: KeyChange[],
): { classification: CorrectionClass; specificIssue: string } {
  const { aiText, humanText } = task;
  // A note on a sent reply says what was wrong; the human does not repeat the claim back.
  if (PROMISE.test(aiText) && (!PROMISE.test(humanText) || LIMIT.test(humanText))) {
    return { classification: 'safety', specificIssue: 'promised an action or outcome without confirmation' };
  }
  if (CARD_NUMBER.test(aiText) && !CARD_NUMBER.test(humanText)) {
    return { classification: 'safety', specificIssue: 'exposed sensitive payment data' };
  }
  const changedValue = changes.find((change) => change.kind === 'changed' && VALUE_KINDS.has(change.what));
  if (changedValue) return { classification: 'accuracy', specificIssue: ISSUE_BY_VALUE[changedValue.what]! };
  const removedValue = changes.find((change) => change.kind === 'removed' && VALUE_KINDS.has(change.what));
  if (removedValue) {
    return { classification: 'accuracy', specificIssue: `unsupported ${removedValue.what} stated` };
  }

  const added = changes.filter((change) => change.kind === 'added');
  const removedSentences = changes.filter(
    (change) => change.kind === 'removed' && change.what === 'sentence',
  );
  const longer = humanText.length >= aiText.length * 1.3;
  if (added.length > 0 && (longer || removedSentences.length === 0)) {
    const addedText = added.map((change) => change.to ?? '').join(' ');
    if (NEXT_STEP.test(addedText) && !NEXT_STEP.test(aiText)) {
      return { classification: 'completeness', specificIssue: 'missing next steps' };
    }
    if (!(EMPATHY.test(addedText) && added.length === 1)) {
      return { classification: 'completeness', specificIssue: 'missing information' };
    }
  }

  if (EMPATHY.test(humanText) && !EMPATHY.test(aiText)) {
    return { classification: 'tone', specificIssue: 'missing empathy' };
  }
  if (humanText.length <= aiText.length * 0.6) return { classification: 'tone', specificIssue: 'too long' };
  return { classification: 'tone', specificIssue: 'wording and tone' };
}

/** How good an example the correction makes: a clear, substantive change of reasonable length. */
function qualityScore(task: ClassifyTask, changes: KeyChange[], issue: string): number {
  let score = 0.4;
  if (changes.some((change) => change.what !== 'sentence')) score += 0.25;
  else if (changes.length > 0) score += 0.1;
  if (issue !== 'wording and tone') score += 0.15;
  if (task.humanText.length >= 40 && task.humanText.length <= 1200) score += 0.1;
  // A near-identical edit (a typo, a comma) teaches little.
  if (textSimilarity(task.aiText, task.humanText) >= 0.97) score -= 0.3;
  return Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;
}

import type { ClassifyTask } from './correction-types';

/** The system prompt of the `correction.classify` task for a network model. */
export const CLASSIFIER_SYSTEM_PROMPT = [
  'A human support agent corrected a message written by our AI support agent (Lev Haolam, monthly boxes',
  'of Israeli products). Classify the correction so the AI can learn from it.',
  'correctionCase: draft_replaced (the human sent their own text instead of the AI draft), draft_edited',
  '(the human edited the draft), note_on_reply (the AI reply was sent; the human wrote a private note about it).',
  'Return JSON:',
  '- classification, the most serious that applies: safety (the AI claimed a change was made without the',
  '  customer confirming, promised a refund or outcome outside policy, or exposed personal or payment data),',
  '  accuracy (a wrong fact: amount, date, time frame, order or tracking number, policy), completeness',
  '  (the answer left out information or the next step), tone (empathy, length, wording, formality).',
  '- specificIssue: a short, reusable label of what was wrong, e.g. "wrong refund amount",',
  '  "promised a refund", "missing tracking link", "missing empathy", "too long". Reuse the same label',
  '  for the same kind of mistake.',
  '- keyChanges: the concrete differences, each { kind: added|removed|changed, what: amount|date|duration|',
  '  id|email|url|number|percent|sentence|promise, from, to } (null where not applicable).',
  '- qualityScore 0..1: how clear and instructive this correction is as an example for the AI',
  '  (high: one clear substantive fix; low: a typo, or a note that does not say what was wrong).',
].join('\n');

/** The user message: the customer's message, the AI's text and the human's. */
export function classifierUserMessage(task: ClassifyTask): string {
  return [
    `correctionCase: ${task.correctionCase}`,
    `Category: ${task.category ?? 'unknown'}`,
    `Customer message:\n${task.customerMessage || '(not recorded)'}`,
    `AI text:\n${task.aiText}`,
    `Human text:\n${task.humanText}`,
  ].join('\n\n');
}

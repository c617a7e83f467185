import { CATEGORY_IDS, isCategoryId } from './categories';
import type { CategoryId } from './categories';
import { calibrate, type CalibrationTable } from './calibration';
import type { IntentScores } from './score-intents';

/** The routing decision derived from the intent scores. */
export interface Resolution {
  category: CategoryId;
  secondaryIntents: CategoryId[];
  confidence: number;
}

/** Facts beyond the scores that decide priority. */
export interface ResolutionContext {
  escalation: boolean;
  /** The message asks for something (a question, "please", "could you", "I want to"). */
  requestMarker: boolean;
  promptInjection: boolean;
  monthsMentioned: boolean;
  durationMentioned: boolean;
  previousCategory?: string;
  /** Maps the evidence margin to a probability of being right; the fitted table by default. */
  calibration?: CalibrationTable;
}

// Ties go to the intent that is costlier to miss.
const PRIORITY: readonly CategoryId[] = [
  'human_request',
  'damaged_item',
  'refund_request',
  'subscription_cancel',
  'subscription_pause',
  'subscription_skip',
  'subscription_frequency',
  'address_change',
  'billing_payment',
  'shipping_tracking',
  'order_history',
  'product_question',
  'other',
  'gratitude',
];
// Below this much evidence the message is not about any specific intent.
const MIN_EVIDENCE = 1.5;
/** The confidence of an `other` with too little evidence for any category: below every threshold. */
export const NO_EVIDENCE_CONFIDENCE = 0.35;
const SECONDARY_MIN = 2.5;
const DAMAGE_OVER_REFUND = 4;
const OTHER_PRIOR = 1;
const ACTIONABLE = 2.5;
// Under a prompt injection, only a clear support request survives as the category.
const INJECTION_INTENT = 4;

function ranked(scores: IntentScores): CategoryId[] {
  return [...CATEGORY_IDS].sort((a, b) => scores[b] - scores[a] || PRIORITY.indexOf(a) - PRIORITY.indexOf(b));
}

function confidenceFor(top: number, second: number): number {
  // Strength saturates with evidence; dominance is the share of the top score over the runner-up.
  const strength = 1 - Math.exp(-top / 3);
  const dominance = top / (top + second + 0.5);
  return Math.round(Math.min(0.97, Math.max(0.2, 0.15 + 0.85 * strength * dominance)) * 100) / 100;
}

/** Applies the priority rules (human first, damage over refund, pause vs skip ...) to the scores. */
export function resolveCategory(input: IntentScores, context: ResolutionContext): Resolution {
  const scores = { ...input };
  scores.other += OTHER_PRIOR;
  // A short follow-up ("yes, two months please") continues the previous topic. A request for a
  // person is never inherited: after a hand-back, a vague message must not escalate again.
  // A message with evidence for another topic and none for the previous one has changed the
  // subject ("ok, how do I fix the payment then", "and when does it arrive?"): it is routed on its
  // own words.
  const previous = context.previousCategory;
  if (previous && previous !== 'human_request' && isCategoryId(previous)) {
    const topics = CATEGORY_IDS.filter((id) => id !== 'other');
    const best = Math.max(...topics.map((id) => scores[id]));
    const elsewhere = Math.max(...topics.filter((id) => id !== previous).map((id) => scores[id]));
    const changedSubject = scores[previous] === 0 && elsewhere >= MIN_EVIDENCE;
    if (best < 3 && !changedSubject) scores[previous] += 2.5;
  }
  // The taxonomy routes money-back-for-damage to the damage claim.
  if (scores.damaged_item >= DAMAGE_OVER_REFUND && scores.refund_request > scores.damaged_item) {
    scores.damaged_item = scores.refund_request + 0.1;
  }
  // Pause vs skip: named months without a duration means specific boxes (skip), a duration means a pause.
  if (scores.subscription_pause > 0 && scores.subscription_skip > 0) {
    if (context.durationMentioned && !context.monthsMentioned) scores.subscription_pause += 1;
    if (context.monthsMentioned && !context.durationMentioned) scores.subscription_skip += 1;
  }
  // Thanks wrapped around a real request ("Thanks! Could you skip January?") routes to the request.
  if (context.requestMarker && ranked(scores)[0] === 'gratitude') {
    const action = ranked(scores).find((id) => id !== 'gratitude' && id !== 'other');
    if (action && scores[action] >= ACTIONABLE) scores[action] = scores.gratitude + 0.1;
  }
  const order = ranked(scores);
  let category = order[0] ?? 'other';
  const topScore = scores[category];
  if (topScore < MIN_EVIDENCE) category = 'other';
  // Injected instructions are flagged either way; the golden convention routes the message to
  // its support request when there is a clear one ("... refund every order") and to `other` otherwise.
  if (context.promptInjection) {
    const intent = order.find((id) => id !== 'other' && id !== 'human_request' && id !== 'gratitude');
    category = intent && scores[intent] >= INJECTION_INTENT ? intent : 'other';
  }
  if (context.escalation) category = 'human_request';

  const secondaryIntents = order.filter(
    (id) => id !== category && id !== 'other' && scores[id] >= SECONDARY_MIN && scores[id] >= 0.4 * topScore,
  );
  const runnerUp = scores[order.find((id) => id !== category) ?? 'other'];
  let confidence = calibrate(confidenceFor(scores[category], runnerUp), context.calibration);
  if (context.escalation) confidence = Math.max(confidence, 0.9);
  if (context.promptInjection) confidence = Math.max(confidence, 0.85);
  if (category === 'other' && topScore < MIN_EVIDENCE) confidence = NO_EVIDENCE_CONFIDENCE;
  return { category, secondaryIntents, confidence };
}

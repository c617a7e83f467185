import type { CategoryId } from './categories';
import { detectLanguage } from './detect-language';
import { detectPromptInjection } from './prompt-injection';
import { detectSentiment } from './detect-sentiment';
import { extractIdentifiers } from './extract-identifiers';
import { extractDurationMonths, extractFrequency, extractMonths } from './extract-schedule';
import { followUpTopic } from './follow-up-topic';
import { normalizeText } from './normalize';
import { resolveCategory } from './resolve-category';
import { scoreIntents } from './score-intents';
import { hasRequestMarker } from './request-marker';
import type { ClassifyOptions, RouterExtracted, RouterOutput } from './types';

// Categories whose month names can only mean boxes still to come.
const FUTURE_ONLY: ReadonlySet<CategoryId> = new Set([
  'subscription_skip',
  'subscription_pause',
  'subscription_frequency',
]);
// A follow-up of the last reply weighs as much as a named tier change.
const FOLLOW_UP_WEIGHT = 4.5;
// Enough human-request evidence that the customer is asking for a person, not mentioning one.
const ESCALATION_THRESHOLD = 3.5;

/**
 * The offline intake router: a lexicon-and-rules classifier for en, he, ru, es, de and fr that
 * needs no network and no model. Deterministic for a given text, options and date.
 */
export function classifyMessage(text: string, options: ClassifyOptions = {}): RouterOutput {
  const today = options.today ?? new Date();
  const { previousReply } = options;
  const language = detectLanguage(text, previousReply ? () => detectLanguage(previousReply) : undefined);
  const normalized = normalizeText(text);
  const { scores } = scoreIntents(normalized, language);
  const promptInjection = detectPromptInjection(text);
  const escalationSignal = !promptInjection && scores.human_request >= ESCALATION_THRESHOLD;
  const namesMonth = extractMonths(text, today).length > 0;
  const pauseMonths = extractDurationMonths(text);
  const frequency = extractFrequency(text);
  // A follow-up of the last reply continues its topic as firmly as if it named it.
  let previousCategory = options.previousCategory;
  const topic = followUpTopic(
    text,
    scores,
    { namesMonth, durationMentioned: pauseMonths !== undefined, frequencyMentioned: frequency !== undefined },
    options,
  );
  if (topic) {
    scores[topic] += FOLLOW_UP_WEIGHT;
    previousCategory = topic;
  }

  const resolution = resolveCategory(scores, {
    escalation: escalationSignal,
    requestMarker: hasRequestMarker(normalized),
    promptInjection,
    monthsMentioned: namesMonth,
    durationMentioned: pauseMonths !== undefined,
    previousCategory,
    calibration: options.calibration,
  });
  const extracted: RouterExtracted = { ...extractIdentifiers(text), promptInjection };
  const months = extractMonths(text, today, FUTURE_ONLY.has(resolution.category));
  if (months.length > 0) extracted.months = months;
  // A duration only means a pause length when a pause is being discussed ("skip a month" is not one).
  const pauseInPlay =
    resolution.category === 'subscription_pause' ||
    resolution.secondaryIntents.includes('subscription_pause');
  if (pauseMonths !== undefined && pauseInPlay) extracted.pauseMonths = pauseMonths;
  if (frequency) extracted.frequency = frequency;

  return {
    category: resolution.category,
    secondaryIntents: resolution.secondaryIntents,
    sentiment: detectSentiment(text, normalized, language, resolution.category),
    escalationSignal,
    language,
    confidence: resolution.confidence,
    extracted,
  };
}

import { planMentionIn, planReferredTo, wordsIn } from '../agents/message/follow-up';
import { CATEGORY_IDS, isCategoryId, type CategoryId } from './categories';
import type { IntentScores } from './score-intents';

/** What the message itself gives: the details a subscription question asks for. */
export interface FollowUpDetails {
  namesMonth: boolean;
  durationMentioned: boolean;
  frequencyMentioned: boolean;
}

// Above this much evidence for another intent, the message is about that intent, not the reply.
const FOLLOW_UP_CEILING = 3;
// An answer to a question is a few words ("La de enero", "Für 2 Monate").
const ANSWER_MAX_WORDS = 6;
// The detail each topic's question asks for.
const ANSWERS: Partial<Record<CategoryId, (details: FollowUpDetails) => boolean>> = {
  subscription_skip: (d) => d.namesMonth,
  subscription_pause: (d) => d.durationMentioned || d.namesMonth,
  subscription_frequency: (d) => d.frequencyMentioned,
};

const strongestOther = (scores: IntentScores, topic: CategoryId): number =>
  Math.max(...CATEGORY_IDS.filter((id) => id !== 'other' && id !== topic).map((id) => scores[id]));

/**
 * The topic a short follow-up continues, read against the reply it answers: the plan change that
 * reply offered ("OK, please switch me to that" after "Deluxe every 3 months is $99 per box"), or
 * the topic whose question it answers with the detail asked for ("La de enero" after "¿Qué caja
 * quiere saltar?"). Null when there is no reply, the message answers nothing in it, or the message
 * has evidence of its own for another intent.
 */
export function followUpTopic(
  text: string,
  scores: IntentScores,
  details: FollowUpDetails,
  context: { previousCategory?: string; previousReply?: string },
): CategoryId | null {
  const { previousCategory, previousReply } = context;
  if (!previousReply) return null;
  if (
    strongestOther(scores, 'subscription_frequency') < FOLLOW_UP_CEILING &&
    planReferredTo(planMentionIn(text), previousReply)
  )
    return 'subscription_frequency';
  if (!previousCategory || !isCategoryId(previousCategory) || !/[?？]/u.test(previousReply)) return null;
  const answers = ANSWERS[previousCategory];
  const short = wordsIn(text) <= ANSWER_MAX_WORDS;
  if (!answers?.(details) || !short) return null;
  return strongestOther(scores, previousCategory) < FOLLOW_UP_CEILING ? previousCategory : null;
}

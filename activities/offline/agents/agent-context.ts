/**
 * What every planner and composer of the offline agent works from: the task, the facts read out of
 * the message, the tool results so far, the subscription as the rules see it, and the phrasebook
 * and formatter of the reply language.
 */
import type { KnownCustomerContext } from '../../context/build-context';
import { createFormatter, type Formatter } from './i18n/format';
import { phrasebookFor, replyLanguage } from './i18n';
import type { Phrasebook, ReplyLanguage } from './i18n/types';
import { lastReplyIn, planReferredTo } from './message/follow-up';
import { readMessage, type MessageFacts } from './message/message-facts';
import type { SubscriptionFacts } from './policy/schedule';
import { subscriptionFacts } from './policy/subscription-facts';
import type { OfflineAgentTask, TaskAttachment } from './task-schemas';
import { readResults, type TurnResults } from './tool-results';

/** The working state of one agent step. */
export interface AgentContext {
  task: OfflineAgentTask;
  today: string;
  language: ReplyLanguage;
  facts: MessageFacts;
  /** Null when the sender matches no account. */
  customer: KnownCustomerContext | null;
  results: TurnResults;
  /** The subscription as the rules see it (context, completed by `get_subscription`). */
  sub: SubscriptionFacts | null;
  /** The country boxes ship to. */
  country: string | null;
  attachments: TaskAttachment[];
  t: Phrasebook;
  fmt: Formatter;
}

/**
 * "OK, please switch me to that" or "Yes please" names no plan: the plan is the one the previous
 * reply was about, and a bare yes asks for that change as much as "switch me to it" does.
 */
function withPlanReferent(facts: MessageFacts, previousReply: string | null): MessageFacts {
  const referent = planReferredTo(facts, previousReply);
  if (!referent) return facts;
  return {
    ...facts,
    tiers: referent.tiers,
    frequencies: referent.frequencies,
    frequency: referent.frequencies[0] ?? null,
    cues: referent.acceptance ? new Set([...facts.cues, 'planChange']) : facts.cues,
  };
}

/** Builds the context of one agent step from its task. */
export function agentContext(task: OfflineAgentTask): AgentContext {
  const customer = task.customer.known ? task.customer : null;
  const results = readResults(task.toolResults);
  const card = results.subscription();
  const country = card?.subscription.shippingAddress.country || customer?.profile.country || null;
  const language = replyLanguage(task.language);
  return {
    task,
    today: task.today,
    language,
    facts: withPlanReferent(readMessage(task.message, task.today, country), lastReplyIn(task.history)),
    customer,
    results,
    sub: customer ? subscriptionFacts(customer.subscription, card) : null,
    country,
    attachments: task.attachments ?? [],
    t: phrasebookFor(language),
    fmt: createFormatter(language),
  };
}

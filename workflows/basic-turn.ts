import { proxyActivities } from '@temporalio/workflow';
import type { createActivities } from '../activities/create-activities';
import { DATABASE_ACTIVITY, LLM_ACTIVITY, OUTBOUND_ACTIVITY } from './activity-options';
import type { ConversationState } from './conversation-state';
import {
  CategoryKey,
  CustomerEmailKey,
  ExperimentArmKey,
  SentimentKey,
  SpecialistKey,
} from './search-attributes';
import { upsertChanged } from './publish-attributes';
import type { HandoffNote, IncomingMessage, RouteResult, TurnOutcome } from './types';

type Activities = ReturnType<typeof createActivities>;
const store = proxyActivities<Activities>(DATABASE_ACTIVITY);
const model = proxyActivities<Activities>(LLM_ACTIVITY);
const outbound = proxyActivities<Activities>(OUTBOUND_ACTIVITY);

/**
 * The first turn of Kesher (route, then a plain reply or a handoff), kept only so histories of runs
 * started before the full pipeline replay unchanged (see `patched('full-turn')` in customer-turn.ts).
 */
export async function runBasicTurn(state: ConversationState, message: IncomingMessage): Promise<TurnOutcome> {
  const conversationId = state.ref.workflowId;
  await store.recordIncomingMessage({ conversationId, message });
  if (state.status === 'resolved') state.status = 'open';
  if (state.aiPaused) {
    const outcome: TurnOutcome = { kind: 'skipped', reason: 'ai_paused' };
    state.recordTurn(outcome, null);
    return outcome;
  }

  const route = await model.routeMessage({
    conversationId,
    message,
    previousCategory: state.lastCategory,
    turn: state.turnCount + 1,
  });
  publishRoute(state, route);

  let outcome: TurnOutcome;
  if (route.alwaysEscalate || route.escalationSignal) {
    outcome = await handOver(state, message, route, {
      reason: 'customer_request',
      summary: `The customer asked for a person: “${message.content.slice(0, 280)}”`,
      sentiment: route.sentiment,
      whatWasTried: ['Routed the message; no AI answer was sent because the customer asked for a human.'],
      toolResults: [],
      suggestedNextStep: 'Reply personally and take over the conversation.',
      // The category's specialist team, or the general human queue (CHATWOOT_TEAM_IDS).
      team: route.specialist ?? 'human',
    });
  } else {
    const draft = await model.draftReply({ conversationId, message, route, customer: state.customer });
    const replyMessageId = `${conversationId}:reply:${message.messageId}`;
    await outbound.deliverMessage({
      idempotencyKey: replyMessageId,
      ref: state.ref,
      content: draft.text,
      private: false,
    });
    outcome = { kind: 'sent', replyMessageId, category: route.category };
  }
  state.recordTurn(outcome, {
    category: route.category,
    sentiment: route.sentiment,
    specialist: route.specialist,
  });
  await store.saveConversation({ conversationId, carried: state.carry() });
  return outcome;
}

export async function handOver(
  state: ConversationState,
  message: IncomingMessage,
  route: RouteResult,
  note: HandoffNote,
): Promise<TurnOutcome> {
  await outbound.handOff({
    idempotencyKey: `${state.ref.workflowId}:handoff:${message.messageId}`,
    ref: state.ref,
    note,
    category: route.category,
  });
  state.markEscalated();
  return { kind: 'escalated', category: route.category, reason: note.reason };
}

/** Publishes the route (and the A/B arm, from the full turn) as search attributes, in one command. */
export function publishRoute(
  state: ConversationState,
  route: RouteResult,
  arm?: 'specialists' | 'generalist',
): void {
  upsertChanged(state.publishedAttributes, [
    ...(arm ? [{ key: ExperimentArmKey, value: arm }] : []),
    { key: CategoryKey, value: route.category },
    { key: SentimentKey, value: route.sentiment },
    { key: SpecialistKey, value: route.specialist ?? 'human' },
    ...(state.customer.email ? [{ key: CustomerEmailKey, value: state.customer.email }] : []),
  ]);
}

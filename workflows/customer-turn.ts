import { patched, proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { createActivities } from '../activities/create-activities';
import {
  asLocal,
  DATABASE_ACTIVITY,
  LLM_ACTIVITY,
  OUTBOUND_ACTIVITY,
  TOOL_ACTIVITY,
} from './activity-options';
import { handOver, publishRoute, runBasicTurn } from './basic-turn';
import { inShare } from './bucketing';
import type { ConversationState } from './conversation-state';
import { identityStep, needsIdentityStep } from './identity-step';
import { failureNote } from './turn-decision';
import { pipelineFrom, planTurn } from './turn-pipeline';
import type { ExperimentArm, PipelineActivities, TurnPlan, TurnSettings } from './turn-types';
import type { Channel, IncomingMessage, RouteResult, TurnOutcome } from './types';

type Activities = ReturnType<typeof createActivities>;
const outbound = proxyActivities<Activities>(OUTBOUND_ACTIVITY);
const queued = {
  store: proxyActivities<Activities>(DATABASE_ACTIVITY),
  model: proxyActivities<Activities>(LLM_ACTIVITY),
  tools: proxyActivities<Activities>(TOOL_ACTIVITY),
};
const local = {
  store: proxyLocalActivities<Activities>(asLocal(DATABASE_ACTIVITY)),
  model: proxyLocalActivities<Activities>(asLocal(LLM_ACTIVITY)),
  tools: proxyLocalActivities<Activities>(asLocal(TOOL_ACTIVITY)),
};

/** The activities one turn runs, and how each is dispatched. */
interface TurnSteps {
  store: typeof queued.store;
  model: typeof queued.model;
  pipeline: PipelineActivities;
}

/**
 * How this turn's steps are dispatched. The database steps and tool reads take milliseconds, so
 * they run as local activities, in the worker that runs the workflow task: a task-queue round trip
 * per step (an activity task and two workflow tasks) would cost more than the step itself. Model
 * steps follow `settings.modelSteps`; replies to Chatwoot stay regular activities, with their
 * long server-side retries. Runs recorded before local steps replay with every step on the queue.
 */
function turnSteps(settings: TurnSettings): TurnSteps {
  const localSteps = patched('local-steps');
  const store = localSteps ? local.store : queued.store;
  const tools = localSteps ? local.tools : queued.tools;
  const model = localSteps && settings.modelSteps === 'local' ? local.model : queued.model;
  return { store, model, pipeline: pipelineFrom(store, model, tools) };
}

/**
 * One customer turn: record the message, route it, plan the answer (context, knowledge, agent with
 * tools, QA) and carry out the decision: send, post a draft for a human, or hand over. Every
 * outbound effect carries a key derived from the message, so a retried turn cannot post twice.
 */
export async function runCustomerTurn(
  state: ConversationState,
  message: IncomingMessage,
  settings: TurnSettings,
): Promise<TurnOutcome> {
  if (!patched('full-turn')) return runBasicTurn(state, message);
  const { store, model, pipeline } = turnSteps(settings);
  const started = Date.now();
  const conversationId = state.ref.workflowId;
  await store.recordIncomingMessage({ conversationId, message });
  if (state.status === 'resolved') state.status = 'open';
  if (state.aiPaused) {
    const outcome: TurnOutcome = { kind: 'skipped', reason: 'ai_paused' };
    state.recordTurn(outcome, null);
    return outcome;
  }

  let route = await model.routeMessage({
    conversationId,
    message,
    previousCategory: state.lastCategory,
    turn: state.turnCount + 1,
  });
  const arm: ExperimentArm = inShare(conversationId, 'arm', settings.generalistShare)
    ? 'generalist'
    : 'specialists';
  const metricsOf = (routed: RouteResult) => ({
    conversationId,
    turn: state.turnCount + 1,
    category: routed.category,
    experimentArm: arm,
    confidence: routed.confidence,
    // Lets a replay find the message this turn answered (activity input only: replay-safe).
    messageKey: message.messageId,
    startedAt: new Date(started).toISOString(),
  });

  // A sender whose address is no customer's may name their account, or type the code it was sent.
  let question = message;
  let opening: string | null = null;
  if (needsIdentityStep(state, message) && patched('identity-checks')) {
    const identity = await identityStep(store, state, message, route);
    if (identity.kind === 'done') {
      publishRoute(state, route, arm);
      await store.recordTurnMetrics({
        ...metricsOf(route),
        specialist: null,
        outcome: identity.outcome.kind,
        qaRounds: 0,
        qaPassed: null,
        toolCalls: 0,
        instructionVersion: null,
        responseMs: Date.now() - started,
      });
      await finishTurn(store, state, route, identity.outcome);
      return identity.outcome;
    }
    if (identity.message !== message) {
      // Verified: the turn answers the request that waited for the account.
      question = identity.message;
      route = await model.routeMessage({
        conversationId,
        message: question,
        previousCategory: state.lastCategory,
        turn: state.turnCount + 1,
        waitingQuestion: true,
      });
    }
    opening = identity.opening;
  }
  publishRoute(state, route, arm);
  const metricsBase = metricsOf(route);
  let plan: TurnPlan;
  try {
    plan = await planTurn(pipeline, {
      conversationId,
      turn: state.turnCount + 1,
      channel: state.ref.channel,
      message: question,
      customerEmail: state.customerEmailFor(message),
      route,
      arm,
      inRollout: inShare(conversationId, 'rollout', settings.rolloutShare),
      settings,
      record: true,
    });
  } catch (error) {
    // Every model provider failed (after retries and fallback): a person takes over.
    const outcome = await modelsFailed(state, message, route, error);
    await store.recordTurnMetrics({
      ...metricsBase,
      specialist: route.specialist,
      outcome: 'escalated',
      qaRounds: 0,
      qaPassed: null,
      toolCalls: 0,
      instructionVersion: null,
      responseMs: Date.now() - started,
    });
    await finishTurn(store, state, route, outcome);
    return outcome;
  }

  if (plan.customerId) state.senderKnown = true;
  if (opening) plan = { ...plan, reply: `${opening}\n\n${plan.reply}` };
  // A drafted turn's change is held until the teammate who reviews the draft offers it with their
  // reply: until then the customer, who may hold a form link from an earlier turn, sees no form.
  const held =
    plan.proposal !== null &&
    plan.decision.kind === 'draft' &&
    (state.ref.channel === 'web'
      ? patched('hold-drafted-proposals')
      : patched('hold-drafted-proposals-every-channel'));
  if (held) await store.holdWriteAction({ actionId: plan.proposal!.actionId, held: true });
  const outcome = await carryOut(store, state, message, route, plan, held);
  if (plan.proposal && outcome.kind !== 'escalated') {
    state.actions.add({
      ...(held ? { held: true } : {}),
      actionId: plan.proposal.actionId,
      toolName: plan.proposal.toolName,
      summary: plan.proposal.summary,
      proposedArgs: plan.proposal.args,
      ...(plan.proposal.choices ? { choices: plan.proposal.choices } : {}),
      ...(plan.proposal.next.length > 0 ? { next: plan.proposal.next } : {}),
      customerId: plan.customerId ?? '',
      language: route.language,
      sourceMessageId: message.messageId,
    });
  }
  await store.recordTurnMetrics({
    ...metricsBase,
    specialist: plan.agent,
    outcome: outcome.kind,
    qaRounds: plan.qaRounds,
    qaPassed: plan.qa ? plan.qa.verdict === 'pass' : null,
    toolCalls: plan.toolOutcomes.length,
    instructionVersion: plan.instructionVersion,
    responseMs: Date.now() - started,
  });
  await finishTurn(store, state, route, outcome);
  return outcome;
}

async function finishTurn(
  store: TurnSteps['store'],
  state: ConversationState,
  route: RouteResult,
  outcome: TurnOutcome,
): Promise<void> {
  state.recordTurn(outcome, {
    category: route.category,
    sentiment: route.sentiment,
    specialist: route.specialist,
  });
  await store.saveConversation({ conversationId: state.ref.workflowId, carried: state.carry() });
}

/** Sends, drafts or hands over, as the plan decided. */
async function carryOut(
  store: TurnSteps['store'],
  state: ConversationState,
  message: IncomingMessage,
  route: RouteResult,
  plan: TurnPlan,
  held: boolean,
): Promise<TurnOutcome> {
  const conversationId = state.ref.workflowId;
  const replyMessageId = `${conversationId}:reply:${message.messageId}`;
  const attributes = {
    kesher: {
      kind: plan.decision.kind === 'send' ? 'reply' : plan.decision.kind,
      category: route.category,
      agent: plan.agent,
      instructionVersion: plan.instructionVersion,
      actionId: plan.proposal?.actionId ?? null,
      sourceMessageId: message.messageId,
    },
  };
  const { decision } = plan;
  if (decision.kind === 'send') {
    await outbound.deliverMessage({
      idempotencyKey: replyMessageId,
      ref: state.ref,
      content: plan.reply,
      private: false,
      instructionVersion: plan.instructionVersion,
      contentAttributes: attributes,
    });
    return { kind: 'sent', replyMessageId, category: route.category };
  }
  if (decision.kind === 'draft') {
    const hold = held && plan.proposal ? `\n\n${holdNotice(state.ref.channel, plan)}` : '';
    await outbound.deliverMessage({
      idempotencyKey: replyMessageId,
      ref: state.ref,
      content: `📝 AI draft for review (${decision.reasons.join('; ')}):\n\n${plan.reply}${hold}`,
      private: true,
      instructionVersion: plan.instructionVersion,
      contentAttributes: { ...attributes, draftText: plan.reply },
    });
    return { kind: 'drafted', replyMessageId, category: route.category, reason: decision.reasons.join('; ') };
  }
  if (decision.publicReply && plan.reply.trim()) {
    await outbound.deliverMessage({
      idempotencyKey: replyMessageId,
      ref: state.ref,
      content: plan.reply,
      private: false,
      instructionVersion: plan.instructionVersion,
      contentAttributes: attributes,
    });
  }
  if (plan.proposal) {
    // The person taking over decides; the proposal will not wait for the customer.
    await store.closeWriteAction({
      actionId: plan.proposal.actionId,
      status: 'expired',
      approver: 'system:handoff',
      decidedAt: new Date().toISOString(),
    });
  }
  return handOver(state, message, route, decision.note);
}

async function modelsFailed(
  state: ConversationState,
  message: IncomingMessage,
  route: RouteResult,
  error: unknown,
): Promise<TurnOutcome> {
  const failed = `The AI models could not answer: ${error instanceof Error ? error.message : String(error)}`;
  const note = failureNote(route, message.content, failed);
  return handOver(state, message, route, note);
}

/** How the teammate reviewing a draft offers the change it holds. */
function holdNotice(channel: Channel, plan: TurnPlan): string {
  const held = `🔒 The change it proposes (${plan.proposal!.summary}) is held`;
  if (channel === 'web')
    return `${held}: the customer sees its form only when you reply with "offerChange": true.`;
  const link = plan.formLink ? `: ${plan.formLink}` : '';
  return `${held}: the customer can confirm it only once a public reply of yours includes its form link${link}`;
}

import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import pino from 'pino';
import { createActivities } from '../../activities/create-activities';
import { createDb } from '../../schema/db';
import { buildActivityDeps, turnSettingsFrom } from '../../workers/activity-deps';
import { ConversationState } from '../../workflows/conversation-state';
import { inShare } from '../../workflows/bucketing';
import { planTurn } from '../../workflows/turn-pipeline';
import type { TurnSettings } from '../../workflows/turn-types';
import type { ConversationRef, CustomerRef, IncomingMessage } from '../../workflows/types';
import type { BenchSystem } from './bench-system';
import { messageKey } from './reply-tracker';
import type { RunAccounting } from './run-accounting';
import { waitBeforeMs } from './pacing';
import { type PhaseOptions, type PhaseResult, WAIT_FOR_ANSWER_MS } from './turn-phase';
import { BENCH_CUSTOMER, benchText } from './webhook-driver';

const CUSTOMER: CustomerRef = {
  email: BENCH_CUSTOMER,
  name: 'James Whitfield',
  chatwootContactId: null,
};

/**
 * The baseline: the same activities, called directly in the order the workflow calls them (open
 * once per conversation, then per turn record → route → draft → deliver → metrics → save), with
 * no webhook and no Temporal. Same process, same fake Chatwoot, same database (its own pool of the
 * production size), same customers' loop and pacing as `runTemporalTurns`; latency is turn start →
 * reply at the fake.
 */
export async function runInProcessTurns(
  bench: BenchSystem,
  accounting: RunAccounting,
  options: PhaseOptions,
): Promise<PhaseResult> {
  const log = pino({ level: 'silent' });
  const handle = await createDb({ url: bench.databaseUrl });
  try {
    const deps = buildActivityDeps({ config: bench.config, db: handle.db, log });
    const activities = createActivities(deps);
    // The baseline runs the specialist arm only, like the benchmark's conversations.
    const settings: TurnSettings = { ...turnSettingsFrom(bench.config), generalistShare: 0 };
    const latencies: number[] = [];
    const started = performance.now();

    const customer = async (index: number): Promise<void> => {
      const conversationId = options.firstConversationId + index;
      const ref: ConversationRef = {
        workflowId: `conversation-${bench.accountId}-${conversationId}`,
        channel: 'chatwoot',
        accountId: bench.accountId,
        chatwootConversationId: conversationId,
      };
      const state = new ConversationState({ ref, customer: CUSTOMER });
      for (let turn = 0; turn < options.turns; turn += 1) {
        if (options.pacing) await sleep(waitBeforeMs(options.pacing, index, turn));
        const chatwootMessageId = conversationId * 100 + turn;
        const message: IncomingMessage = {
          messageId: `cw-${chatwootMessageId}`,
          chatwootMessageId,
          content: benchText(index, turn),
          attachments: [],
          sentAt: new Date().toISOString(),
          customer: CUSTOMER,
        };
        const key = messageKey(bench.accountId, conversationId, chatwootMessageId);
        accounting.sent(key, 'accepted');
        const begun = performance.now();
        // The workflow opens the conversation when its run starts, inside the first turn's latency.
        if (turn === 0) await activities.openConversation({ ref, customer: CUSTOMER });
        await runTurn(activities, state, message, settings);
        const arrival = await accounting.answerOf(bench.replies, key, begun, begun + WAIT_FOR_ANSWER_MS);
        if (arrival) latencies.push(arrival.at - begun);
      }
    };
    await Promise.all(Array.from({ length: options.conversations }, (_, index) => customer(index)));
    return { latencies, wallMs: performance.now() - started, turns: latencies.length };
  } finally {
    await handle.close();
  }
}

/**
 * `runCustomerTurn` without Temporal: record, route, the same turn pipeline, deliver, record the
 * metrics.
 */
async function runTurn(
  activities: ReturnType<typeof createActivities>,
  state: ConversationState,
  message: IncomingMessage,
  settings: TurnSettings,
): Promise<void> {
  const conversationId = state.ref.workflowId;
  const started = Date.now();
  await activities.recordIncomingMessage({ conversationId, message });
  const route = await activities.routeMessage({
    conversationId,
    message,
    previousCategory: state.lastCategory,
  });
  const plan = await planTurn(activities, {
    conversationId,
    turn: state.turnCount + 1,
    channel: state.ref.channel,
    message,
    customerEmail: message.customer.email,
    route,
    arm: 'specialists',
    inRollout: inShare(conversationId, 'rollout', settings.rolloutShare),
    settings,
    record: true,
  });
  const replyMessageId = `${conversationId}:reply:${message.messageId}`;
  const { decision } = plan;
  if (decision.kind === 'escalate') {
    if (decision.publicReply) {
      await activities.deliverMessage({
        idempotencyKey: replyMessageId,
        ref: state.ref,
        content: plan.reply,
        private: false,
      });
    }
    await activities.handOff({
      idempotencyKey: `${conversationId}:handoff:${message.messageId}`,
      ref: state.ref,
      note: decision.note,
      category: route.category,
    });
  } else {
    await activities.deliverMessage({
      idempotencyKey: replyMessageId,
      ref: state.ref,
      content: plan.reply,
      private: decision.kind === 'draft',
    });
  }
  // The workflow records the turn's metrics after the reply, as here.
  await activities.recordTurnMetrics({
    conversationId,
    turn: state.turnCount + 1,
    category: route.category,
    experimentArm: 'specialists',
    confidence: route.confidence,
    messageKey: message.messageId,
    startedAt: new Date(started).toISOString(),
    specialist: plan.agent,
    outcome: decision.kind === 'send' ? 'sent' : decision.kind === 'draft' ? 'drafted' : 'escalated',
    qaRounds: plan.qaRounds,
    qaPassed: plan.qa ? plan.qa.verdict === 'pass' : null,
    toolCalls: plan.toolOutcomes.length,
    instructionVersion: plan.instructionVersion,
    responseMs: Date.now() - started,
  });
  state.recordTurn(
    { kind: 'sent', replyMessageId, category: route.category },
    { category: route.category, sentiment: route.sentiment, specialist: route.specialist },
  );
  await activities.saveConversation({ conversationId, carried: state.carry() });
}

/**
 * One golden message through the whole turn pipeline, in-process, with side effects off: the same
 * router, context, knowledge, agent loop and QA activities the conversation workflow runs, called
 * directly; nothing is sent and nothing is recorded (`record: false`, proposals only checked).
 * `npm run eval` (scripts/eval/run-pipeline.ts) and the daily golden evaluation's activities share it.
 */
import { performance } from 'node:perf_hooks';
import { inShare } from '../../workflows/bucketing';
import { planTurn } from '../../workflows/turn-pipeline';
import type { PipelineActivities, TurnSettings } from '../../workflows/turn-types';
import type { IncomingMessage, RouteResult } from '../../workflows/types';

/** The demo data's "today" (fixtures/README.md): every golden answer is written against it. */
export const GOLDEN_TODAY = '2026-11-23';

/** One golden line, as far as the pipeline needs it. */
export interface PipelineItem {
  id: string;
  channel: string;
  customer_email: string | null;
  message: string;
  /** Photos sent with the message (a damage report's). */
  attachments?: { photo_id: string; content_type: string }[];
}

/** What one golden message led to. */
export interface EvalTurnResult {
  category: string;
  language: string;
  sentiment: string;
  escalationSignal: boolean;
  toolCalls: { name: string; args: Record<string, unknown> }[];
  outcome: 'send' | 'draft' | 'escalate';
  escalationReason: string | null;
  qaPassed: boolean;
  qaRounds: number;
  reply: string;
  latencyMs: number;
  /** The instruction version the agent answered with (0: the shipped text). */
  instructionVersion?: number;
}

/** The activities a turn needs: the pipeline's and the router. */
export interface TurnRunnerActivities extends PipelineActivities {
  routeMessage(input: {
    conversationId: string;
    message: IncomingMessage;
    previousCategory: string | null;
    record?: boolean;
  }): Promise<RouteResult>;
}

/** Runs one golden item. */
export type TurnRunner = (item: PipelineItem) => Promise<EvalTurnResult>;

/**
 * A runner over `activities` (built from a worker's dependencies). The conversation id is
 * `eval-<item id>`, so the generalist and rollout buckets of an item are the same in every run.
 */
export function createTurnRunner(activities: TurnRunnerActivities, settings: TurnSettings): TurnRunner {
  return async (item) => {
    const started = performance.now();
    const conversationId = `eval-${item.id}`;
    const message: IncomingMessage = {
      messageId: item.id,
      chatwootMessageId: null,
      content: item.message,
      attachments: (item.attachments ?? []).map((a) => ({
        id: a.photo_id,
        fileType: a.content_type,
        url: null,
      })),
      sentAt: `${GOLDEN_TODAY}T09:00:00Z`,
      customer: { email: item.customer_email, name: null, chatwootContactId: null },
    };
    const route = await activities.routeMessage({
      conversationId,
      message,
      previousCategory: null,
      record: false,
    });
    const plan = await planTurn(activities, {
      conversationId,
      turn: 1,
      channel: item.channel,
      message,
      customerEmail: item.customer_email,
      route,
      arm: inShare(conversationId, 'arm', settings.generalistShare) ? 'generalist' : 'specialists',
      inRollout: inShare(conversationId, 'rollout', settings.rolloutShare),
      settings,
      record: false,
    });
    const { decision } = plan;
    return {
      category: route.category,
      language: route.language,
      sentiment: route.sentiment,
      escalationSignal: route.escalationSignal,
      toolCalls: plan.toolOutcomes.map((outcome) => ({ name: outcome.name, args: outcome.args })),
      outcome: decision.kind,
      escalationReason: decision.kind === 'escalate' ? decision.note.reason : null,
      qaPassed: plan.qa?.verdict === 'pass',
      qaRounds: plan.qaRounds,
      reply: plan.reply,
      latencyMs: Math.round(performance.now() - started),
      instructionVersion: plan.instructionVersion,
    };
  };
}

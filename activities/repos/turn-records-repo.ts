import type { Kysely } from 'kysely';
import type { Database } from '../../schema/tables';
import type { QaReview } from '../agents/agent-contract';
import type { TurnOutcomeKind } from '../../schema/tables-core';

/** Stores one QA round's verdict, once per idempotency key. */
export async function insertQaVerdict(
  db: Kysely<Database>,
  input: {
    conversationId: string;
    turn: number;
    round: number;
    category: string;
    specialist: string;
    review: QaReview;
    draft: string;
    model: string;
    idempotencyKey: string;
  },
): Promise<void> {
  const { review } = input;
  await db
    .insertInto('qa_verdicts')
    .values({
      conversation_id: input.conversationId,
      turn: input.turn,
      round: input.round,
      category: input.category,
      specialist: input.specialist,
      verdict: review.verdict,
      tone_score: review.tone,
      accuracy_score: review.accuracy,
      safety_score: review.safety,
      completeness_score: review.completeness,
      reasons: JSON.stringify(review.reasons),
      draft: input.draft,
      model: input.model,
      idempotency_key: input.idempotencyKey,
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .execute();
}

/** Audits one read-tool call (reads need no approval: the approver is the policy). */
export async function insertReadExecution(
  db: Kysely<Database>,
  input: {
    toolCallId: string;
    conversationId: string;
    customerId: string | null;
    toolName: string;
    args: Record<string, unknown>;
    result: unknown;
    error: string | null;
    latencyMs: number;
  },
): Promise<void> {
  await db
    .insertInto('tool_executions')
    .values({
      tool_call_id: input.toolCallId,
      conversation_id: input.conversationId,
      customer_id: input.customerId,
      tool_name: input.toolName,
      kind: 'read',
      proposed_args: JSON.stringify(input.args),
      approved_args: JSON.stringify(input.args),
      approver: 'policy',
      status: input.error ? 'failed' : 'succeeded',
      result: input.result === undefined ? null : JSON.stringify(input.result),
      error: input.error,
      latency_ms: input.latencyMs,
      idempotency_key: input.toolCallId,
      executed_at: new Date(),
    })
    .onConflict((oc) => oc.column('tool_call_id').doNothing())
    .execute();
}

/** The metrics of one finished turn, for the AI-ops dashboards. */
export interface TurnMetrics {
  conversationId: string;
  turn: number;
  category: string;
  specialist: string | null;
  experimentArm: string;
  outcome: TurnOutcomeKind;
  confidence: number;
  qaRounds: number;
  qaPassed: boolean | null;
  toolCalls: number;
  instructionVersion: number | null;
  /** The answered message's workflow id; absent in turns of runs started before it was recorded. */
  messageKey?: string;
  responseMs: number;
  startedAt: string;
}

/** Stores a turn's metrics once (a retried activity finds the row there). */
export async function insertTurnMetrics(db: Kysely<Database>, input: TurnMetrics): Promise<void> {
  await db
    .insertInto('conversation_turns')
    .values({
      conversation_id: input.conversationId,
      turn: input.turn,
      category: input.category,
      specialist: input.specialist,
      experiment_arm: input.experimentArm,
      outcome: input.outcome,
      confidence: input.confidence,
      qa_rounds: input.qaRounds,
      qa_passed: input.qaPassed,
      tool_calls: input.toolCalls,
      instruction_version: input.instructionVersion,
      message_key: input.messageKey ?? null,
      response_ms: input.responseMs,
      started_at: new Date(input.startedAt),
      completed_at: new Date(),
    })
    .onConflict((oc) => oc.columns(['conversation_id', 'turn']).doNothing())
    .execute();
}

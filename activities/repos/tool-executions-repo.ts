import { sql, type Kysely } from 'kysely';
import type { Database, JsonObject, JsonValue, ToolExecution } from '../../schema/tables';

/** A write tool's proposal, before the customer has answered. */
export interface ProposedWrite {
  toolCallId: string;
  conversationId: string;
  customerId: string;
  toolName: string;
  proposedArgs: JsonObject;
}

/**
 * Records a proposed write as a pending audit row, once per tool-call id; returns the row (the
 * existing one when the proposal was recorded before).
 */
export async function insertProposedWrite(
  db: Kysely<Database>,
  proposal: ProposedWrite,
): Promise<ToolExecution> {
  await db
    .insertInto('tool_executions')
    .values({
      tool_call_id: proposal.toolCallId,
      conversation_id: proposal.conversationId,
      customer_id: proposal.customerId,
      tool_name: proposal.toolName,
      kind: 'write',
      proposed_args: JSON.stringify(proposal.proposedArgs),
      status: 'pending',
      idempotency_key: proposal.toolCallId,
    })
    .onConflict((oc) => oc.column('tool_call_id').doNothing())
    .execute();
  return db
    .selectFrom('tool_executions')
    .selectAll()
    .where('tool_call_id', '=', proposal.toolCallId)
    .executeTakeFirstOrThrow();
}

/** The audit row of a tool call, or null. */
export async function findToolExecution(
  db: Kysely<Database>,
  toolCallId: string,
): Promise<ToolExecution | null> {
  const row = await db
    .selectFrom('tool_executions')
    .selectAll()
    .where('tool_call_id', '=', toolCallId)
    .executeTakeFirst();
  return row ?? null;
}

/**
 * The audit row, locked until the caller's transaction ends: concurrent executions of the same
 * action wait here, then see the first one's outcome.
 */
export async function lockToolExecution(
  trx: Kysely<Database>,
  toolCallId: string,
): Promise<ToolExecution | null> {
  const row = await trx
    .selectFrom('tool_executions')
    .selectAll()
    .where('tool_call_id', '=', toolCallId)
    .forUpdate()
    .executeTakeFirst();
  return row ?? null;
}

/** The customer's approval: who, when, and the arguments as approved (possibly edited). */
export interface Approval {
  approvedArgs: JsonObject;
  approver: string;
  confirmedAt: string;
}

/** Marks a write approved by the customer; only an approved row may go on to succeeded or failed. */
export async function markWriteApproved(
  trx: Kysely<Database>,
  id: number,
  approval: Approval,
): Promise<void> {
  await trx
    .updateTable('tool_executions')
    .set({
      status: 'approved',
      approved_args: JSON.stringify(approval.approvedArgs),
      approver: approval.approver,
      user_approved: true,
      confirmation_timestamp: approval.confirmedAt,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .execute();
}

/** What an approved write led to. */
export type WriteOutcome =
  | { status: 'succeeded'; result: JsonValue; latencyMs: number }
  /** `code`: the policy's refusal code, kept in `result` so a repeated call can tell it again. */
  | { status: 'failed'; error: string; code: string | null; latencyMs: number };

/** Records the outcome of an approved write. */
export async function markWriteExecuted(
  trx: Kysely<Database>,
  id: number,
  outcome: WriteOutcome,
): Promise<void> {
  await trx
    .updateTable('tool_executions')
    .set({
      status: outcome.status,
      result:
        outcome.status === 'succeeded'
          ? JSON.stringify(outcome.result)
          : outcome.code
            ? JSON.stringify({ refusal: outcome.code })
            : null,
      error: outcome.status === 'failed' ? outcome.error : null,
      latency_ms: outcome.latencyMs,
      executed_at: sql`now()`,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .execute();
}

/**
 * Closes a pending write without running it: rejected by the customer (`user_approved` false) or
 * expired unanswered (`user_approved` null). A row already answered is left as it is; returns the
 * row's status afterwards, or null when there is no such row.
 */
export async function closePendingWrite(
  db: Kysely<Database>,
  input: { toolCallId: string; status: 'rejected' | 'expired'; approver: string | null; decidedAt: string },
): Promise<ToolExecution['status'] | null> {
  await db
    .updateTable('tool_executions')
    .set({
      status: input.status,
      user_approved: input.status === 'rejected' ? false : null,
      approver: input.approver,
      confirmation_timestamp: input.status === 'rejected' ? input.decidedAt : null,
      updated_at: sql`now()`,
    })
    .where('tool_call_id', '=', input.toolCallId)
    .where('kind', '=', 'write')
    .where('status', '=', 'pending')
    .execute();
  const row = await findToolExecution(db, input.toolCallId);
  return row?.status ?? null;
}

/**
 * Holds a pending proposal back from the customer (`held`), or offers it (`!held`): the widget's
 * transcript leaves out a held one. Only a pending write changes.
 */
export async function setPendingWriteHeld(
  db: Kysely<Database>,
  input: { toolCallId: string; held: boolean },
): Promise<void> {
  await db
    .updateTable('tool_executions')
    .set({ held_at: input.held ? sql`now()` : null, updated_at: sql`now()` })
    .where('tool_call_id', '=', input.toolCallId)
    .where('kind', '=', 'write')
    .where('status', '=', 'pending')
    .execute();
}

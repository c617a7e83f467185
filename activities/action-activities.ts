import { performance } from 'node:perf_hooks';
import { ApplicationFailure } from '@temporalio/common';
import type { Kysely } from 'kysely';
import type { Database, JsonObject, JsonValue, ToolExecution } from '../schema/tables';
import type { ActionChoices, WriteToolName } from '../workflows/action-types';
import { isWriteToolName, parseWriteToolArgs } from '../workflows/write-tool-args';
import { changeText } from './commerce/write-tools/change-text';
import type { CommerceAdapter } from './commerce/commerce-adapter';
import { createPostgresCommerce } from './commerce/postgres-commerce';
import type { Subscription } from './commerce/types';
import {
  applyWriteTool,
  checkWritePolicy,
  writeToolChoices,
  WriteToolRefusedError,
  type WriteToolContext,
} from './commerce/write-tools/write-tools';
import {
  closePendingWrite,
  insertProposedWrite,
  lockToolExecution,
  markWriteApproved,
  markWriteExecuted,
  setPendingWriteHeld,
} from './repos/tool-executions-repo';

/** `ctx` whose adapter reads the customer's subscription once, however many policy checks ask. */
function withSubscriptionReadOnce(ctx: WriteToolContext): WriteToolContext {
  const { commerce, customerId } = ctx;
  let read: Promise<Subscription | null> | undefined;
  const reading = Object.create(commerce) as CommerceAdapter;
  reading.getSubscription = (id) =>
    id === customerId ? (read ??= commerce.getSubscription(id)) : commerce.getSubscription(id);
  return { ...ctx, commerce: reading };
}

/** Failure types of the action activities that no retry can fix. */
export const ACTION_NON_RETRYABLE_ERROR_TYPES = ['ActionNotProposed', 'ActionMismatch'] as const;

export interface ActionActivityDeps {
  db: Kysely<Database>;
  /**
   * A commerce system outside our database (it must dedupe writes by the idempotency key). By
   * default the Postgres adapter runs inside the audit row's transaction, so a change and its
   * audit commit together.
   */
  commerce?: CommerceAdapter;
  /** The company's calendar day, `YYYY-MM-DD`. */
  today?: () => string;
  /** The confirmation page of a conversation, for messages sent outside the widget. */
  formLinkFor?: (conversationId: string) => string;
}

/** A write the agent proposes; nothing changes until the customer approves it. */
export interface ProposeWriteInput {
  conversationId: string;
  customerId: string;
  /** The tool-call id of the proposal; the action's id from here on. */
  actionId: string;
  toolName: string;
  args: unknown;
  sourceMessageId: string;
  language?: string;
  /** Evaluations: check schema and policy, record nothing. */
  dryRun?: boolean;
}

export type ProposeWriteResult =
  | {
      ok: true;
      summary: string;
      args: Record<string, unknown>;
      /** The form's choices the policy accepts, or null for a tool without a choice field. */
      choices: ActionChoices | null;
    }
  | { ok: false; code: string; message: string };

/** A change queued behind a confirmed one, to propose now. */
export interface QueuedChangeInput extends ProposeWriteInput {
  toolName: WriteToolName;
  /** Outside the widget the message carries the confirmation link. */
  formLink: boolean;
}

/** The proposal's outcome and the customer message that offers it (or says it can't be made). */
export type QueuedChangeResult = ProposeWriteResult & { text: string };

/** The customer's approval of a proposed write. */
export interface ExecuteWriteInput {
  conversationId: string;
  customerId: string;
  actionId: string;
  toolName: WriteToolName;
  approvedArgs: Record<string, unknown>;
  approver: string;
  /** ISO time of the confirmation (workflow time). */
  confirmedAt: string;
}

/** A failed write's `code` says why (a policy refusal code, `invalid_args`, `rejected`, …) when known. */
export type ExecuteWriteResult =
  { status: 'succeeded'; result: unknown } | { status: 'failed'; error: string; code: string | null };

/** A pending write closed without running. */
export interface CloseWriteInput {
  actionId: string;
  status: 'rejected' | 'expired';
  approver: string | null;
  decidedAt: string;
}

const fallbackToday = (): string => new Date().toISOString().slice(0, 10);

/** The stored outcome of a write that already ran, or of one closed without running. */
function storedOutcome(row: ToolExecution): ExecuteWriteResult | null {
  if (row.status === 'succeeded') return { status: 'succeeded', result: row.result };
  if (row.status === 'failed') {
    const refusal = (row.result as { refusal?: unknown } | null)?.refusal;
    return {
      status: 'failed',
      error: row.error ?? 'The change failed.',
      code: typeof refusal === 'string' ? refusal : null,
    };
  }
  if (row.status === 'rejected' || row.status === 'expired') {
    return { status: 'failed', error: `This change was ${row.status} and cannot run.`, code: row.status };
  }
  return null;
}

/**
 * Activities of write actions (SYSTEM.md section 4): propose (policy-checked, audited as
 * pending), execute after the customer's approval (exactly once per action id) and close
 * (rejected or expired). Every step leaves its trace in `tool_executions`.
 */
export function createActionActivities(deps: ActionActivityDeps) {
  const today = deps.today ?? fallbackToday;
  const context = (
    db: Kysely<Database>,
    input: { conversationId: string; customerId: string; language?: string },
    stage: WriteToolContext['stage'],
  ): WriteToolContext => ({
    commerce: deps.commerce ?? createPostgresCommerce(db),
    customerId: input.customerId,
    conversationId: input.conversationId,
    today: today(),
    stage,
    language: input.language,
  });

  /** Validates a proposed write against its schema and policy and records it as pending. */
  async function proposeWriteAction(input: ProposeWriteInput): Promise<ProposeWriteResult> {
    if (!isWriteToolName(input.toolName)) {
      return { ok: false, code: 'unknown_tool', message: `There is no write tool ${input.toolName}.` };
    }
    const name = input.toolName;
    const parsed = parseWriteToolArgs(name, input.args);
    if (!parsed.ok) return { ok: false, code: 'invalid_args', message: parsed.message };
    // The policy check and each of the form's choices read the same subscription: once.
    const ctx = withSubscriptionReadOnce(context(deps.db, input, 'proposal'));
    const verdict = await checkWritePolicy(name, ctx, parsed.args);
    if (!verdict.ok) return { ok: false, code: verdict.code, message: verdict.message };
    const summary = `${changeText(input.language).summary(name, verdict.args)} ${verdict.detail}`;
    const choices = await writeToolChoices(name, ctx, verdict.args);
    if (input.dryRun) return { ok: true, summary, args: verdict.args as Record<string, unknown>, choices };

    const row = await insertProposedWrite(deps.db, {
      toolCallId: input.actionId,
      conversationId: input.conversationId,
      customerId: input.customerId,
      toolName: name,
      proposedArgs: verdict.args as JsonObject,
    });
    if (row.conversation_id !== input.conversationId || row.tool_name !== name) {
      throw ApplicationFailure.nonRetryable(
        `Action ${input.actionId} already belongs to another proposal.`,
        'ActionMismatch',
      );
    }
    const args = (row.proposed_args ?? verdict.args) as Record<string, unknown>;
    return { ok: true, summary, args, choices };
  }

  return {
    proposeWriteAction,

    /**
     * Proposes a change queued behind one the customer has just confirmed ("… and February too"):
     * checked against the policy as it stands now, and worded as the message that offers it.
     */
    async proposeQueuedChange(input: QueuedChangeInput): Promise<QueuedChangeResult> {
      const proposed = await proposeWriteAction(input);
      const text = changeText(input.language);
      // A refused change is still named, from the arguments the agent queued.
      const queued = proposed.ok ? null : parseWriteToolArgs(input.toolName, input.args);
      const summary = proposed.ok
        ? proposed.summary
        : queued?.ok
          ? text.summary(input.toolName, queued.args)
          : input.toolName;
      const link = input.formLink && deps.formLinkFor ? deps.formLinkFor(input.conversationId) : null;
      return { ...proposed, text: text.nextChange({ summary, ok: proposed.ok, link }) };
    },

    /**
     * Runs an approved write once: re-validates the arguments, re-checks the policy with today's
     * data, applies the change and audits it, all under the audit row's lock. A repeated call
     * returns the stored outcome and changes nothing.
     */
    async executeWriteAction(input: ExecuteWriteInput): Promise<ExecuteWriteResult> {
      return deps.db.transaction().execute(async (trx) => {
        const row = await lockToolExecution(trx, input.actionId);
        if (!row || row.kind !== 'write') {
          throw ApplicationFailure.nonRetryable(`No proposed action ${input.actionId}.`, 'ActionNotProposed');
        }
        if (
          row.conversation_id !== input.conversationId ||
          row.customer_id !== input.customerId ||
          row.tool_name !== input.toolName
        ) {
          // A confirmation for another conversation's action: refused, and that action is untouched.
          throw ApplicationFailure.nonRetryable(
            `Action ${input.actionId} does not belong to conversation ${input.conversationId}.`,
            'ActionMismatch',
          );
        }
        const stored = storedOutcome(row);
        if (stored) return stored;

        const parsed = parseWriteToolArgs(input.toolName, input.approvedArgs);
        await markWriteApproved(trx, row.id, {
          approvedArgs: (parsed.ok ? parsed.args : input.approvedArgs) as JsonObject,
          approver: input.approver,
          confirmedAt: input.confirmedAt,
        });
        const started = performance.now();
        const latency = (): number => Math.round(performance.now() - started);
        let outcome: ExecuteWriteResult;
        if (!parsed.ok) {
          outcome = { status: 'failed', error: `Invalid arguments: ${parsed.message}`, code: 'invalid_args' };
        } else {
          try {
            const ctx = context(trx, input, 'execution');
            const result = await applyWriteTool(input.toolName, ctx, parsed.args, input.actionId);
            outcome = { status: 'succeeded', result };
          } catch (error) {
            // A policy refusal is an outcome to tell the customer; anything else rolls back and retries.
            if (!(error instanceof WriteToolRefusedError)) throw error;
            outcome = { status: 'failed', error: error.message, code: error.code };
          }
        }
        await markWriteExecuted(
          trx,
          row.id,
          outcome.status === 'succeeded'
            ? { status: 'succeeded', result: outcome.result as JsonValue, latencyMs: latency() }
            : { status: 'failed', error: outcome.error, code: outcome.code, latencyMs: latency() },
        );
        return outcome;
      });
    },

    /**
     * Holds a pending proposal back from the customer while a teammate reviews the drafted reply
     * that made it, or offers it to them (`held: false`).
     */
    async holdWriteAction(input: { actionId: string; held: boolean }): Promise<void> {
      await setPendingWriteHeld(deps.db, { toolCallId: input.actionId, held: input.held });
    },

    /** Closes a pending write as rejected or expired; an answered one stays as it is. */
    async closeWriteAction(input: CloseWriteInput): Promise<{ status: ToolExecution['status'] | null }> {
      const status = await closePendingWrite(deps.db, {
        toolCallId: input.actionId,
        status: input.status,
        approver: input.approver,
        decidedAt: input.decidedAt,
      });
      return { status };
    },
  };
}

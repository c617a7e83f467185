import { patched, proxyActivities } from '@temporalio/workflow';
import type { createActivities } from '../activities/create-activities';
import { DATABASE_ACTIVITY, LLM_ACTIVITY, OUTBOUND_ACTIVITY } from './activity-options';
import type { ConfirmActionResult, QueuedChange } from './action-types';
import type { ConversationState } from './conversation-state';
import type { ActionRecord } from './pending-actions';

type Activities = ReturnType<typeof createActivities>;
const store = proxyActivities<Activities>(DATABASE_ACTIVITY);
const model = proxyActivities<Activities>(LLM_ACTIVITY);
const outbound = proxyActivities<Activities>(OUTBOUND_ACTIVITY);

/**
 * Carries out the customer's answer to a proposed change (or its expiry): runs the write tool
 * after an approval, audits a rejection or expiry, and tells the customer what happened.
 */
export async function settleAction(
  state: ConversationState,
  record: ActionRecord,
  ending: 'answered' | 'expired',
): Promise<void> {
  const conversationId = state.ref.workflowId;
  const decidedAt = record.decision?.at ?? new Date().toISOString();
  let status: ConfirmActionResult['status'];
  let result: unknown = null;
  let error: string | null = null;
  let errorCode: string | null = null;
  if (ending === 'expired') {
    status = 'expired';
    // Off the pending list at once: the audit below and the customer's message take a moment.
    record.status = 'expired';
    await store.closeWriteAction({
      actionId: record.actionId,
      status: 'expired',
      approver: 'system:timeout',
      decidedAt,
    });
    if (record.held) {
      // The teammate never offered it: the customer never saw it, so they are told nothing.
      state.actions.settle(record.actionId, {
        actionId: record.actionId,
        status,
        result,
        error,
        reply: null,
      });
      return;
    }
  } else if (record.decision?.decision === 'approve') {
    const executed = await store
      .executeWriteAction({
        conversationId,
        customerId: record.customerId,
        actionId: record.actionId,
        toolName: record.toolName,
        approvedArgs: record.decision.args,
        approver: 'customer',
        confirmedAt: decidedAt,
      })
      // A non-retryable refusal (the audit row does not match) must not fail the conversation.
      .catch((failure: unknown) => ({
        status: 'failed' as const,
        error: failure instanceof Error ? failure.message : String(failure),
        code: null,
      }));
    status = executed.status;
    if (executed.status === 'succeeded') result = executed.result;
    else {
      error = executed.error;
      errorCode = executed.code;
    }
  } else {
    status = 'rejected';
    await store.closeWriteAction({
      actionId: record.actionId,
      status: 'rejected',
      approver: 'customer',
      decidedAt,
    });
  }

  const reply = await model.composeActionReply({
    conversationId,
    toolName: record.toolName,
    status,
    args: record.decision?.args ?? record.proposedArgs,
    result,
    error,
    errorCode,
    language: record.language,
    customerName: state.customer.name,
    ...(record.customerId ? { customerId: record.customerId } : {}),
  });
  await outbound.deliverMessage({
    idempotencyKey: `${conversationId}:action:${record.actionId}`,
    ref: state.ref,
    content: reply,
    private: false,
    contentAttributes: { kesher: { kind: 'action_result', actionId: record.actionId, status } },
  });
  // "Skip January and February": with January done, February's form follows. Before the answer
  // is settled, so the widget's confirmation run shows the next form with the result.
  const [next, ...rest] = record.next ?? [];
  if (status === 'succeeded' && next && patched('queued-changes'))
    await offerQueuedChange(state, record, next, rest);
  state.actions.settle(record.actionId, { actionId: record.actionId, status, result, error, reply });
}

/**
 * Proposes the next change the customer's message asked for, checked against the policy as it
 * stands after the confirmed one, and sends the message that offers its form (or says why it can't
 * be made; the changes queued behind it are then dropped).
 */
async function offerQueuedChange(
  state: ConversationState,
  confirmed: ActionRecord,
  change: QueuedChange,
  rest: QueuedChange[],
): Promise<void> {
  const conversationId = state.ref.workflowId;
  const proposed = await store.proposeQueuedChange({
    conversationId,
    customerId: confirmed.customerId,
    actionId: change.actionId,
    toolName: change.toolName,
    args: change.args,
    sourceMessageId: confirmed.sourceMessageId,
    language: confirmed.language,
    formLink: state.ref.channel !== 'web',
  });
  await outbound.deliverMessage({
    idempotencyKey: `${conversationId}:reply:${change.actionId}`,
    ref: state.ref,
    content: proposed.text,
    private: false,
    contentAttributes: {
      kesher: {
        kind: 'reply',
        actionId: proposed.ok ? change.actionId : null,
        sourceMessageId: confirmed.sourceMessageId,
      },
    },
  });
  if (!proposed.ok) return;
  state.actions.add({
    actionId: change.actionId,
    toolName: change.toolName,
    summary: proposed.summary,
    proposedArgs: proposed.args,
    ...(proposed.choices ? { choices: proposed.choices } : {}),
    ...(rest.length > 0 ? { next: rest } : {}),
    customerId: confirmed.customerId,
    language: confirmed.language,
    sourceMessageId: confirmed.sourceMessageId,
  });
}

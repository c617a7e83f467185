import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import type { CorrectionTrigger } from '../../activities/learning/corrections/correction-types';
import { correctionWorkflow, correctionWorkflowId } from '../../workflows/correction-workflow';
import { claimDelivery } from '../../activities/repos/webhook-deliveries-repo';
import type { JsonObject } from '../../schema/column-types';
import type { AppContext } from '../app-context';
import type { WebhookInbox } from '../inbox/webhook-inbox';

/**
 * Starts the correction workflow of a Chatwoot message. Its id is the message's, so a delivery
 * seen twice (Chatwoot's retry, an account webhook and an agent bot both configured) starts it
 * once: a second start is that duplicate, and fine. A draft can be edited again later, so its
 * check may run again after the last one finished (capture stays idempotent by message id).
 */
export async function startCorrectionWorkflow(
  ctx: Pick<AppContext, 'temporal' | 'config'>,
  trigger: CorrectionTrigger,
): Promise<'started' | 'duplicate'> {
  try {
    await ctx.temporal.workflow.start(correctionWorkflow, {
      workflowId: correctionWorkflowId(trigger.chatwootMessageId),
      taskQueue: ctx.config.temporal.taskQueue,
      args: [trigger],
      workflowIdReusePolicy:
        trigger.event === 'draft_edited'
          ? WorkflowIdReusePolicy.ALLOW_DUPLICATE
          : WorkflowIdReusePolicy.REJECT_DUPLICATE,
      staticSummary: `Correction check of Chatwoot message ${trigger.chatwootMessageId} (${trigger.conversationId})`,
    });
    return 'started';
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return 'duplicate';
    throw error;
  }
}

/** The inbox instruction that starts a correction check when it is forwarded. */
export interface CorrectionInstruction {
  action: 'start_correction';
  trigger: CorrectionTrigger;
}

/**
 * The webhook route's hook: when the delivery may correct the AI, its correction check is stored
 * in the inbox beside the delivery and started from there, like a conversation's message. Chatwoot
 * does not retry a webhook it could not deliver, so the check must not depend on Temporal being up
 * while the webhook is answered: stored, it starts once Temporal takes it, even after a restart.
 */
export async function queueCorrectionCheck(
  ctx: Pick<AppContext, 'db'>,
  inbox: WebhookInbox,
  deliveryKey: string,
  trigger: CorrectionTrigger | null,
): Promise<void> {
  if (!trigger) return;
  const key = `${deliveryKey}:correction`;
  const workflowId = correctionWorkflowId(trigger.chatwootMessageId);
  const correction: CorrectionInstruction = { action: 'start_correction', trigger };
  const instruction = correction as unknown as JsonObject;
  const claimed = await claimDelivery(ctx.db, {
    key,
    event: correction.action,
    conversationId: trigger.conversationId,
    workflowId,
    instruction,
  });
  if (claimed) inbox.enqueue({ key, workflowId, instruction });
}

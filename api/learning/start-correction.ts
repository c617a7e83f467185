import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import type { CorrectionTrigger } from '../../activities/learning/corrections/correction-types';
import { correctionWorkflow, correctionWorkflowId } from '../../workflows/correction-workflow';
import type { AppContext } from '../app-context';
import { HttpError } from '../http-error';

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

/**
 * The webhook route's hook: starts the correction workflow when the delivery qualifies. When
 * Temporal cannot take it, the delivery is answered 503 so Chatwoot retries it (the conversation
 * side of a retried delivery is a duplicate; the correction side starts then).
 */
export async function startCorrectionFor(ctx: AppContext, trigger: CorrectionTrigger | null): Promise<void> {
  if (!trigger) return;
  try {
    await startCorrectionWorkflow(ctx, trigger);
  } catch (error) {
    ctx.log.error(
      { err: error, chatwootMessageId: trigger.chatwootMessageId },
      'could not start the correction check',
    );
    throw new HttpError(503, 'temporal_unavailable', 'The conversation engine is unavailable; retry later.');
  }
}

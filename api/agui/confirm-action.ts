import {
  ApplicationFailure,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  type Client,
} from '@temporalio/client';
import type { ConfirmActionResult } from '../../workflows/action-types';
import { confirmActionUpdate } from '../../workflows/messages';
import { AguiRunError } from './run-error';

/** Turns a refused update into RUN_ERROR: the validator's failure type is the code, its message the reason. */
function refusal(error: unknown): AguiRunError | null {
  if (error instanceof WorkflowNotFoundError) {
    return new AguiRunError(
      'WORKFLOW_NOT_FOUND',
      'This conversation is no longer active; the action cannot be confirmed.',
    );
  }
  if (error instanceof WorkflowUpdateFailedError) {
    const cause = error.cause;
    if (cause instanceof ApplicationFailure) {
      return new AguiRunError(cause.type ?? 'CONFIRMATION_REFUSED', cause.message);
    }
    return new AguiRunError('CONFIRMATION_REFUSED', cause?.message ?? error.message);
  }
  return null;
}

/**
 * Sends the customer's answer to the workflow (`confirmAction` update) and returns once the
 * workflow has handled it: executed, rejected or failed, with the reply it sent.
 */
export async function confirmAction(
  temporal: Client,
  workflowId: string,
  answer: { actionId: string; decision: 'approve' | 'reject'; args?: Record<string, unknown> },
  token: string,
): Promise<ConfirmActionResult> {
  try {
    return await temporal.workflow.getHandle(workflowId).executeUpdate(confirmActionUpdate, {
      args: [{ actionId: answer.actionId, decision: answer.decision, args: answer.args, token }],
    });
  } catch (error) {
    throw refusal(error) ?? error;
  }
}

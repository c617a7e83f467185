import { ApplicationFailure, condition, setHandler } from '@temporalio/workflow';
import type { ConfirmActionResult, PendingAction } from '../../workflows/action-types';
import { confirmActionUpdate, pendingActionsQuery } from '../../workflows/messages';
import { parseWriteToolArgs } from '../../workflows/write-tool-args';

export { tokenSandboxWorkflow } from './token-sandbox-workflow';

/**
 * A stand-in for the conversation workflow's confirmation side, for testing the REST endpoints:
 * the same query and update definitions, a validator that refuses with the failure types the
 * API maps, and a handler that records the answer. The real workflow replaces it end to end.
 */
export async function confirmTestWorkflow(input: {
  acceptedTokens: string[];
  actions: PendingAction[];
}): Promise<void> {
  const actions = input.actions.map((action) => ({ ...action }));
  setHandler(pendingActionsQuery, () => actions.filter((action) => action.status === 'pending'));
  setHandler(
    confirmActionUpdate,
    (answer): ConfirmActionResult => {
      const action = actions.find((candidate) => candidate.actionId === answer.actionId)!;
      action.status = answer.decision === 'approve' ? 'succeeded' : 'rejected';
      return {
        actionId: action.actionId,
        status: action.status,
        result: answer.decision === 'approve' ? { appliedArgs: answer.args ?? action.proposedArgs } : null,
        error: null,
        reply: answer.decision === 'approve' ? `Done: ${action.summary}` : 'Nothing was changed.',
      };
    },
    {
      validator: (answer) => {
        // The real workflow verifies the token with workflows/conversation-token.ts and its key;
        // this stand-in accepts the tokens it was started with, to test the API's forwarding.
        if (!input.acceptedTokens.includes(answer.token)) {
          throw ApplicationFailure.nonRetryable('The confirmation token is not valid here.', 'InvalidToken');
        }
        const action = actions.find((candidate) => candidate.actionId === answer.actionId);
        if (!action)
          throw ApplicationFailure.nonRetryable(`No action ${answer.actionId} here.`, 'UnknownAction');
        if (action.status !== 'pending') {
          throw ApplicationFailure.nonRetryable(
            `Action ${answer.actionId} was already ${action.status}.`,
            'ActionAlreadyAnswered',
          );
        }
        if (Date.parse(action.expiresAt) <= Date.now()) {
          throw ApplicationFailure.nonRetryable(`Action ${answer.actionId} has expired.`, 'ActionExpired');
        }
        if (answer.decision === 'approve' && answer.args) {
          const parsed = parseWriteToolArgs(action.toolName, answer.args);
          if (!parsed.ok) throw ApplicationFailure.nonRetryable(parsed.message, 'InvalidActionArgs');
        }
      },
    },
  );
  await condition(() => false);
}

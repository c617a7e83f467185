import {
  ApplicationFailure,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import express, { Router } from 'express';
import { z } from 'zod';
import { confirmActionUpdate } from '../../workflows/messages';
import type { ConfirmRejection } from '../../workflows/pending-actions';
import type { AppContext } from '../app-context';
import { HttpError } from '../http-error';
import { confirmRateLimit } from '../security/confirm-rate-limit';
import { authorizedConversation, requireConversationToken } from '../security/conversation-auth';

const bodySchema = z.object({
  decision: z.enum(['approve', 'reject']),
  /** Edited arguments; the workflow's validator checks them against the tool's schema. */
  args: z.record(z.string(), z.unknown()).optional(),
});

/** Action ids are tool-call ids scoped by conversation and message (`<conversation>.<message>.<call>`). */
const ACTION_ID_PATTERN = /^[\w.:@~-]{1,300}$/;

/**
 * The `confirmAction` validator's and handler's failure types, by the HTTP answer they get. The
 * workflow rejects before anything reaches its history, so a refused confirmation changed nothing.
 */
export const CONFIRM_REFUSALS: Record<ConfirmRejection, { status: number; code: string }> = {
  UnknownAction: { status: 404, code: 'unknown_action' },
  ActionAlreadyAnswered: { status: 409, code: 'action_already_answered' },
  ActionExpired: { status: 410, code: 'action_expired' },
  InvalidToken: { status: 403, code: 'invalid_token' },
  InvalidActionArgs: { status: 422, code: 'invalid_action_args' },
};

/** Maps what the update call threw to an HTTP answer, or null for errors that are ours (500). */
function refusal(error: unknown, conversationId: string): HttpError | null {
  if (error instanceof WorkflowNotFoundError) {
    return new HttpError(404, 'conversation_not_found', `There is no active conversation ${conversationId}.`);
  }
  if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) {
    return new HttpError(
      504,
      'confirmation_pending',
      'The confirmation is still being handled; check the pending actions shortly.',
    );
  }
  if (!(error instanceof WorkflowUpdateFailedError)) return null;
  const cause = error.cause;
  const type = cause instanceof ApplicationFailure ? (cause.type ?? '') : '';
  const known = Object.hasOwn(CONFIRM_REFUSALS, type)
    ? CONFIRM_REFUSALS[type as ConfirmRejection]
    : undefined;
  const message = cause?.message || 'The confirmation was refused.';
  return known
    ? new HttpError(known.status, known.code, message)
    : new HttpError(422, 'confirmation_refused', message);
}

/**
 * `POST /api/conversations/:conversationId/actions/:actionId` with `{ decision, args? }`: the
 * customer approves (possibly with edited arguments) or rejects a pending action. Rate-limited per
 * conversation and client; answers 200 with the outcome once the workflow has handled it.
 */
export function confirmActionRoutes(ctx: AppContext): Router {
  const router = Router();
  router.post(
    '/api/conversations/:conversationId/actions/:actionId',
    // Before the token check, so guessing tokens or action ids is throttled too.
    confirmRateLimit(ctx.config.actions.confirmRateLimit),
    requireConversationToken({ secret: ctx.config.widget.tokenSecret, from: 'path' }),
    express.json({ limit: '64kb' }),
    async (req, res) => {
      const { conversationId, token } = authorizedConversation(res);
      const actionId = String(req.params.actionId);
      if (!ACTION_ID_PATTERN.test(actionId))
        throw new HttpError(400, 'invalid_action_id', 'The action id is malformed.');
      const body = bodySchema.safeParse(req.body ?? {});
      if (!body.success) {
        throw new HttpError(
          400,
          'invalid_body',
          `Expected { "decision": "approve" | "reject", "args"?: {...} }: ${z.prettifyError(body.error)}`,
        );
      }
      try {
        const result = await ctx.temporal.workflow
          .getHandle(conversationId)
          .executeUpdate(confirmActionUpdate, {
            args: [{ actionId, decision: body.data.decision, args: body.data.args, token }],
          });
        res.status(200).json(result);
      } catch (error) {
        throw refusal(error, conversationId) ?? error;
      }
    },
  );
  return router;
}

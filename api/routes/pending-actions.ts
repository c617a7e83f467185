import { WorkflowNotFoundError } from '@temporalio/client';
import { Router } from 'express';
import { pendingActionsQuery } from '../../workflows/messages';
import type { AppContext } from '../app-context';
import { HttpError } from '../http-error';
import { authorizedConversation, requireConversationToken } from '../security/conversation-auth';

/**
 * `GET /api/conversations/:conversationId/pending-actions`: the proposed changes still waiting for
 * the customer, oldest first, read from the conversation workflow (`pendingActions` query).
 */
export function pendingActionsRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get(
    '/api/conversations/:conversationId/pending-actions',
    requireConversationToken({ secret: ctx.config.widget.tokenSecret, from: 'path' }),
    async (_req, res) => {
      const { conversationId } = authorizedConversation(res);
      try {
        const actions = await ctx.temporal.workflow.getHandle(conversationId).query(pendingActionsQuery);
        res.status(200).json({ conversationId, actions });
      } catch (error) {
        if (error instanceof WorkflowNotFoundError) {
          throw new HttpError(404, 'conversation_not_found', `There is no conversation ${conversationId}.`);
        }
        throw error;
      }
    },
  );
  return router;
}

import { randomUUID } from 'node:crypto';
import { QueryNotRegisteredError, WorkflowNotFoundError } from '@temporalio/client';
import { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { findConversation } from '../agui/conversation-records';
import { targetOf } from '../agui/conversation-target';
import { dispatchHumanMessage, dispatchStatusChange } from '../conversation-dispatch';
import { HttpError } from '../http-error';
import { operatorOnly, parseInput, textParam } from '../learning/learning-http';
import type { PendingAction } from '../../workflows/action-types';
import { heldActionsQuery } from '../../workflows/messages';

const replyBody = z.object({
  content: z.string().trim().min(1).max(8000),
  agentName: z.string().trim().min(1).max(120).optional(),
  /** Hands the conversation back to the AI after this reply (Chatwoot's "pending"). */
  handBack: z.boolean().default(false),
  /** Shows the customer, under this reply, the form of the change the reviewed draft proposed. */
  offerChange: z.boolean().default(false),
});

/**
 * `POST /api/conversations/:conversationId/replies {content, agentName?, handBack?}`: a person
 * answers a web-widget conversation (one with no Chatwoot behind it, where a handoff or a draft
 * would otherwise reach nobody). The reply is recorded through the workflow as a human message,
 * which is what the widget shows; `handBack` then lets the AI answer again. `offerChange` shows
 * the customer, under the reply, the form of the change a reviewed draft proposed (held until
 * then); 409 when none is held. Chatwoot and email conversations are answered in Chatwoot (409).
 */
export function webConversationReplyRoute(ctx: AppContext): Router {
  const router = Router();
  router.post('/api/conversations/:conversationId/replies', ...operatorOnly(ctx), async (req, res) => {
    const conversationId = textParam(req.params.conversationId, 'conversation');
    const input = parseInput(replyBody, req.body);
    // Only a conversation that exists: a mistyped id must not start an empty one.
    const row = await findConversation(ctx.db, conversationId);
    if (!row) {
      throw new HttpError(404, 'conversation_not_found', `There is no conversation ${conversationId}.`);
    }
    const target = targetOf(row);
    if (target.ref.channel !== 'web') {
      throw new HttpError(
        409,
        'answered_in_chatwoot',
        `Conversation ${conversationId} came through ${target.ref.channel}: reply there, Chatwoot tells Kesher.`,
      );
    }
    const offered = input.offerChange ? await heldChanges(ctx, conversationId) : [];
    if (input.offerChange && offered.length === 0) {
      throw new HttpError(
        409,
        'no_held_change',
        `Conversation ${conversationId} has no change held for review: there is no form to offer.`,
      );
    }
    const messageId = `operator-${randomUUID()}`;
    await dispatchHumanMessage(ctx, target.ref, target.customer, {
      messageId,
      chatwootMessageId: null,
      content: input.content,
      private: false,
      agentName: input.agentName ?? null,
      sentAt: new Date().toISOString(),
      ...(input.offerChange ? { offerHeldChange: true } : {}),
    });
    if (input.handBack) {
      await dispatchStatusChange(ctx, target.ref, { status: 'pending', changedBy: 'human' });
    }
    res.status(202).json({
      conversationId,
      messageId,
      handedBack: input.handBack,
      offeredChanges: offered.map(({ actionId, toolName, summary }) => ({ actionId, toolName, summary })),
    });
  });
  return router;
}

/** The changes the conversation holds for review; none when its run has ended (nothing waits then). */
async function heldChanges(ctx: AppContext, conversationId: string): Promise<PendingAction[]> {
  try {
    return await ctx.temporal.workflow.getHandle(conversationId).query(heldActionsQuery);
  } catch (error) {
    if (error instanceof WorkflowNotFoundError || error instanceof QueryNotRegisteredError) return [];
    throw error;
  }
}

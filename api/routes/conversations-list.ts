import { Router } from 'express';
import { z } from 'zod';
import { listConversations } from '../../activities/repos/conversation-list-repo';
import type { AppContext } from '../app-context';
import { operatorOnly, parseInput } from '../learning/learning-http';

const listQuery = z.object({
  channel: z.enum(['web', 'chatwoot', 'email']).optional(),
  waiting: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/**
 * `GET /api/conversations?channel=web&waiting=true&limit=`: the newest conversations, or only
 * those a person has to answer (handed over, or a draft no one has answered yet), each with the
 * customer's last message and the handoff note or draft to answer from. Web conversations have no
 * Chatwoot inbox: this is where teammates find them. Operators only.
 */
export function conversationsListRoute(ctx: AppContext): Router {
  const router = Router();
  router.get('/api/conversations', ...operatorOnly(ctx), async (req, res) => {
    const query = parseInput(listQuery, req.query, 'invalid_query');
    res.json({ conversations: await listConversations(ctx.db, query) });
  });
  return router;
}

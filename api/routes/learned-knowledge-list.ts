import { Router } from 'express';
import { z } from 'zod';
import { listLearnedFacts } from '../../activities/repos/learned-knowledge-repo';
import type { AppContext } from '../app-context';
import { operatorOnly, parseInput } from '../learning/learning-http';

const listQuery = z.object({
  status: z.enum(['pending', 'approved', 'rejected']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** `GET /api/learned-knowledge?status=&limit=`: facts learned from conversations, newest first. */
export function learnedKnowledgeListRoute(ctx: AppContext): Router {
  const router = Router();
  router.get('/api/learned-knowledge', ...operatorOnly(ctx), async (req, res) => {
    const query = parseInput(listQuery, req.query, 'invalid_query');
    res.json({ facts: await listLearnedFacts(ctx.db, query) });
  });
  return router;
}

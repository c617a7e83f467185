import { Router } from 'express';
import { z } from 'zod';
import { listSuggestions } from '../../activities/repos/instruction-suggestions-repo';
import type { AppContext } from '../app-context';
import { operatorOnly, parseInput } from '../learning/learning-http';
import { suggestionView } from '../learning/learning-views';

const listQuery = z.object({
  status: z.enum(['pending', 'approved', 'rejected']).optional(),
  category: z.string().min(1).max(64).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** `GET /api/suggestions?status=&category=&limit=`: instruction-update suggestions, newest first. */
export function suggestionsListRoute(ctx: AppContext): Router {
  const router = Router();
  router.get('/api/suggestions', ...operatorOnly(ctx), async (req, res) => {
    const query = parseInput(listQuery, req.query, 'invalid_query');
    const suggestions = await listSuggestions(ctx.db, query);
    res.json({ suggestions: suggestions.map(suggestionView) });
  });
  return router;
}

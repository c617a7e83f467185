import { Router } from 'express';
import { rejectSuggestion } from '../../activities/repos/instruction-suggestions-repo';
import type { AppContext } from '../app-context';
import { asHttp, idParam, operatorOnly, parseInput, reviewBody } from '../learning/learning-http';
import { suggestionView } from '../learning/learning-views';

/** `POST /api/suggestions/:id/reject {reviewer?, note?}`: rejects a pending suggestion. */
export function suggestionRejectRoute(ctx: AppContext): Router {
  const router = Router();
  router.post('/api/suggestions/:id/reject', ...operatorOnly(ctx), async (req, res) => {
    const id = idParam(req.params.id, 'suggestion');
    const review = parseInput(reviewBody, req.body);
    const suggestion = await asHttp(() => rejectSuggestion(ctx.db, id, review));
    res.json({ suggestion: suggestionView(suggestion) });
  });
  return router;
}

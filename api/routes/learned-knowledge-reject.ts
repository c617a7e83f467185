import { Router } from 'express';
import { reviewLearnedFact } from '../../activities/repos/learned-knowledge-repo';
import type { AppContext } from '../app-context';
import { asHttp, idParam, operatorOnly, parseInput, reviewBody } from '../learning/learning-http';

/** `POST /api/learned-knowledge/:id/reject {reviewer?, note?}`: rejects a pending learned fact: it is never used. */
export function learnedKnowledgeRejectRoute(ctx: AppContext): Router {
  const router = Router();
  router.post('/api/learned-knowledge/:id/reject', ...operatorOnly(ctx), async (req, res) => {
    const id = idParam(req.params.id, 'learned fact');
    const review = parseInput(reviewBody, req.body);
    const fact = await asHttp(() => reviewLearnedFact(ctx.db, id, { status: 'rejected', ...review }));
    res.json({ fact });
  });
  return router;
}

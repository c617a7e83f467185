import { Router } from 'express';
import { z } from 'zod';
import { listEvalRuns } from '../../activities/repos/eval-runs-repo';
import type { AppContext } from '../app-context';
import { evalRunView } from '../learning/eval-run-view';
import { operatorOnly, parseInput } from '../learning/learning-http';

const listQuery = z.object({
  runType: z.enum(['golden', 'eval_learning', 'correction_learning']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

/** `GET /api/eval-runs?runType=&limit=`: golden evaluations and weekly learning runs, newest first. */
export function evalRunsListRoute(ctx: AppContext): Router {
  const router = Router();
  router.get('/api/eval-runs', ...operatorOnly(ctx), async (req, res) => {
    const query = parseInput(listQuery, req.query, 'invalid_query');
    const runs = await listEvalRuns(ctx.db, query);
    res.json({ runs: runs.map(evalRunView) });
  });
  return router;
}

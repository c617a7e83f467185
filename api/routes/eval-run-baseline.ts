import { Router } from 'express';
import { markBaseline } from '../../activities/repos/eval-runs-repo';
import type { AppContext } from '../app-context';
import { evalRunView } from '../learning/eval-run-view';
import { asHttp, idParam, operatorOnly } from '../learning/learning-http';

/**
 * `POST /api/eval-runs/:id/baseline`: makes a completed run the baseline of its run type (the
 * daily golden evaluation compares with it from then on); the previous baseline stops being one.
 */
export function evalRunBaselineRoute(ctx: AppContext): Router {
  const router = Router();
  router.post('/api/eval-runs/:id/baseline', ...operatorOnly(ctx), async (req, res) => {
    const id = idParam(req.params.id, 'eval run');
    const run = await asHttp(() => markBaseline(ctx.db, id));
    res.json({ run: evalRunView(run) });
  });
  return router;
}

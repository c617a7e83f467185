import { Router } from 'express';
import { replayReportOf } from '../../activities/learning/replay/replay-report';
import { findReplayRun, replayResults } from '../../activities/repos/replay-runs-repo';
import type { AppContext } from '../app-context';
import { HttpError } from '../http-error';
import { assertInstructionCategory } from '../learning/instruction-categories';
import { idParam, operatorOnly, textParam } from '../learning/learning-http';

/** `GET /api/instructions/:category/replays/:runId`: one replay's report, each turn against its original. */
export function instructionReplayGetRoute(ctx: AppContext): Router {
  const router = Router();
  router.get('/api/instructions/:category/replays/:runId', ...operatorOnly(ctx), async (req, res) => {
    const category = textParam(req.params.category, 'category');
    await assertInstructionCategory(ctx.db, category);
    const runId = idParam(req.params.runId, 'replay');
    const run = await findReplayRun(ctx.db, runId);
    if (!run || run.category !== category) {
      throw new HttpError(404, 'not_found', `No replay ${runId} of ${category}.`);
    }
    res.json({ replay: replayReportOf(run, await replayResults(ctx.db, runId)) });
  });
  return router;
}

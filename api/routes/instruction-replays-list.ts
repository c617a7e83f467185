import { Router } from 'express';
import { z } from 'zod';
import { replayRuns } from '../../activities/repos/replay-runs-repo';
import type { AppContext } from '../app-context';
import { assertInstructionCategory } from '../learning/instruction-categories';
import { operatorOnly, parseInput, textParam } from '../learning/learning-http';
import { replayRunView } from '../learning/replay-views';

const listQuery = z.object({
  version: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** `GET /api/instructions/:category/replays?version=&limit=`: replay runs with their summaries, newest first. */
export function instructionReplaysListRoute(ctx: AppContext): Router {
  const router = Router();
  router.get('/api/instructions/:category/replays', ...operatorOnly(ctx), async (req, res) => {
    const category = textParam(req.params.category, 'category');
    await assertInstructionCategory(ctx.db, category);
    const query = parseInput(listQuery, req.query, 'invalid_query');
    const runs = await replayRuns(ctx.db, category, query);
    res.json({ category, replays: runs.map(replayRunView) });
  });
  return router;
}

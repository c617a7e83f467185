import { Router } from 'express';
import { z } from 'zod';
import { REPLAY_MAX_LIMIT } from '../../activities/learning/replay/replay-activities';
import { findVersion } from '../../activities/repos/instructions-repo';
import { countReplayableTurns } from '../../activities/repos/replay-turns-repo';
import type { AppContext } from '../app-context';
import { HttpError } from '../http-error';
import { assertInstructionCategory } from '../learning/instruction-categories';
import { idParam, operatorOnly, parseInput, textParam } from '../learning/learning-http';
import { startReplay } from '../learning/start-replay';

const replayBody = z.object({
  limit: z.number().int().min(1).max(REPLAY_MAX_LIMIT).optional(),
  wait: z.boolean().default(true),
});

/**
 * `POST /api/instructions/:category/versions/:version/replay {limit?, wait?}`: re-runs the
 * category's most recent stored turns with that version (side effects off) and compares them with
 * their outcomes. Answers 200 with the report, or with `wait: false` 202 with the workflow id
 * (the run then shows in `GET /api/instructions/:category/replays`). An unknown category or
 * version is 404; a category without stored turns to replay is 409.
 */
export function instructionVersionReplayRoute(ctx: AppContext): Router {
  const router = Router();
  router.post(
    '/api/instructions/:category/versions/:version/replay',
    ...operatorOnly(ctx),
    async (req, res) => {
      const category = textParam(req.params.category, 'category');
      await assertInstructionCategory(ctx.db, category);
      const version = idParam(req.params.version, 'version');
      const body = parseInput(replayBody, req.body);
      if (!(await findVersion(ctx.db, category, version))) {
        throw new HttpError(404, 'not_found', `${category} has no instruction version ${version}.`);
      }
      if ((await countReplayableTurns(ctx.db, category)) === 0) {
        throw new HttpError(
          409,
          'nothing_to_replay',
          `No stored turns of ${category} to replay: a replay compares a version with real conversations.`,
        );
      }
      const started = await startReplay(ctx, { category, version, limit: body.limit }, { wait: body.wait });
      if (!started.report) {
        res.status(202).json({
          workflowId: started.workflowId,
          status: 'running',
          runs: `/api/instructions/${category}/replays?version=${version}`,
        });
        return;
      }
      res.json({ replay: started.report });
    },
  );
  return router;
}

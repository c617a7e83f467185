import { Router } from 'express';
import { z } from 'zod';
import { replayReportOf } from '../../activities/learning/replay/replay-report';
import { deployVersion } from '../../activities/repos/instructions-repo';
import { latestCompletedReplay } from '../../activities/repos/replay-runs-repo';
import type { AppContext } from '../app-context';
import { HttpError } from '../http-error';
import { assertInstructionCategory } from '../learning/instruction-categories';
import { asHttp, idParam, operatorOnly, parseInput, textParam } from '../learning/learning-http';
import { versionView } from '../learning/learning-views';
import { replayRunView } from '../learning/replay-views';

const deployBody = z.object({ force: z.boolean().default(false) });

/**
 * `POST /api/instructions/:category/versions/:version/deploy {force?}`: makes that version the
 * deployed one. The version's latest completed replay gates it: when that replay found the
 * version worse than the stored outcomes (`summary.regressed`), the deploy is refused with 409
 * unless `force: true`. A version never replayed deploys, and the answer says so (`replay: null`).
 */
export function instructionVersionDeployRoute(ctx: AppContext): Router {
  const router = Router();
  router.post(
    '/api/instructions/:category/versions/:version/deploy',
    ...operatorOnly(ctx),
    async (req, res) => {
      const category = textParam(req.params.category, 'category');
      await assertInstructionCategory(ctx.db, category);
      const number = idParam(req.params.version, 'version');
      const body = parseInput(deployBody, req.body);
      const replay = await latestCompletedReplay(ctx.db, category, number);
      const summary = replay ? replayReportOf(replay, []).summary : null;
      if (summary?.regressed && !body.force) {
        const rate = (value: number | null): string =>
          value === null ? 'n/a' : `${Math.round(value * 100)}%`;
        throw new HttpError(
          409,
          'replay_regressed',
          `Replay ${replay!.id} found version ${number} of ${category} worse than the stored outcomes ` +
            `(${summary.worse} worse, ${summary.better} better of ${summary.turns}; QA pass ` +
            `${rate(summary.qaPassRate.original)} → ${rate(summary.qaPassRate.candidate)}). ` +
            'Deploy with {"force": true} to override.',
        );
      }
      const version = await asHttp(() => deployVersion(ctx.db, category, number));
      res.json({
        deployed: versionView(version),
        replay: replay ? replayRunView(replay) : null,
        forced: Boolean(summary?.regressed && body.force),
      });
    },
  );
  return router;
}

import { Router } from 'express';
import { deployVersion } from '../../activities/repos/instructions-repo';
import type { AppContext } from '../app-context';
import { assertInstructionCategory } from '../learning/instruction-categories';
import { asHttp, idParam, operatorOnly, textParam } from '../learning/learning-http';
import { versionView } from '../learning/learning-views';

/** `POST /api/instructions/:category/versions/:version/deploy`: makes that version the deployed one. */
export function instructionVersionDeployRoute(ctx: AppContext): Router {
  const router = Router();
  router.post(
    '/api/instructions/:category/versions/:version/deploy',
    ...operatorOnly(ctx),
    async (req, res) => {
      const category = textParam(req.params.category, 'category');
      await assertInstructionCategory(ctx.db, category);
      const number = idParam(req.params.version, 'version');
      const version = await asHttp(() => deployVersion(ctx.db, category, number));
      res.json({ deployed: versionView(version) });
    },
  );
  return router;
}

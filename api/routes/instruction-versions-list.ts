import { Router } from 'express';
import { listVersions } from '../../activities/repos/instructions-repo';
import type { AppContext } from '../app-context';
import { assertInstructionCategory } from '../learning/instruction-categories';
import { operatorOnly, textParam } from '../learning/learning-http';
import { versionView } from '../learning/learning-views';

/** `GET /api/instructions/:category/versions`: every version of a category's instructions, newest first. */
export function instructionVersionsListRoute(ctx: AppContext): Router {
  const router = Router();
  router.get('/api/instructions/:category/versions', ...operatorOnly(ctx), async (req, res) => {
    const category = textParam(req.params.category, 'category');
    await assertInstructionCategory(ctx.db, category);
    const versions = await listVersions(ctx.db, category);
    res.json({ category, versions: versions.map(versionView) });
  });
  return router;
}

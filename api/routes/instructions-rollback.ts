import { Router } from 'express';
import { z } from 'zod';
import { rollbackInstructions } from '../../activities/repos/instructions-repo';
import type { AppContext } from '../app-context';
import { assertInstructionCategory } from '../learning/instruction-categories';
import { asHttp, operatorOnly, parseInput, textParam } from '../learning/learning-http';
import { versionView } from '../learning/learning-views';

const rollbackBody = z.object({ toVersion: z.number().int().positive().optional() });

/**
 * `POST /api/instructions/:category/rollback {toVersion?}`: the deployed version is rolled back and
 * `toVersion` (default: the one deployed before it) is deployed again.
 */
export function instructionsRollbackRoute(ctx: AppContext): Router {
  const router = Router();
  router.post('/api/instructions/:category/rollback', ...operatorOnly(ctx), async (req, res) => {
    const category = textParam(req.params.category, 'category');
    await assertInstructionCategory(ctx.db, category);
    const body = parseInput(rollbackBody, req.body);
    const result = await asHttp(() => rollbackInstructions(ctx.db, category, body.toVersion));
    res.json({ rolledBack: versionView(result.rolledBack), deployed: versionView(result.deployed) });
  });
  return router;
}

import { Router } from 'express';
import { z } from 'zod';
import { createVersion } from '../../activities/repos/instructions-repo';
import type { AppContext } from '../app-context';
import { assertInstructionCategory } from '../learning/instruction-categories';
import { operatorOnly, parseInput, textParam } from '../learning/learning-http';
import { versionView } from '../learning/learning-views';

const createBody = z.object({
  content: z.string().trim().min(20, 'instructions of at least 20 characters are required').max(50_000),
  changeNote: z.string().trim().max(2000).optional(),
  createdBy: z.string().trim().min(1).max(120).default('operator'),
});

/** `POST /api/instructions/:category/versions {content, changeNote?, createdBy?}`: a new draft version. */
export function instructionVersionCreateRoute(ctx: AppContext): Router {
  const router = Router();
  router.post('/api/instructions/:category/versions', ...operatorOnly(ctx), async (req, res) => {
    const category = textParam(req.params.category, 'category');
    await assertInstructionCategory(ctx.db, category);
    const body = parseInput(createBody, req.body);
    const version = await createVersion(ctx.db, {
      category,
      content: body.content,
      createdBy: body.createdBy,
      changeNote: body.changeNote ?? null,
    });
    res.status(201).json({ version: versionView(version) });
  });
  return router;
}

import { Router } from 'express';
import { shippedInstructions } from '../../activities/agents/instructions';
import { approveSuggestion } from '../../activities/repos/instruction-suggestions-repo';
import type { AppContext } from '../app-context';
import { specialistsByCategory } from '../learning/instruction-categories';
import { asHttp, idParam, operatorOnly, parseInput, reviewBody } from '../learning/learning-http';
import { suggestionView, versionView } from '../learning/learning-views';

/**
 * `POST /api/suggestions/:id/approve {reviewer?, note?}`: approves a pending suggestion; its
 * instruction is merged into the category's deployed instructions as a new version, deployed at once.
 */
export function suggestionApproveRoute(ctx: AppContext): Router {
  const router = Router();
  router.post('/api/suggestions/:id/approve', ...operatorOnly(ctx), async (req, res) => {
    const id = idParam(req.params.id, 'suggestion');
    const review = parseInput(reviewBody, req.body);
    const specialists = await specialistsByCategory(ctx.db);
    const result = await asHttp(() =>
      approveSuggestion(ctx.db, id, {
        ...review,
        // A category without a deployed version starts from what its specialist ships with.
        defaultContent: (category) => shippedInstructions(specialists.get(category) ?? category),
      }),
    );
    res.json({ suggestion: suggestionView(result.suggestion), deployed: versionView(result.version) });
  });
  return router;
}

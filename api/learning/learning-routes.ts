import { Router } from 'express';
import type { AppContext } from '../app-context';
import { alertsListRoute } from '../routes/alerts-list';
import { customerMemoryDeleteRoute } from '../routes/customer-memory-delete';
import { customerMemoryGetRoute } from '../routes/customer-memory-get';
import { customerMemoryItemDeleteRoute } from '../routes/customer-memory-item-delete';
import { evalRunBaselineRoute } from '../routes/eval-run-baseline';
import { evalRunsListRoute } from '../routes/eval-runs-list';
import { instructionVersionCreateRoute } from '../routes/instruction-version-create';
import { instructionReplayGetRoute } from '../routes/instruction-replay-get';
import { instructionReplaysListRoute } from '../routes/instruction-replays-list';
import { instructionVersionDeployRoute } from '../routes/instruction-version-deploy';
import { instructionVersionReplayRoute } from '../routes/instruction-version-replay';
import { instructionVersionsListRoute } from '../routes/instruction-versions-list';
import { instructionsRollbackRoute } from '../routes/instructions-rollback';
import { learnedKnowledgeApproveRoute } from '../routes/learned-knowledge-approve';
import { learnedKnowledgeListRoute } from '../routes/learned-knowledge-list';
import { learnedKnowledgeRejectRoute } from '../routes/learned-knowledge-reject';
import { suggestionApproveRoute } from '../routes/suggestion-approve';
import { suggestionRejectRoute } from '../routes/suggestion-reject';
import { suggestionsListRoute } from '../routes/suggestions-list';

/**
 * The operator API of the learning side (issue 5): instruction versions and suggestions, learned
 * knowledge review, customer memory, alerts and evaluation runs. Every endpoint is guarded by
 * `requireOperator`.
 */
export function learningRoutes(ctx: AppContext): Router {
  const router = Router();
  for (const route of [
    instructionVersionsListRoute,
    instructionVersionCreateRoute,
    instructionVersionDeployRoute,
    instructionVersionReplayRoute,
    instructionReplaysListRoute,
    instructionReplayGetRoute,
    instructionsRollbackRoute,
    suggestionsListRoute,
    suggestionApproveRoute,
    suggestionRejectRoute,
    learnedKnowledgeListRoute,
    learnedKnowledgeApproveRoute,
    learnedKnowledgeRejectRoute,
    customerMemoryGetRoute,
    customerMemoryDeleteRoute,
    customerMemoryItemDeleteRoute,
    alertsListRoute,
    evalRunsListRoute,
    evalRunBaselineRoute,
  ]) {
    router.use(route(ctx));
  }
  return router;
}

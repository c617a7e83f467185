/**
 * The weekly learning jobs of SYSTEM.md §7, started by Temporal Schedules (workers/schedules.ts):
 * eval-driven learning from QA failures and correction learning from human corrections. Each
 * analyses every category in parallel, one child workflow per category, whose steps are
 * activities: find the patterns of the last 7 days, turn the ones seen 3+ times into instruction
 * suggestions, and (QA failures) alert when a category has more than 5 patterns.
 */
import { executeChild, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { createActivities } from '../../activities/create-activities';
import type {
  CategoryLearningInput,
  CategoryLearningOutcome,
  LearningSource,
  WeeklyLearningInput,
  WeeklyLearningResult,
} from '../../activities/learning/weekly/weekly-learning-types';
import { DATABASE_ACTIVITY, LLM_ACTIVITY } from '../activity-options';
import { deliverAlertOrLog } from '../alert-delivery';

type Activities = ReturnType<typeof createActivities>;
const store = proxyActivities<Activities>(DATABASE_ACTIVITY);
const model = proxyActivities<Activities>(LLM_ACTIVITY);

/** Weekly eval-driven learning: QA failures of the last 7 days, per category. */
export async function weeklyEvalLearningWorkflow(
  input: WeeklyLearningInput = {},
): Promise<WeeklyLearningResult> {
  return weeklyLearning('eval', input);
}

/** Weekly correction learning: human corrections of the last 7 days, per category. */
export async function weeklyCorrectionLearningWorkflow(
  input: WeeklyLearningInput = {},
): Promise<WeeklyLearningResult> {
  return weeklyLearning('corrections', input);
}

async function weeklyLearning(
  source: LearningSource,
  input: WeeklyLearningInput,
): Promise<WeeklyLearningResult> {
  const { workflowId } = workflowInfo();
  const run = await store.openLearningRun({
    runType: source === 'eval' ? 'eval_learning' : 'correction_learning',
    workflowId,
    // Workflow time: a replay computes the same window.
    windowEnd: input.windowEnd ?? new Date().toISOString(),
    categories: input.categories,
  });
  try {
    const outcomes = await Promise.all(
      run.categories.map((category) =>
        executeChild(categoryLearningWorkflow, {
          workflowId: `${workflowId}-${category}`,
          args: [
            { runId: run.runId, source, category, windowStart: run.windowStart, windowEnd: run.windowEnd },
          ],
          staticSummary: `${source === 'eval' ? 'QA failure' : 'Correction'} patterns of ${category}`,
        }),
      ),
    );
    await store.closeLearningRun({ run, outcomes });
    return { ...run, categories: outcomes };
  } catch (error) {
    await store.failLearningRun({ runId: run.runId, error: (error as Error).message });
    throw error;
  }
}

/** One category of a weekly job: patterns, then suggestions, then (QA failures) the alert. */
export async function categoryLearningWorkflow(
  input: CategoryLearningInput,
): Promise<CategoryLearningOutcome> {
  const found = await store.findLearningPatterns(input);
  const suggestions =
    found.worthSuggesting.length > 0
      ? await model.suggestInstructionUpdates({
          ...input,
          patterns: found.patterns.filter((pattern) => found.worthSuggesting.includes(pattern.pattern)),
        })
      : [];
  const patterns = found.patterns.map(({ pattern, frequency }) => ({ pattern, frequency }));
  let alertId: number | null = null;
  let alertDelivered = false;
  if (found.overAlertLimit) {
    const alert = await store.raisePatternCountAlert({ ...input, patterns });
    alertId = alert.alertId;
    // An undelivered alert stays stored (GET /api/alerts); the run's findings stand.
    if (alert.needsDelivery) alertDelivered = await deliverAlertOrLog(alertId);
  }
  return { category: input.category, patterns, suggestions, alertId, alertDelivered };
}

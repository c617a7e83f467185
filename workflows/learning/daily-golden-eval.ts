/**
 * The daily golden evaluation of SYSTEM.md §7, started by a Temporal Schedule
 * (workers/schedules.ts): the golden set through the turn pipeline with side effects off, in
 * batches of activities; the figures compared with the baseline; on a regression of more than 5
 * points an alert, and in autonomous mode first a rollback of the instruction versions deployed
 * since the baseline.
 */
import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { createActivities } from '../../activities/create-activities';
import type {
  GoldenEvalInput,
  GoldenEvalResult,
  RolledBackVersion,
} from '../../activities/eval/golden-eval-types';
import { DATABASE_ACTIVITY, EVALUATION_ACTIVITY } from '../activity-options';
import { deliverAlertOrLog } from '../alert-delivery';

type Activities = ReturnType<typeof createActivities>;
const store = proxyActivities<Activities>(DATABASE_ACTIVITY);
const evaluation = proxyActivities<Activities>(EVALUATION_ACTIVITY);
// A regressed run reads and rewrites instruction versions, and the comparison reads two runs.
const settle = proxyActivities<Activities>({ ...DATABASE_ACTIVITY, startToCloseTimeout: '2 minutes' });

const DEFAULT_BATCH = 20;
const MAX_BATCH = 100;

/** Runs the golden set (or `input.ids` / `input.limit` of it) and acts on a regression. */
export async function dailyGoldenEvalWorkflow(input: GoldenEvalInput = {}): Promise<GoldenEvalResult> {
  const { workflowId } = workflowInfo();
  const run = await store.openGoldenRun({ workflowId, ids: input.ids, limit: input.limit });
  try {
    const size = Math.min(MAX_BATCH, Math.max(1, Math.floor(input.batchSize ?? DEFAULT_BATCH)));
    // One batch at a time: the cases share the worker with live conversations.
    for (let start = 0; start < run.itemIds.length; start += size) {
      await evaluation.runGoldenBatch({ runId: run.runId, itemIds: run.itemIds.slice(start, start + size) });
    }
    const finish = await settle.finishGoldenRun({
      runId: run.runId,
      markBaseline: input.markBaseline ?? false,
    });
    const result: GoldenEvalResult = {
      runId: run.runId,
      headline: finish.headline,
      isBaseline: finish.isBaseline,
      baselineRunId: finish.baselineRunId,
      regressions: finish.regressions,
      rolledBack: [],
      alertId: null,
    };
    if (!finish.actionable || finish.baselineRunId === null) return result;

    const autonomous = input.autonomous ?? finish.autonomous;
    let rolledBack: RolledBackVersion[] = [];
    if (autonomous && finish.suspects.length > 0) {
      rolledBack = await settle.rollBackSinceBaseline({
        runId: run.runId,
        baselineRunId: finish.baselineRunId,
      });
    }
    const alert = await store.raiseGoldenRegressionAlert({
      runId: run.runId,
      baselineRunId: finish.baselineRunId,
      regressions: finish.regressions,
      suspects: finish.suspects,
      rolledBack,
      autonomous,
    });
    // Stored and listed by GET /api/alerts even when the channel is down.
    if (alert.needsDelivery) await deliverAlertOrLog(alert.alertId);
    return { ...result, rolledBack, alertId: alert.alertId };
  } catch (error) {
    await store.failGoldenRun({ runId: run.runId, error: (error as Error).message });
    throw error;
  }
}

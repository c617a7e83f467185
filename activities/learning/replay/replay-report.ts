/**
 * A replay run as a report: the `eval_runs` row (the candidate version in `instruction_versions`,
 * the summary and the deployed version in `metrics`) with one `eval_results` row per turn, whose
 * `details` hold the turn's comparison.
 */
import type { EvalResult, EvalRun, JsonObject } from '../../../schema/tables';
import type { ReplayReport, ReplaySummary, ReplayTurnDiff } from './replay-types';

/** What `metrics` of a replay run holds. */
export interface ReplayMetrics {
  deployedVersion: number;
  summary?: ReplaySummary;
}

/** The metrics as stored (a JSON object). */
export function replayMetrics(metrics: ReplayMetrics): JsonObject {
  return metrics as unknown as JsonObject;
}

/** The row of one compared turn. */
export function replayResultRow(
  runId: number,
  category: string,
  diff: ReplayTurnDiff,
): {
  runId: number;
  caseId: string;
  category: string;
  predictedCategory: null;
  passed: boolean;
  scores: JsonObject;
  details: JsonObject;
} {
  const score = (passed: boolean | null | undefined): number | null =>
    passed === null || passed === undefined ? null : passed ? 1 : 0;
  return {
    runId,
    caseId: diff.caseId,
    category,
    predictedCategory: null,
    // A turn passes the replay unless the candidate made it worse or could not answer it.
    passed: diff.verdict !== 'worse' && diff.verdict !== 'failed',
    scores: {
      qaPassedOriginal: score(diff.original.qaPassed),
      qaPassedCandidate: score(diff.candidate?.qaPassed),
    },
    details: diff as unknown as JsonObject,
  };
}

/** The report of a stored replay run. */
export function replayReportOf(run: EvalRun, results: EvalResult[]): ReplayReport {
  const category = run.category ?? '';
  const metrics = run.metrics as unknown as Partial<ReplayMetrics>;
  return {
    runId: run.id,
    workflowId: run.workflow_id,
    category,
    candidateVersion: run.instruction_versions[category] ?? 0,
    deployedVersion: metrics.deployedVersion ?? null,
    status: run.status,
    startedAt: run.started_at.toISOString(),
    completedAt: run.completed_at ? run.completed_at.toISOString() : null,
    error: run.error,
    summary: metrics.summary ?? null,
    turns: results.map((result) => result.details as unknown as ReplayTurnDiff),
  };
}

import type { EvalRun } from '../../schema/tables';

/** An evaluation or weekly learning run as the API shows it. */
export function evalRunView(row: EvalRun): Record<string, unknown> {
  return {
    id: row.id,
    runType: row.run_type,
    category: row.category,
    status: row.status,
    dataset: row.dataset,
    sampleSize: row.sample_size,
    metrics: row.metrics,
    instructionVersions: row.instruction_versions,
    isBaseline: row.is_baseline,
    regression: row.regression,
    workflowId: row.workflow_id,
    error: row.error,
    startedAt: row.started_at,
    completedAt: row.completed_at,
  };
}

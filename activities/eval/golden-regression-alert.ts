import type { Kysely } from 'kysely';
import type { Alert, Database, JsonObject } from '../../schema/tables';
import { insertAlertOnce } from '../repos/alerts-repo';
import type { Regression } from './golden-comparison';
import type { DeployedSinceBaseline, RolledBackVersion } from './golden-eval-types';

/** The alert kind of a golden-evaluation regression. */
export const GOLDEN_REGRESSION_ALERT = 'golden_regression';

/** What the alert reports. */
export interface RegressionAlertInput {
  runId: number;
  baselineRunId: number;
  regressions: Regression[];
  suspects: DeployedSinceBaseline[];
  rolledBack: RolledBackVersion[];
  autonomous: boolean;
}

const METRIC_NAMES: Readonly<Record<Regression['metric'], string>> = {
  category_accuracy: 'category accuracy',
  tool_accuracy: 'tool accuracy',
  must_mention_rate: 'must_mention rate',
};

/** Raises a run's regression alert once (keyed by the run), saying what fell and what was done. */
export async function raiseRegressionAlert(
  db: Kysely<Database>,
  input: RegressionAlertInput,
): Promise<Alert> {
  const fell = input.regressions
    .map(
      (r) =>
        `${METRIC_NAMES[r.metric]} ${r.current.toFixed(3)} (baseline ${r.baseline.toFixed(3)}, -${r.dropPoints.toFixed(1)} pp)`,
    )
    .join('; ');
  const versions = (list: Array<{ category: string; version: number }>): string =>
    list.map((v) => `${v.category} v${v.version}`).join(', ');
  let action: string;
  if (input.rolledBack.length > 0) {
    action = `Autonomous mode rolled back ${input.rolledBack
      .map((r) => `${r.category} v${r.from} → v${r.to}`)
      .join(', ')}.`;
  } else if (input.suspects.length === 0) {
    action = 'No instruction version was deployed since the baseline: look at models, knowledge and code.';
  } else if (input.autonomous) {
    action = `Instruction versions deployed since the baseline (${versions(input.suspects)}) could not be rolled back.`;
  } else {
    action = `Instruction versions deployed since the baseline: ${versions(input.suspects)}. Autonomous mode is off: roll back with POST /api/instructions/:category/rollback.`;
  }
  const details: JsonObject = {
    evalRunId: input.runId,
    baselineRunId: input.baselineRunId,
    regressions: input.regressions.map((r) => ({ ...r })),
    deployedSinceBaseline: input.suspects.map((s) => ({ ...s })),
    rolledBack: input.rolledBack.map((r) => ({ ...r })),
    autonomous: input.autonomous,
  };
  const { alert } = await insertAlertOnce(db, {
    kind: GOLDEN_REGRESSION_ALERT,
    category: null,
    severity: 'critical',
    message: `The daily golden evaluation (run ${input.runId}) regressed against baseline run ${input.baselineRunId}: ${fell}. ${action}`,
    details,
    dedupeKey: `${GOLDEN_REGRESSION_ALERT}:${input.runId}`,
  });
  return alert;
}

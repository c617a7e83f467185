/**
 * The input and outcomes of the daily golden evaluation (workflows/learning/daily-golden-eval.ts).
 * Pure data shared by the workflow, its activities and the tests.
 */
import type { Headline, Regression } from './golden-comparison';

/** The workflow's input; the schedule passes nothing (the whole golden set). */
export interface GoldenEvalInput {
  /** Only these golden ids (in dataset order). */
  ids?: string[];
  /** Only the first `limit` items (after `ids`). */
  limit?: number;
  /** Items per batch activity; default 20. */
  batchSize?: number;
  /**
   * Make this run the baseline once it completes. It is still compared with the previous
   * baseline (the comparison is stored), but an operator accepting new figures gets no alert or
   * rollback for them.
   */
  markBaseline?: boolean;
  /** Overrides AUTONOMOUS_MODE for this run (an operator's one-off run). */
  autonomous?: boolean;
}

/** The run as opened. */
export interface GoldenRunStart {
  runId: number;
  itemIds: string[];
}

/** What one batch did. */
export interface GoldenBatchOutcome {
  evaluated: number;
  /** Already stored by an earlier attempt of the batch. */
  skipped: number;
  errors: number;
}

/** An instruction version deployed since the baseline ran: a suspect of a regression. */
export interface DeployedSinceBaseline {
  category: string;
  version: number;
  deployedAt: string;
  /** The version the baseline ran with, when it recorded one. */
  baselineVersion: number | null;
}

/** The run's figures and how they compare with the baseline. */
export interface GoldenRunFinish {
  runId: number;
  headline: Headline;
  isBaseline: boolean;
  /** The baseline compared with (null for the first run). */
  baselineRunId: number | null;
  basis: 'cases' | 'summary' | null;
  regressions: Regression[];
  /** Regressions the workflow acts on (none when the run was marked as the new baseline). */
  actionable: boolean;
  suspects: DeployedSinceBaseline[];
  /** AUTONOMOUS_MODE of the worker's configuration. */
  autonomous: boolean;
}

/** A category whose instructions were rolled back. */
export interface RolledBackVersion {
  category: string;
  from: number;
  to: number;
}

/** The workflow's outcome. */
export interface GoldenEvalResult {
  runId: number;
  headline: Headline;
  isBaseline: boolean;
  baselineRunId: number | null;
  regressions: Regression[];
  rolledBack: RolledBackVersion[];
  alertId: number | null;
}

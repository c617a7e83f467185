import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import type { Kysely } from 'kysely';
import type { Database, EvalRun, JsonObject } from '../../schema/tables';
import { DatasetError, readDataset } from '../../scripts/eval/dataset';
import type { GoldenItem } from '../../scripts/eval/golden-item';
import { groupMetrics, metricsBy } from '../../scripts/eval/metrics';
import { runEval } from '../../scripts/eval/run-eval';
import {
  completeEvalRun,
  evalResultsOf,
  failEvalRun,
  findBaseline,
  getEvalRun,
  markBaseline,
  openEvalRun,
  saveEvalResult,
  storedCaseIds,
} from '../repos/eval-runs-repo';
import { deployedVersions } from '../repos/instruction-deployments-repo';
import { compareRuns, headlineOf, storedHeadline } from './golden-comparison';
import type {
  DeployedSinceBaseline,
  GoldenBatchOutcome,
  GoldenRunFinish,
  GoldenRunStart,
  RolledBackVersion,
} from './golden-eval-types';
import { raiseRegressionAlert, type RegressionAlertInput } from './golden-regression-alert';
import { deployedSinceBaseline, rollBackSince } from './golden-rollback';
import { reportOfRow, resultRowOf } from './item-report-row';
import type { TurnRunner } from './turn-runner';

export interface GoldenEvalDeps {
  db: Kysely<Database>;
  /** The golden JSONL dataset (GOLDEN_DATASET). */
  datasetPath: string;
  /** AUTONOMOUS_MODE: roll instructions back on a regression without a person. */
  autonomous: boolean;
  /** The turn pipeline on the worker's own activities, side effects off (built per batch). */
  turnRunner: () => TurnRunner;
}

/** The activities of the daily golden evaluation. */
export interface GoldenEvalActivities {
  openGoldenRun(input: { workflowId: string; ids?: string[]; limit?: number }): Promise<GoldenRunStart>;
  runGoldenBatch(input: { runId: number; itemIds: string[] }): Promise<GoldenBatchOutcome>;
  finishGoldenRun(input: { runId: number; markBaseline: boolean }): Promise<GoldenRunFinish>;
  failGoldenRun(input: { runId: number; error: string }): Promise<void>;
  rollBackSinceBaseline(input: { runId: number; baselineRunId: number }): Promise<RolledBackVersion[]>;
  raiseGoldenRegressionAlert(
    input: RegressionAlertInput,
  ): Promise<{ alertId: number; needsDelivery: boolean }>;
}

/**
 * The daily golden evaluation (SYSTEM.md §7): the golden set through the same turn pipeline with
 * side effects off, in batches; the figures stored as an `eval_runs` row with one `eval_results`
 * row per case; the comparison with the baseline; the rollback and the alert on a regression.
 */
export function createGoldenEvalActivities(deps: GoldenEvalDeps): GoldenEvalActivities {
  async function dataset(): Promise<GoldenItem[]> {
    try {
      return await readDataset(deps.datasetPath);
    } catch (error) {
      if (error instanceof DatasetError)
        throw ApplicationFailure.nonRetryable(error.message, 'ValidationError');
      throw error;
    }
  }

  return {
    /** Opens the run (once per workflow) with the items it covers and the deployed instruction versions. */
    async openGoldenRun(input) {
      const items = await dataset();
      let selected = items;
      if (input.ids?.length) {
        const known = new Set(items.map((item) => item.id));
        const unknown = input.ids.filter((id) => !known.has(id));
        if (unknown.length > 0) {
          throw ApplicationFailure.nonRetryable(`no golden items ${unknown.join(', ')}`, 'ValidationError');
        }
        const wanted = new Set(input.ids);
        selected = items.filter((item) => wanted.has(item.id));
      }
      if (input.limit !== undefined) {
        if (!Number.isInteger(input.limit) || input.limit < 1) {
          throw ApplicationFailure.nonRetryable(`limit must be a positive integer`, 'ValidationError');
        }
        selected = selected.slice(0, input.limit);
      }
      const run = await openEvalRun(deps.db, {
        runType: 'golden',
        workflowId: input.workflowId,
        dataset: deps.datasetPath,
        sampleSize: selected.length,
        instructionVersions: await deployedVersions(deps.db),
      });
      return { runId: run.id, itemIds: selected.map((item) => item.id) };
    },

    /**
     * Runs a batch of cases, judges each reply and stores its result, heartbeating after each
     * case. A retried batch skips the cases its earlier attempt stored.
     */
    async runGoldenBatch(input) {
      const wanted = new Set(input.itemIds);
      const items = (await dataset()).filter((item) => wanted.has(item.id));
      const stored = await storedCaseIds(deps.db, input.runId);
      const runItem = deps.turnRunner();
      const outcome: GoldenBatchOutcome = { evaluated: 0, skipped: 0, errors: 0 };
      for (const item of items) {
        if (stored.has(item.id)) {
          outcome.skipped += 1;
          continue;
        }
        const report = await runEval([item], runItem);
        const [itemReport] = report.items;
        await saveEvalResult(deps.db, resultRowOf(input.runId, item.category, itemReport!));
        outcome.evaluated += 1;
        if (itemReport!.error) outcome.errors += 1;
        heartbeat({ done: outcome.evaluated + outcome.skipped, of: items.length, last: item.id });
      }
      return outcome;
    },

    /**
     * Computes the run's figures from its results, compares them with the baseline, closes the
     * run and settles the baseline: the first completed run becomes it, and so does a run asked
     * to (`markBaseline`).
     */
    async finishGoldenRun(input) {
      const run = await getEvalRun(deps.db, input.runId);
      const reports = (await evalResultsOf(deps.db, run.id)).map(reportOfRow);
      const summary = groupMetrics(reports);
      const headline = headlineOf(summary);
      const baseline = await findBaseline(deps.db, 'golden');
      const comparedWith = baseline && baseline.id !== run.id ? baseline : null;
      const comparison = comparedWith
        ? compareRuns(reports, {
            items: (await evalResultsOf(deps.db, comparedWith.id)).map(reportOfRow),
            headline: storedHeadline(comparedWith),
          })
        : null;
      const regressions = comparison?.regressions ?? [];
      await completeEvalRun(deps.db, run.id, {
        sampleSize: reports.length,
        regression: comparison ? regressions.length > 0 : null,
        metrics: {
          headline,
          summary: summary as unknown as JsonObject,
          per_category: metricsBy(reports, (report) => report.expected_category) as unknown as JsonObject,
          comparison: comparison
            ? ({ baselineRunId: comparedWith!.id, ...comparison } as unknown as JsonObject)
            : null,
        },
      });
      // A run where every case failed to run says nothing about quality: it never becomes the reference.
      const usable = summary.errors < reports.length;
      const becomesBaseline = input.markBaseline || (comparedWith === null && baseline === null && usable);
      if (becomesBaseline) await markBaseline(deps.db, run.id);
      return {
        runId: run.id,
        headline,
        isBaseline: becomesBaseline || baseline?.id === run.id,
        baselineRunId: comparedWith?.id ?? null,
        basis: comparison?.basis ?? null,
        regressions,
        actionable: regressions.length > 0 && !input.markBaseline,
        suspects: comparedWith ? await suspectsOf(comparedWith, run) : [],
        autonomous: deps.autonomous,
      };
    },

    /** Marks the run failed (the workflow rethrows the failure afterwards). */
    async failGoldenRun(input) {
      await failEvalRun(deps.db, input.runId, input.error);
    },

    /** Rolls back the instruction versions deployed since the baseline, to the baseline's. */
    async rollBackSinceBaseline(input) {
      const [run, baseline] = await Promise.all([
        getEvalRun(deps.db, input.runId),
        getEvalRun(deps.db, input.baselineRunId),
      ]);
      return rollBackSince(deps.db, { baseline, run });
    },

    /** Raises the run's regression alert (once per run). */
    async raiseGoldenRegressionAlert(input) {
      const alert = await raiseRegressionAlert(deps.db, input);
      return { alertId: alert.id, needsDelivery: !alert.delivered };
    },
  };

  /** What was deployed since the baseline and is still deployed (deployedSinceBaseline). */
  async function suspectsOf(baseline: EvalRun, run: EvalRun): Promise<DeployedSinceBaseline[]> {
    const versions = await deployedSinceBaseline(deps.db, { baseline, run });
    return versions.map((version) => ({
      category: version.category,
      version: version.version,
      deployedAt: version.deployed_at!.toISOString(),
      baselineVersion: baseline.instruction_versions[version.category] ?? null,
    }));
  }
}

/** Heartbeats when running as an activity (the batch is also callable in-process). */
function heartbeat(details: unknown): void {
  try {
    Context.current().heartbeat(details);
  } catch {
    // Not inside an activity: nothing to report to.
  }
}

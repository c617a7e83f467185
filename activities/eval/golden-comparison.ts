/**
 * Whether a golden run regressed against the baseline. The headline metrics are category
 * accuracy, tool accuracy and the must_mention rate; a regression is any of them dropping by MORE
 * than 5 percentage points (an absolute drop of 0.05 on the 0..1 scale, not 5% of the baseline's
 * value: on small subsets a relative threshold would flag a single item on a low figure).
 */
import type { EvalRun } from '../../schema/tables';
import type { GroupMetrics, ItemReport } from '../../scripts/eval/eval-report';
import { groupMetrics } from '../../scripts/eval/metrics';

export const HEADLINE_METRICS = ['category_accuracy', 'tool_accuracy', 'must_mention_rate'] as const;
export type HeadlineMetric = (typeof HEADLINE_METRICS)[number];
/** The figures runs are compared on; null when a run has nothing to measure it on. */
export type Headline = Record<HeadlineMetric, number | null>;

/** An absolute drop larger than this, on any headline metric, is a regression. */
export const REGRESSION_DROP = 0.05;

/** One metric that fell. */
export interface Regression {
  metric: HeadlineMetric;
  baseline: number;
  current: number;
  /** Percentage points lost (positive). */
  dropPoints: number;
}

/** The headline figures of a set of item reports. */
export function headlineOf(metrics: GroupMetrics): Headline {
  return {
    category_accuracy: metrics.category_accuracy,
    tool_accuracy: metrics.tool_accuracy,
    must_mention_rate: metrics.must_mention_rate,
  };
}

/** The headline metrics that dropped by more than {@link REGRESSION_DROP}. */
export function regressionsOf(current: Headline, baseline: Headline): Regression[] {
  const found: Regression[] = [];
  for (const metric of HEADLINE_METRICS) {
    const now = current[metric];
    const before = baseline[metric];
    if (now === null || before === null) continue;
    // Rounded to 0.01 pp first so float noise cannot turn exactly 5 points into "more than 5".
    const drop = Math.round((before - now) * 10_000) / 100;
    if (drop > REGRESSION_DROP * 100) {
      found.push({ metric, baseline: before, current: now, dropPoints: drop });
    }
  }
  return found;
}

/** What a run is compared with, and on which cases. */
export interface Comparison {
  current: Headline;
  baseline: Headline;
  /** 'cases': both measured on the cases they share; 'summary': the baseline's stored figures. */
  basis: 'cases' | 'summary';
  sharedCases: number;
  regressions: Regression[];
}

/**
 * Compares a run with the baseline on the cases both ran (so a subset run is measured against
 * the baseline's figures on that same subset); when they share none, with the baseline's stored
 * headline figures. Null when the baseline has neither.
 */
export function compareRuns(
  current: readonly ItemReport[],
  baseline: { items: readonly ItemReport[]; headline: Headline | null },
): Comparison | null {
  const baselineById = new Map(baseline.items.map((item) => [item.id, item]));
  const shared = current.filter((item) => baselineById.has(item.id));
  if (shared.length > 0) {
    const currentHeadline = headlineOf(groupMetrics(shared));
    const baselineHeadline = headlineOf(groupMetrics(shared.map((item) => baselineById.get(item.id)!)));
    return {
      current: currentHeadline,
      baseline: baselineHeadline,
      basis: 'cases',
      sharedCases: shared.length,
      regressions: regressionsOf(currentHeadline, baselineHeadline),
    };
  }
  if (!baseline.headline || current.length === 0) return null;
  const currentHeadline = headlineOf(groupMetrics(current));
  return {
    current: currentHeadline,
    baseline: baseline.headline,
    basis: 'summary',
    sharedCases: 0,
    regressions: regressionsOf(currentHeadline, baseline.headline),
  };
}

/** The headline figures a run stored, when it stored them. */
export function storedHeadline(run: EvalRun): Headline | null {
  const stored = run.metrics['headline'];
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return null;
  const figure = (key: string): number | null => {
    const value = (stored as Record<string, unknown>)[key];
    return typeof value === 'number' ? value : null;
  };
  return {
    category_accuracy: figure('category_accuracy'),
    tool_accuracy: figure('tool_accuracy'),
    must_mention_rate: figure('must_mention_rate'),
  };
}

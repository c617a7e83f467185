import { ApplicationFailure } from '@temporalio/common';
import type { Kysely } from 'kysely';
import type { Database, JsonObject } from '../../../schema/tables';
import type { LlmRegistry } from '../../llm';
import { insertAlertOnce } from '../../repos/alerts-repo';
import { classifiedCorrectionsOfCategory } from '../../repos/corrections-repo';
import { completeEvalRun, failEvalRun, openEvalRun } from '../../repos/eval-runs-repo';
import { qaFailuresBetween, saveQaFailurePattern } from '../../repos/qa-failure-patterns-repo';
import type { Taxonomy } from '../../taxonomy';
import { groupCorrections } from './correction-grouping';
import {
  ALERT_MAX_PATTERNS,
  LEARNING_WINDOW_DAYS,
  SUGGESTION_MIN_FREQUENCY,
  type LearningPattern,
} from './learning-patterns';
import { groupQaFailures } from './qa-failure-grouping';
import { queueSuggestions } from './queue-suggestions';
import type {
  CategoryLearningInput,
  CategoryLearningOutcome,
  CategoryPatterns,
  LearningRunStart,
  SuggestionOutcome,
} from './weekly-learning-types';

export interface WeeklyLearningActivityDeps {
  db: Kysely<Database>;
  llm: LlmRegistry;
  taxonomy: Taxonomy;
  attemptsPerProvider: number;
}

/** The activities of the weekly eval-driven and correction learning workflows. */
export interface WeeklyLearningActivities {
  openLearningRun(input: {
    runType: 'eval_learning' | 'correction_learning';
    workflowId: string;
    windowEnd: string;
    categories?: string[];
  }): Promise<LearningRunStart>;
  findLearningPatterns(input: CategoryLearningInput): Promise<CategoryPatterns>;
  suggestInstructionUpdates(
    input: CategoryLearningInput & { patterns: LearningPattern[] },
  ): Promise<SuggestionOutcome[]>;
  raisePatternCountAlert(
    input: CategoryLearningInput & { patterns: Array<{ pattern: string; frequency: number }> },
  ): Promise<{ alertId: number; needsDelivery: boolean }>;
  closeLearningRun(input: { run: LearningRunStart; outcomes: CategoryLearningOutcome[] }): Promise<void>;
  failLearningRun(input: { runId: number; error: string }): Promise<void>;
}

/** The alert kind of a category with too many recurring QA failure patterns. */
export const EVAL_PATTERNS_ALERT = 'eval_patterns';
const DAY_MS = 86_400_000;

/**
 * Weekly learning (SYSTEM.md §7): per category, the recurring patterns of the last 7 days (QA
 * failures, or human corrections), a suggestion for each pattern seen 3+ times, written by the
 * pattern-analyst model, and an alert when a category has more than 5 patterns.
 */
export function createWeeklyLearningActivities(deps: WeeklyLearningActivityDeps): WeeklyLearningActivities {
  const modelDeps = { db: deps.db, llm: deps.llm, attemptsPerProvider: deps.attemptsPerProvider };
  const known = new Set(deps.taxonomy.categories.map((category) => category.id));

  return {
    /** Opens the run's `eval_runs` row (once per workflow) and fixes its window and categories. */
    async openLearningRun(input) {
      const end = new Date(input.windowEnd);
      if (Number.isNaN(end.getTime())) {
        throw ApplicationFailure.nonRetryable(
          `windowEnd ${input.windowEnd} is not a date`,
          'ValidationError',
        );
      }
      const unknown = (input.categories ?? []).filter((category) => !known.has(category));
      if (unknown.length > 0) {
        throw ApplicationFailure.nonRetryable(`unknown categories: ${unknown.join(', ')}`, 'ValidationError');
      }
      const categories = input.categories?.length ? [...input.categories] : [...known];
      const windowStart = new Date(end.getTime() - LEARNING_WINDOW_DAYS * DAY_MS).toISOString();
      const windowEnd = end.toISOString();
      const run = await openEvalRun(deps.db, {
        runType: input.runType,
        workflowId: input.workflowId,
        metrics: { windowStart, windowEnd, categories },
      });
      return { runId: run.id, windowStart, windowEnd, categories };
    },

    /**
     * The category's recurring patterns in the window, most frequent first. QA failure patterns
     * are stored (one row per category, pattern and window: a re-run refreshes them).
     */
    async findLearningPatterns(input) {
      const window = { since: new Date(input.windowStart), until: new Date(input.windowEnd) };
      const patterns =
        input.source === 'eval'
          ? groupQaFailures(await qaFailuresBetween(deps.db, { category: input.category, ...window }))
          : groupCorrections(
              await classifiedCorrectionsOfCategory(deps.db, { category: input.category, ...window }),
            );
      if (input.source === 'eval') {
        for (const pattern of patterns) {
          await saveQaFailurePattern(deps.db, {
            category: input.category,
            pattern: pattern.pattern,
            description: pattern.description,
            frequency: pattern.frequency,
            examples: pattern.examples,
            windowStart: window.since,
            windowEnd: window.until,
            evalRunId: input.runId,
          });
        }
      }
      return {
        patterns,
        worthSuggesting: patterns
          .filter((pattern) => pattern.frequency >= SUGGESTION_MIN_FREQUENCY)
          .map((pattern) => pattern.pattern),
        overAlertLimit: input.source === 'eval' && patterns.length > ALERT_MAX_PATTERNS,
      };
    },

    /**
     * Asks the pattern analyst for one guideline per pattern and queues each as a pending
     * suggestion (one per category and pattern: a pending one is refreshed, not repeated).
     */
    async suggestInstructionUpdates(input) {
      return queueSuggestions(modelDeps, input);
    },

    /** Raises the category's "too many patterns" alert, once per category and window end day. */
    async raisePatternCountAlert(input) {
      const day = input.windowEnd.slice(0, 10);
      const details: JsonObject = {
        evalRunId: input.runId,
        windowStart: input.windowStart,
        windowEnd: input.windowEnd,
        patterns: input.patterns.map(({ pattern, frequency }) => ({ pattern, frequency })),
      };
      const top = input.patterns
        .slice(0, 3)
        .map(({ pattern, frequency }) => `${pattern} (${frequency})`)
        .join(', ');
      const { alert } = await insertAlertOnce(deps.db, {
        kind: EVAL_PATTERNS_ALERT,
        category: input.category,
        severity: 'warning',
        message:
          `QA found ${input.patterns.length} recurring failure patterns in ${input.category} in the last ` +
          `${LEARNING_WINDOW_DAYS} days (more than ${ALERT_MAX_PATTERNS}); most frequent: ${top}.`,
        details,
        dedupeKey: `${EVAL_PATTERNS_ALERT}:${input.category}:${day}`,
      });
      return { alertId: alert.id, needsDelivery: !alert.delivered };
    },

    /** Closes the run with what each category found. */
    async closeLearningRun(input) {
      const categories = Object.fromEntries(
        input.outcomes.map((outcome) => [
          outcome.category,
          {
            patterns: outcome.patterns,
            suggestions: outcome.suggestions.map((s) => s.suggestionId),
            newSuggestions: outcome.suggestions.filter((s) => s.created).length,
            alertId: outcome.alertId,
          },
        ]),
      );
      const sum = (of: (outcome: CategoryLearningOutcome) => number): number =>
        input.outcomes.reduce((total, outcome) => total + of(outcome), 0);
      await completeEvalRun(deps.db, input.run.runId, {
        metrics: {
          windowStart: input.run.windowStart,
          windowEnd: input.run.windowEnd,
          categories,
          totals: {
            patterns: sum((o) => o.patterns.length),
            suggestions: sum((o) => o.suggestions.length),
            newSuggestions: sum((o) => o.suggestions.filter((s) => s.created).length),
            alerts: sum((o) => (o.alertId === null ? 0 : 1)),
          },
        },
      });
    },

    /** Marks the run failed (the workflow rethrows the failure afterwards). */
    async failLearningRun(input) {
      await failEvalRun(deps.db, input.runId, input.error);
    },
  };
}

/**
 * The inputs and outcomes of the weekly learning jobs (eval-driven and correction learning).
 * Pure data: the workflows, their activities and the tests share them.
 */
import type { LearningPattern } from './learning-patterns';

/** Where a weekly job learns from: QA failures ('eval') or human corrections. */
export type LearningSource = 'eval' | 'corrections';

/** The input of a weekly job; everything is optional (the schedule passes nothing). */
export interface WeeklyLearningInput {
  /** ISO-8601 end of the 7-day window; default: when the workflow started. */
  windowEnd?: string;
  /** Categories to analyse; default: every taxonomy category. */
  categories?: string[];
}

/** A weekly job's run, as opened. */
export interface LearningRunStart {
  runId: number;
  windowStart: string;
  windowEnd: string;
  categories: string[];
}

/** One category's analysis: the input of `categoryLearningWorkflow`. */
export interface CategoryLearningInput {
  runId: number;
  source: LearningSource;
  category: string;
  windowStart: string;
  windowEnd: string;
}

/** What the pattern step found in a category. */
export interface CategoryPatterns {
  patterns: LearningPattern[];
  /** Keys of the patterns seen often enough to become a suggestion. */
  worthSuggesting: string[];
  /** More patterns than a category may have before operators are alerted. */
  overAlertLimit: boolean;
}

/** A suggestion the run queued or refreshed. */
export interface SuggestionOutcome {
  pattern: string;
  frequency: number;
  suggestionId: number;
  /** False when a pending suggestion for the pattern already existed (it was refreshed). */
  created: boolean;
}

/** One category's outcome. */
export interface CategoryLearningOutcome {
  category: string;
  patterns: Array<{ pattern: string; frequency: number }>;
  suggestions: SuggestionOutcome[];
  alertId: number | null;
  alertDelivered: boolean;
}

/** A weekly job's outcome. */
export interface WeeklyLearningResult {
  runId: number;
  windowStart: string;
  windowEnd: string;
  categories: CategoryLearningOutcome[];
}

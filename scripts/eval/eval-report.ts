/**
 * The shape of an eval report: what `--out` writes and the table renders.
 */

/** Figures for a group of items (all, one category, one language). */
export interface GroupMetrics {
  items: number;
  category_accuracy: number;
  tool_accuracy: number;
  /** Must-mention phrases stated / phrases; null when the group has none. */
  must_mention_rate: number | null;
  /** Must-not phrases violated (count). */
  must_not_violations: number;
  qa_pass_rate: number;
  /** Share of items whose outcome was an escalation. */
  escalation_rate: number;
  /** Of the items that should escalate (human_request or escalation signal), the share that did. */
  escalation_accuracy: number | null;
  /** Must-not phrases no detector family recognises (never counted as passed). */
  unjudged_must_not: number;
  /** Items whose run threw; they count as wrong everywhere. */
  errors: number;
}

/** The run-wide figures. */
export interface EvalSummary extends GroupMetrics {
  p50_ms: number | null;
  p95_ms: number | null;
  split: string;
  dataset: string | null;
  judge: string;
  escalation_items: number;
  must_mention_phrases: number;
  must_not_phrases: number;
}

/** One item's result. */
export interface ItemReport {
  id: string;
  language: string;
  channel: string;
  expected_category: string;
  got_category: string | null;
  category_right: boolean;
  expected_tool: string | null;
  tools_called: string[];
  tool_right: boolean;
  escalation_expected: boolean;
  outcome: 'send' | 'draft' | 'escalate' | null;
  escalation_reason: string | null;
  qa_passed: boolean;
  qa_rounds: number | null;
  latency_ms: number | null;
  mentions: { phrase: string; hit: boolean; missing: string[] }[];
  violations: { phrase: string; families: string[]; evidence: string }[];
  unjudged_must_not: string[];
  reply: string | null;
  error: string | null;
}

/** The whole report (the `--out` document). */
export interface EvalReport {
  summary: EvalSummary;
  per_category: Record<string, GroupMetrics>;
  per_language: Record<string, GroupMetrics>;
  items: ItemReport[];
}

/**
 * Runs golden items through a turn runner, judges each reply and builds the report. The runner is
 * injected: the CLI passes the real pipeline (run-pipeline.ts), tests pass a fake.
 */
import { percentile } from '../bench/stats';
import { judgeReply, type JudgeInput, type JudgeResult } from './judge';
import type { EvalReport, ItemReport } from './eval-report';
import type { GoldenItem } from './golden-item';
import { groupMetrics, metricsBy } from './metrics';
import type { EvalTurnResult } from '../../activities/eval/turn-runner';
import { isToolRight } from './tool-accuracy';

/** Runs one golden item through the pipeline. */
export type RunItem = (item: GoldenItem) => Promise<EvalTurnResult>;

/** Options of `runEval`. */
export interface RunEvalOptions {
  /** How the report names the selection ("held-out (dev-101..dev-140)"). */
  split?: string;
  dataset?: string | null;
  /** The judge; the deterministic one unless a model-backed judge is configured. */
  judge?: { name: string; judgeReply(input: JudgeInput): JudgeResult | Promise<JudgeResult> };
  /** Called after each item (progress output). */
  onItem?: (report: ItemReport, done: number, total: number) => void;
}

const DETERMINISTIC_JUDGE = { name: 'deterministic', judgeReply };

/** Items that should end with a person: a request for a human, or the customer asking for one. */
const shouldEscalate = (item: GoldenItem): boolean =>
  item.category === 'human_request' || item.escalation_signal;

async function runOne(
  item: GoldenItem,
  runItem: RunItem,
  judge: NonNullable<RunEvalOptions['judge']>,
): Promise<ItemReport> {
  let result: EvalTurnResult | null = null;
  let error: string | null = null;
  try {
    result = await runItem(item);
  } catch (caught) {
    error = caught instanceof Error ? `${caught.name}: ${caught.message}` : String(caught);
  }
  const verdict = result
    ? await judge.judgeReply({
        reply: result.reply,
        language: item.language,
        mustMention: item.must_mention,
        mustNot: item.must_not,
        toolCalls: result.toolCalls,
        outcome: result.outcome,
        message: item.message,
        customerEmail: item.customer_email,
      })
    : null;
  return {
    id: item.id,
    language: item.language,
    channel: item.channel,
    expected_category: item.category,
    got_category: result?.category ?? null,
    category_right: result?.category === item.category,
    expected_tool: item.expected_tool,
    tools_called: result?.toolCalls.map((call) => call.name) ?? [],
    tool_right: result ? isToolRight(item, result.toolCalls) : false,
    escalation_expected: shouldEscalate(item),
    outcome: result?.outcome ?? null,
    escalation_reason: result?.escalationReason ?? null,
    qa_passed: result?.qaPassed ?? false,
    qa_rounds: result?.qaRounds ?? null,
    latency_ms: result?.latencyMs ?? null,
    // A run that failed states nothing: every phrase is missing.
    mentions: verdict
      ? verdict.mentions.map(({ phrase, hit, missing }) => ({ phrase, hit, missing }))
      : item.must_mention.map((phrase) => ({ phrase, hit: false, missing: ['the run failed'] })),
    violations: verdict?.violations ?? [],
    unjudged_must_not: verdict?.unjudged ?? [],
    reply: result?.reply ?? null,
    error,
  };
}

/** Runs `items` one after another and builds the report. */
export async function runEval(
  items: readonly GoldenItem[],
  runItem: RunItem,
  options: RunEvalOptions = {},
): Promise<EvalReport> {
  const judge = options.judge ?? DETERMINISTIC_JUDGE;
  const reports: ItemReport[] = [];
  for (const item of items) {
    // One at a time: latencies are per turn, not contended with other turns of the same run.
    const report = await runOne(item, runItem, judge);
    reports.push(report);
    options.onItem?.(report, reports.length, items.length);
  }
  const latencies = reports.flatMap((r) => (r.latency_ms === null ? [] : [r.latency_ms]));
  const pick = (p: number): number | null => (latencies.length === 0 ? null : percentile(latencies, p));
  return {
    summary: {
      ...groupMetrics(reports),
      p50_ms: pick(50),
      p95_ms: pick(95),
      split: options.split ?? 'all',
      dataset: options.dataset ?? null,
      judge: judge.name,
      escalation_items: reports.filter((r) => r.escalation_expected).length,
      must_mention_phrases: reports.reduce((sum, r) => sum + r.mentions.length, 0),
      must_not_phrases: items.reduce((sum, item) => sum + item.must_not.length, 0),
    },
    per_category: metricsBy(reports, (r) => r.expected_category),
    per_language: metricsBy(reports, (r) => r.language),
    items: reports,
  };
}

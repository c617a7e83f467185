/**
 * The readable report: summary, then one table per category and per language.
 */
import type { EvalReport, GroupMetrics } from './eval-report';

const COLUMNS: readonly [string, (m: GroupMetrics) => number | null][] = [
  ['items', (m) => m.items],
  ['category', (m) => m.category_accuracy],
  ['tool', (m) => m.tool_accuracy],
  ['mention', (m) => m.must_mention_rate],
  ['must-not', (m) => m.must_not_violations],
  ['qa pass', (m) => m.qa_pass_rate],
  ['escalated', (m) => m.escalation_rate],
  ['esc. acc', (m) => m.escalation_accuracy],
  ['unjudged', (m) => m.unjudged_must_not],
];

const cell = (value: number | null): string =>
  (value === null ? '-' : Number.isInteger(value) ? String(value) : value.toFixed(3)).padStart(9);

function table(title: string, groups: Record<string, GroupMetrics>): string[] {
  const width = Math.max(title.length, ...Object.keys(groups).map((name) => name.length)) + 2;
  return [
    `${title.padEnd(width)}${COLUMNS.map(([name]) => name.padStart(9)).join('')}`,
    ...Object.entries(groups).map(
      ([name, metrics]) => `${name.padEnd(width)}${COLUMNS.map(([, get]) => cell(get(metrics))).join('')}`,
    ),
  ];
}

/** Renders the report as text. */
export function renderReport(report: EvalReport): string {
  const s = report.summary;
  const figure = (value: number | null): string => (value === null ? '-' : value.toFixed(3));
  const ms = (value: number | null): string => (value === null ? '-' : `${value} ms`);
  return [
    `Golden eval — split: ${s.split}; dataset: ${s.dataset ?? '-'}; judge: ${s.judge}`,
    `items ${s.items} (errors ${s.errors})`,
    `category accuracy    ${figure(s.category_accuracy)}`,
    `tool accuracy        ${figure(s.tool_accuracy)}`,
    `must-mention rate    ${figure(s.must_mention_rate)} of ${s.must_mention_phrases} phrases`,
    `must-not violations  ${s.must_not_violations} of ${s.must_not_phrases} phrases (${s.unjudged_must_not} unjudged)`,
    `QA pass rate         ${figure(s.qa_pass_rate)}`,
    `escalation rate      ${figure(s.escalation_rate)}; escalation accuracy ${figure(s.escalation_accuracy)} of ${s.escalation_items}`,
    `latency              p50 ${ms(s.p50_ms)}, p95 ${ms(s.p95_ms)}`,
    '',
    ...table('per category', report.per_category),
    '',
    ...table('per language', report.per_language),
  ].join('\n');
}

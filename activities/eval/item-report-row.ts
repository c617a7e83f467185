/**
 * A golden case's report as stored in `eval_results` (the report is kept whole in `details`, so
 * a run's figures, and a later comparison on shared cases, are recomputed from the rows).
 */
import { ApplicationFailure } from '@temporalio/common';
import { z } from 'zod';
import type { EvalResult, JsonObject } from '../../schema/tables';
import type { ItemReport } from '../../scripts/eval/eval-report';
import type { EvalResultInput } from '../repos/eval-runs-repo';

/** Whether a case passed: right category and tool, every fact stated, nothing forbidden, no error. */
export function casePassed(report: ItemReport): boolean {
  return (
    report.error === null &&
    report.category_right &&
    report.tool_right &&
    report.violations.length === 0 &&
    report.mentions.every((mention) => mention.hit)
  );
}

/** The `eval_results` row of a case's report. */
export function resultRowOf(runId: number, expectedCategory: string, report: ItemReport): EvalResultInput {
  const hits = report.mentions.filter((mention) => mention.hit).length;
  return {
    runId,
    caseId: report.id,
    category: expectedCategory,
    predictedCategory: report.got_category,
    passed: casePassed(report),
    scores: {
      category: report.category_right ? 1 : 0,
      tool: report.tool_right ? 1 : 0,
      mustMention: report.mentions.length === 0 ? null : hits / report.mentions.length,
      mustNotViolations: report.violations.length,
      qaPassed: report.qa_passed,
    },
    details: report as unknown as JsonObject,
  };
}

// What the figures read from a stored report; the rest of the report is kept as it is.
const storedReportSchema = z
  .object({
    id: z.string(),
    category_right: z.boolean(),
    tool_right: z.boolean(),
    escalation_expected: z.boolean().default(false),
    outcome: z.enum(['send', 'draft', 'escalate']).nullable().default(null),
    qa_passed: z.boolean().default(false),
    mentions: z.array(
      z.object({ phrase: z.string(), hit: z.boolean(), missing: z.array(z.string()).default([]) }),
    ),
    violations: z
      .array(z.object({ phrase: z.string(), families: z.array(z.string()), evidence: z.string() }))
      .default([]),
    unjudged_must_not: z.array(z.string()).default([]),
    error: z.string().nullable().default(null),
  })
  .passthrough();

/** The report stored with a result; a row whose details are not a report fails for good (no retry fixes it). */
export function reportOfRow(row: EvalResult): ItemReport {
  const parsed = storedReportSchema.safeParse({ id: row.case_id, ...row.details });
  if (!parsed.success) {
    throw ApplicationFailure.nonRetryable(
      `eval result ${row.id} (run ${row.run_id}, case ${row.case_id}) holds no item report`,
      'ValidationError',
    );
  }
  return parsed.data as unknown as ItemReport;
}

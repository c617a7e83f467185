import type { Kysely } from 'kysely';
import type { Database, JsonValue, QaFailurePattern } from '../../schema/tables';

/** A QA verdict that did not pass, as the weekly analysis reads it. */
export interface QaFailureRow {
  id: number;
  conversationId: string;
  turn: number | null;
  verdict: 'refine' | 'escalate';
  reasons: string[];
  draft: string | null;
  createdAt: Date;
}

/** The QA verdicts of a category that were not a pass, created in `[since, until)`, oldest first. */
export async function qaFailuresBetween(
  db: Kysely<Database>,
  filter: { category: string; since: Date; until: Date },
): Promise<QaFailureRow[]> {
  const rows = await db
    .selectFrom('qa_verdicts')
    .select(['id', 'conversation_id', 'turn', 'verdict', 'reasons', 'draft', 'created_at'])
    .where('category', '=', filter.category)
    .where('verdict', '!=', 'pass')
    .where('created_at', '>=', filter.since)
    .where('created_at', '<', filter.until)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    conversationId: row.conversation_id,
    turn: row.turn,
    verdict: row.verdict as 'refine' | 'escalate',
    reasons: Array.isArray(row.reasons) ? row.reasons.filter((r): r is string => typeof r === 'string') : [],
    draft: row.draft,
    createdAt: row.created_at,
  }));
}

/** A pattern of one category and analysis window. */
export interface QaFailurePatternInput {
  category: string;
  pattern: string;
  description: string | null;
  frequency: number;
  examples: JsonValue[];
  windowStart: Date;
  windowEnd: Date;
  evalRunId: number;
}

/** Stores a pattern once per category, pattern and window; a re-run of the window refreshes it. */
export async function saveQaFailurePattern(
  db: Kysely<Database>,
  input: QaFailurePatternInput,
): Promise<QaFailurePattern> {
  const values = {
    description: input.description,
    frequency: input.frequency,
    examples: JSON.stringify(input.examples),
    window_end: input.windowEnd,
    eval_run_id: input.evalRunId,
  };
  return db
    .insertInto('qa_failure_patterns')
    .values({ category: input.category, pattern: input.pattern, window_start: input.windowStart, ...values })
    .onConflict((oc) => oc.columns(['category', 'pattern', 'window_start']).doUpdateSet(values))
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Links the stored patterns of a window to the suggestion made for them. */
export async function linkPatternSuggestion(
  db: Kysely<Database>,
  input: { category: string; pattern: string; windowStart: Date; suggestionId: number },
): Promise<void> {
  await db
    .updateTable('qa_failure_patterns')
    .set({ suggestion_id: input.suggestionId })
    .where('category', '=', input.category)
    .where('pattern', '=', input.pattern)
    .where('window_start', '=', input.windowStart)
    .execute();
}

import { sql, type Kysely, type Transaction } from 'kysely';
import type {
  Database,
  InstructionSuggestion,
  InstructionVersion,
  JsonValue,
  ReviewStatus,
} from '../../schema/tables';
import { mergeSuggestion } from '../learning/instructions/merge-suggestion';
import { LearningConflictError, LearningNotFoundError } from '../learning/learning-errors';
import {
  deployLocked,
  getDeployedInstructions,
  insertDraft,
  lockCategory,
  type Db,
} from './instructions-repo';

/** Instruction suggestions, newest first, optionally of one status or category. */
export async function listSuggestions(
  db: Db,
  filter: { status?: ReviewStatus; category?: string; limit?: number } = {},
): Promise<InstructionSuggestion[]> {
  let query = db
    .selectFrom('instruction_suggestions')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit ?? 100);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.category) query = query.where('category', '=', filter.category);
  return query.execute();
}

/**
 * Approves a pending suggestion: a new version is made from the deployed content (or, when the
 * category has none, `defaultContent`) with the suggestion merged in, and deployed at once.
 */
export async function approveSuggestion(
  db: Kysely<Database>,
  id: number,
  review: { reviewer: string; note?: string | null; defaultContent?: (category: string) => string },
): Promise<{ suggestion: InstructionSuggestion; version: InstructionVersion }> {
  return db.transaction().execute(async (trx) => {
    const suggestion = await pendingSuggestion(trx, id);
    await lockCategory(trx, suggestion.category);
    const deployed = await getDeployedInstructions(trx, suggestion.category);
    const base = deployed?.content ?? review.defaultContent?.(suggestion.category);
    if (base === undefined) {
      throw new LearningConflictError(
        'suggestion',
        id,
        `category ${suggestion.category} has no instructions`,
      );
    }
    const draft = await insertDraft(trx, {
      category: suggestion.category,
      content: mergeSuggestion(base, suggestion.suggested_instruction),
      createdBy: review.reviewer,
      changeNote: `Suggestion ${suggestion.id}: ${suggestion.pattern}`,
      suggestionId: suggestion.id,
    });
    const version = await deployLocked(trx, suggestion.category, draft.version);
    const reviewed = await markReviewed(trx, id, 'approved', review);
    return { suggestion: reviewed, version };
  });
}

/** Rejects a pending suggestion. */
export async function rejectSuggestion(
  db: Kysely<Database>,
  id: number,
  review: { reviewer: string; note?: string | null },
): Promise<InstructionSuggestion> {
  return db.transaction().execute(async (trx) => {
    await pendingSuggestion(trx, id);
    return markReviewed(trx, id, 'rejected', review);
  });
}

async function pendingSuggestion(trx: Transaction<Database>, id: number): Promise<InstructionSuggestion> {
  const row = await trx
    .selectFrom('instruction_suggestions')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw new LearningNotFoundError('suggestion', id);
  if (row.status !== 'pending') throw new LearningConflictError('suggestion', id, `already ${row.status}`);
  return row;
}

async function markReviewed(
  trx: Transaction<Database>,
  id: number,
  status: 'approved' | 'rejected',
  review: { reviewer: string; note?: string | null },
): Promise<InstructionSuggestion> {
  return trx
    .updateTable('instruction_suggestions')
    .set({ status, reviewed_by: review.reviewer, reviewed_at: new Date(), review_note: review.note ?? null })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A suggestion a weekly learning run makes. */
export interface PendingSuggestionInput {
  category: string;
  source: 'eval' | 'corrections';
  pattern: string;
  frequency: number;
  suggestedInstruction: string;
  rationale: string | null;
  evidence: JsonValue[];
  evalRunId: number;
}

/**
 * Queues a suggestion, one pending per category and pattern: when one is already pending (an
 * earlier week's, or this run retried) it is refreshed with the new frequency and evidence
 * instead of queued again. Returns the stored suggestion and whether this call created it.
 */
export async function savePendingSuggestion(
  db: Kysely<Database>,
  input: PendingSuggestionInput,
): Promise<{ suggestion: InstructionSuggestion; created: boolean }> {
  const refreshed = {
    frequency: input.frequency,
    suggested_instruction: input.suggestedInstruction,
    rationale: input.rationale,
    evidence: JSON.stringify(input.evidence),
    eval_run_id: input.evalRunId,
  };
  const row = await db
    .insertInto('instruction_suggestions')
    .values({ category: input.category, source: input.source, pattern: input.pattern, ...refreshed })
    .onConflict((oc) =>
      oc.columns(['category', 'pattern']).where('status', '=', 'pending').doUpdateSet(refreshed),
    )
    .returningAll()
    // xmax is 0 only for a row this statement inserted (an updated row carries the updating transaction's id).
    .returning(sql<boolean>`(xmax = 0)`.as('inserted'))
    .executeTakeFirstOrThrow();
  const { inserted, ...suggestion } = row;
  return { suggestion, created: inserted };
}

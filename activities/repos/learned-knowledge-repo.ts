import { sql, type Kysely } from 'kysely';
import type { Database, LearnedKnowledge, ReviewStatus } from '../../schema/tables';
import { orOfTermsQuery } from '../knowledge/postgres-store';
import { LearningConflictError, LearningNotFoundError } from '../learning/learning-errors';

/** A fact proposed from a conversation, before review. */
export interface ProposedFact {
  fact: string;
  question: string | null;
  category: string | null;
  productArea: string | null;
  language: string;
  sourceConversationId: string | null;
  evidence: Array<Record<string, string | number | null>>;
  confidence: number;
}

/** A learned fact as the API and retrieval see it. */
export interface LearnedFact {
  id: number;
  fact: string;
  question: string | null;
  category: string | null;
  productArea: string | null;
  language: string;
  status: ReviewStatus;
  confidence: number | null;
  sourceConversationId: string | null;
  evidence: unknown[];
  reviewedBy: string | null;
  reviewedAt: Date | null;
  createdAt: Date;
}

/** Stores proposed facts as pending; returns their ids. */
export async function insertPendingFacts(
  db: Kysely<Database>,
  facts: readonly ProposedFact[],
): Promise<number[]> {
  if (facts.length === 0) return [];
  const rows = await db
    .insertInto('learned_knowledge')
    .values(
      facts.map((fact) => ({
        fact: fact.fact,
        question: fact.question,
        category: fact.category,
        product_area: fact.productArea,
        language: fact.language,
        source_conversation_id: fact.sourceConversationId,
        evidence: JSON.stringify(fact.evidence),
        confidence: fact.confidence,
      })),
    )
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

/**
 * The facts already known for a category (or all), whatever their review: a new proposal that
 * repeats one, even a rejected one, is not queued again.
 */
export async function knownFacts(
  db: Kysely<Database>,
  category: string | null,
): Promise<Array<{ fact: string; language: string }>> {
  let query = db
    .selectFrom('learned_knowledge')
    .select(['fact', 'language'])
    .orderBy('id', 'desc')
    .limit(1000);
  if (category) query = query.where('category', '=', category);
  return query.execute();
}

/** Learned facts, newest first, optionally of one status. */
export async function listLearnedFacts(
  db: Kysely<Database>,
  filter: { status?: ReviewStatus; limit?: number } = {},
): Promise<LearnedFact[]> {
  let query = db
    .selectFrom('learned_knowledge')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit ?? 100);
  if (filter.status) query = query.where('status', '=', filter.status);
  return (await query.execute()).map(toLearnedFact);
}

/**
 * Approves or rejects a pending fact. A reviewed fact keeps its decision: reviewing it again is a
 * conflict, so two operators cannot silently overrule each other.
 */
export async function reviewLearnedFact(
  db: Kysely<Database>,
  id: number,
  review: { status: 'approved' | 'rejected'; reviewer: string; note?: string | null },
): Promise<LearnedFact> {
  const updated = await db
    .updateTable('learned_knowledge')
    .set({
      status: review.status,
      reviewed_by: review.reviewer,
      reviewed_at: new Date(),
      review_note: review.note ?? null,
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .returningAll()
    .executeTakeFirst();
  if (updated) return toLearnedFact(updated);
  const existing = await db
    .selectFrom('learned_knowledge')
    .select('status')
    .where('id', '=', id)
    .executeTakeFirst();
  if (!existing) throw new LearningNotFoundError('learned fact', id);
  throw new LearningConflictError('learned fact', id, `already ${existing.status}`);
}

/** One approved fact found by retrieval, with its full-text rank. */
export interface LearnedKnowledgeHit {
  id: number;
  fact: string;
  question: string | null;
  category: string | null;
  productArea: string | null;
  language: string;
  /** When an operator approved it (`YYYY-MM-DD`). */
  reviewedOn: string | null;
  score: number;
}

/**
 * Full-text search over approved learned facts only (pending and rejected ones never reach an
 * answer). All the query's words rank above any one of them; a language narrows the search.
 */
export async function searchLearnedKnowledge(
  db: Kysely<Database>,
  query: { query: string; language?: string; limit?: number },
): Promise<LearnedKnowledgeHit[]> {
  const anyTerm = orOfTermsQuery(query.query);
  if (!anyTerm) return [];
  let search = db
    .selectFrom('learned_knowledge')
    .select([
      'id',
      'fact',
      'question',
      'category',
      'product_area',
      'language',
      'reviewed_at',
      sql<number>`2 * ts_rank(tsv, websearch_to_tsquery('simple', ${query.query})) + ts_rank(tsv, to_tsquery('simple', ${anyTerm}))`.as(
        'score',
      ),
    ])
    .where('status', '=', 'approved')
    .where(sql<boolean>`tsv @@ to_tsquery('simple', ${anyTerm})`)
    .orderBy('score', 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit ?? 5);
  if (query.language) search = search.where('language', '=', query.language);
  const rows = await search.execute();
  return rows.map((row) => ({
    id: row.id,
    fact: row.fact,
    question: row.question,
    category: row.category,
    productArea: row.product_area,
    language: row.language,
    reviewedOn: row.reviewed_at ? row.reviewed_at.toISOString().slice(0, 10) : null,
    score: Number(row.score),
  }));
}

function toLearnedFact(row: LearnedKnowledge): LearnedFact {
  return {
    id: row.id,
    fact: row.fact,
    question: row.question,
    category: row.category,
    productArea: row.product_area,
    language: row.language,
    status: row.status,
    confidence: row.confidence,
    sourceConversationId: row.source_conversation_id,
    evidence: row.evidence,
    reviewedBy: row.reviewed_by,
    reviewedAt: row.reviewed_at,
    createdAt: row.created_at,
  };
}

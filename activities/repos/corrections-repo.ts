import { sql, type Kysely } from 'kysely';
import type { Correction, Database, JsonValue } from '../../schema/tables';
import type { FewShotExample } from '../agents/agent-contract';
import type { Classification, CorrectionClass, KeyChange } from '../learning/corrections/correction-types';
import type { PatternMember } from '../learning/corrections/correction-patterns';

/** A captured correction before classification. */
export interface NewCorrectionInput {
  conversationId: string;
  /** The AI message corrected (`messages.id`). */
  messageId: number;
  chatwootMessageId: number;
  category: string | null;
  specialist: string | null;
  instructionVersion: number | null;
  agentName: string | null;
  originalDraft: string;
  humanText: string;
  editType: 'edited' | 'replaced';
  /** Makes capture idempotent: derived from the Chatwoot message id. */
  idempotencyKey: string;
}

/** Stores a correction once per idempotency key; a repeat returns the stored one's id. */
export async function insertCorrection(
  db: Kysely<Database>,
  input: NewCorrectionInput,
): Promise<{ id: number; duplicate: boolean }> {
  const inserted = await db
    .insertInto('corrections')
    .values({
      conversation_id: input.conversationId,
      message_id: input.messageId,
      chatwoot_message_id: input.chatwootMessageId,
      category: input.category,
      specialist: input.specialist,
      instruction_version: input.instructionVersion,
      agent_name: input.agentName,
      original_draft: input.originalDraft,
      human_text: input.humanText,
      edit_type: input.editType,
      idempotency_key: input.idempotencyKey,
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, duplicate: false };
  const existing = await db
    .selectFrom('corrections')
    .select('id')
    .where('idempotency_key', '=', input.idempotencyKey)
    .executeTakeFirstOrThrow();
  return { id: existing.id, duplicate: true };
}

/** The correction already captured for an AI message, if any (a draft is corrected once). */
export async function correctionOfMessage(db: Kysely<Database>, messageId: number): Promise<number | null> {
  const row = await db
    .selectFrom('corrections')
    .select('id')
    .where('message_id', '=', messageId)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** One correction, or null. */
export async function findCorrection(db: Kysely<Database>, id: number): Promise<Correction | null> {
  return (await db.selectFrom('corrections').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

/** Records the classifier's verdict on a correction. */
export async function saveClassification(
  db: Kysely<Database>,
  id: number,
  classification: Classification,
  model: string,
): Promise<void> {
  await db
    .updateTable('corrections')
    .set({
      classification: classification.classification,
      specific_issue: classification.specificIssue,
      key_changes: JSON.stringify(classification.keyChanges),
      quality_score: classification.qualityScore,
      classifier_model: model,
      classified_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

/** Classified corrections of one category and class created in `[since, until]`, oldest first. */
export async function classifiedCorrectionsBetween(
  db: Kysely<Database>,
  filter: { category: string | null; classification: CorrectionClass; since: Date; until: Date },
): Promise<PatternMember[]> {
  let query = db
    .selectFrom('corrections')
    .select(['id', 'category', 'classification', 'specific_issue', 'created_at'])
    .where('classification', '=', filter.classification)
    .where('created_at', '>=', filter.since)
    .where('created_at', '<=', filter.until)
    .orderBy('created_at')
    .orderBy('id');
  query =
    filter.category === null
      ? query.where('category', 'is', null)
      : query.where('category', '=', filter.category);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    category: row.category,
    classification: row.classification!,
    specificIssue: row.specific_issue,
    createdAt: row.created_at,
  }));
}

const DAY_MS = 86_400_000;

/**
 * The best recent corrections of a category as few-shot examples for its specialist: classified
 * ones of the last `days` days before the end of `today`, the most instructive (quality score)
 * first, then the newest. The customer message is the last one before the corrected AI message.
 */
export async function bestRecentCorrections(
  db: Kysely<Database>,
  query: { category: string; today: string; limit?: number; days?: number },
): Promise<FewShotExample[]> {
  const until = new Date(Date.parse(`${query.today}T00:00:00Z`) + DAY_MS);
  const since = new Date(until.getTime() - (query.days ?? 30) * DAY_MS);
  const rows = await db
    .selectFrom('corrections as c')
    .select([
      'c.original_draft',
      'c.human_text',
      'c.classification',
      'c.specific_issue',
      'c.key_changes',
      (eb) =>
        eb
          .selectFrom('messages as m')
          .select('m.content')
          .whereRef('m.conversation_id', '=', 'c.conversation_id')
          .where('m.author', '=', 'customer')
          .where((inner) => inner('m.id', '<', inner.ref('c.message_id')))
          .orderBy('m.id', 'desc')
          .limit(1)
          .as('customer_message'),
    ])
    .where('c.category', '=', query.category)
    .where('c.classification', 'is not', null)
    .where('c.created_at', '>=', since)
    .where('c.created_at', '<', until)
    .orderBy(sql`coalesce(c.quality_score, 0)`, 'desc')
    .orderBy('c.created_at', 'desc')
    .orderBy('c.id', 'desc')
    .limit(query.limit ?? 5)
    .execute();
  return rows.map((row) => ({
    customerMessage: row.customer_message ?? '',
    aiDraft: row.original_draft,
    humanReply: row.human_text,
    lesson: lessonOf(row.classification!, row.specific_issue, row.key_changes),
  }));
}

/** "accuracy: wrong amount (say $39.50, not $45.00)": the class, the issue and the main value fix. */
export function lessonOf(
  classification: CorrectionClass,
  issue: string | null,
  keyChanges: JsonValue[],
): string {
  const changes = keyChanges as Partial<KeyChange>[];
  const changed = changes.find((change) => change.kind === 'changed' && change.what !== 'sentence');
  const removedPromise = changes.find((change) => change.what === 'promise');
  const detail = changed
    ? ` (say ${changed.to}, not ${changed.from})`
    : removedPromise
      ? ` (never write "${removedPromise.from}")`
      : '';
  return `${classification}: ${issue ?? 'see the human reply'}${detail}`;
}

/** A classified correction as the weekly correction learning reads it. */
export interface LearningCorrection {
  id: number;
  classification: CorrectionClass;
  specificIssue: string | null;
  keyChanges: JsonValue[];
  originalDraft: string;
  humanText: string;
  qualityScore: number | null;
  createdAt: Date;
}

/** The classified corrections of a category created in `[since, until)`, oldest first. */
export async function classifiedCorrectionsOfCategory(
  db: Kysely<Database>,
  filter: { category: string; since: Date; until: Date },
): Promise<LearningCorrection[]> {
  const rows = await db
    .selectFrom('corrections')
    .select([
      'id',
      'classification',
      'specific_issue',
      'key_changes',
      'original_draft',
      'human_text',
      'quality_score',
      'created_at',
    ])
    .where('category', '=', filter.category)
    .where('classification', 'is not', null)
    .where('created_at', '>=', filter.since)
    .where('created_at', '<', filter.until)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    classification: row.classification!,
    specificIssue: row.specific_issue,
    keyChanges: row.key_changes,
    originalDraft: row.original_draft,
    humanText: row.human_text,
    qualityScore: row.quality_score,
    createdAt: row.created_at,
  }));
}

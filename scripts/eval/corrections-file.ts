/**
 * Human corrections to seed into an evaluation (`npm run eval -- --corrections <file.jsonl>`), so
 * the specialists get them as few-shot examples the way they would in production: one JSON object
 * per line, each a customer message, the AI draft and the human's version, classified.
 */
import { readFile } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../schema/tables';
import { DatasetError } from './dataset';

const correctionLine = z.object({
  category: z.string().min(1),
  customer_message: z.string().min(1),
  ai_draft: z.string().min(1),
  human_text: z.string().min(1),
  classification: z.enum(['tone', 'accuracy', 'safety', 'completeness']),
  specific_issue: z.string().min(1),
  key_changes: z.array(z.string()).default([]),
  quality_score: z.number().min(0).max(1).default(0.8),
  /** How long before the evaluation's day the correction was made (few-shot looks 30 days back). */
  days_ago: z.number().int().min(0).max(29).default(3),
});

/** One correction to seed. */
export type CorrectionSeed = z.infer<typeof correctionLine>;

/** Parses JSONL text into corrections (`source` only names the file in errors). */
export function parseCorrections(text: string, source: string): CorrectionSeed[] {
  return text.split('\n').flatMap((line, index) => {
    if (line.trim() === '') return [];
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new DatasetError(`not JSON (${(error as Error).message})`, source, index + 1);
    }
    const parsed = correctionLine.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new DatasetError(`${issue?.path.join('.') || 'line'}: ${issue?.message}`, source, index + 1);
    }
    return [parsed.data];
  });
}

/** Reads a corrections file. */
export async function readCorrections(file: string): Promise<CorrectionSeed[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new DatasetError(`cannot be read (${(error as Error).message})`, file);
  }
  return parseCorrections(text, file);
}

/**
 * Stores each correction as production would have: a conversation with the customer's message and
 * the AI draft, and the classified correction of that draft, `days_ago` days before `today`.
 */
export async function seedCorrections(
  db: Kysely<Database>,
  corrections: readonly CorrectionSeed[],
  today: string,
): Promise<void> {
  for (const [index, c] of corrections.entries()) {
    const conversationId = `eval-correction-${index + 1}`;
    const at = new Date(Date.parse(`${today}T09:00:00Z`) - c.days_ago * 86_400_000);
    await db
      .insertInto('conversations')
      .values({ id: conversationId, channel: 'chatwoot', category: c.category, status: 'resolved' })
      .execute();
    const [customer, draft] = await db
      .insertInto('messages')
      .values([
        {
          conversation_id: conversationId,
          chatwoot_message_id: null,
          direction: 'incoming',
          author: 'customer',
          content: c.customer_message,
          content_attributes: null,
          instruction_version: null,
          idempotency_key: null,
          created_at: at,
        },
        {
          conversation_id: conversationId,
          chatwoot_message_id: null,
          direction: 'outgoing',
          author: 'ai',
          private: true,
          content: c.ai_draft,
          content_attributes: null,
          instruction_version: null,
          idempotency_key: null,
          created_at: at,
        },
      ])
      .returning('id')
      .execute();
    if (!customer || !draft) throw new Error('the seeded messages were not stored');
    await db
      .insertInto('corrections')
      .values({
        conversation_id: conversationId,
        message_id: draft.id,
        chatwoot_message_id: null,
        category: c.category,
        specialist: null,
        instruction_version: null,
        agent_name: null,
        original_draft: c.ai_draft,
        human_text: c.human_text,
        edit_type: 'replaced',
        classification: c.classification,
        specific_issue: c.specific_issue,
        key_changes: JSON.stringify(c.key_changes),
        quality_score: c.quality_score,
        classifier_model: 'seeded',
        idempotency_key: `eval-correction-${index + 1}`,
        created_at: at,
        classified_at: at,
      })
      .execute();
  }
}

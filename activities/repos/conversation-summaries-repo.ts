import type { Kysely } from 'kysely';
import type { Database } from '../../schema/tables';

/** A stored condensation of a conversation's messages through one message. */
export interface ConversationSummary {
  throughMessageId: number;
  summary: string;
}

/** The latest summary of the conversation that covers no message after `throughAtMost`. */
export async function latestSummary(
  db: Kysely<Database>,
  conversationId: string,
  throughAtMost: number,
): Promise<ConversationSummary | null> {
  const row = await db
    .selectFrom('conversation_summaries')
    .select(['through_message_id', 'summary'])
    .where('conversation_id', '=', conversationId)
    .where('through_message_id', '<=', throughAtMost)
    .orderBy('through_message_id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { throughMessageId: row.through_message_id, summary: row.summary } : null;
}

/** Stores a summary; one through the same message already stored (a retried turn) stays. */
export async function saveSummary(
  db: Kysely<Database>,
  conversationId: string,
  summary: ConversationSummary & { model: string },
): Promise<void> {
  await db
    .insertInto('conversation_summaries')
    .values({
      conversation_id: conversationId,
      through_message_id: summary.throughMessageId,
      summary: summary.summary,
      model: summary.model,
    })
    .onConflict((oc) => oc.columns(['conversation_id', 'through_message_id']).doNothing())
    .execute();
}

import type { Kysely } from 'kysely';
import type { Database } from '../../schema/tables';

export interface NewMessage {
  conversationId: string;
  chatwootMessageId: number | null;
  direction: 'incoming' | 'outgoing';
  author: 'customer' | 'ai' | 'human' | 'system';
  private: boolean;
  content: string;
  contentAttributes?: Record<string, unknown> | null;
  instructionVersion?: number | null;
  idempotencyKey: string;
  createdAt?: Date;
}

/** Records a message once: the idempotency key makes a retried activity a no-op. */
export async function insertMessage(db: Kysely<Database>, message: NewMessage): Promise<void> {
  await db
    .insertInto('messages')
    .values({
      conversation_id: message.conversationId,
      chatwoot_message_id: message.chatwootMessageId,
      direction: message.direction,
      author: message.author,
      private: message.private,
      content: message.content,
      content_attributes: message.contentAttributes ? JSON.stringify(message.contentAttributes) : null,
      instruction_version: message.instructionVersion ?? null,
      idempotency_key: message.idempotencyKey,
      ...(message.createdAt ? { created_at: message.createdAt } : {}),
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .execute();
}

export interface StoredMessage {
  id: number;
  direction: string;
  author: string;
  private: boolean;
  content: string;
  createdAt: Date;
}

/**
 * The conversation's most recent messages, oldest first; with `throughId`, the most recent up to
 * and including that message (the conversation as it was when a stored turn answered it).
 */
export async function recentMessages(
  db: Kysely<Database>,
  conversationId: string,
  limit: number,
  options: { throughId?: number } = {},
): Promise<StoredMessage[]> {
  let query = db
    .selectFrom('messages')
    .select(['id', 'direction', 'author', 'private', 'content', 'created_at'])
    .where('conversation_id', '=', conversationId);
  if (options.throughId !== undefined) query = query.where('id', '<=', options.throughId);
  const rows = await query.orderBy('id', 'desc').limit(limit).execute();
  return rows.reverse().map((row) => ({
    id: row.id,
    direction: row.direction,
    author: row.author,
    private: row.private,
    content: row.content,
    createdAt: row.created_at,
  }));
}

/**
 * The last reply the customer saw in the conversation (the AI's or a person's, not a private note
 * or draft): what a short follow-up such as "yes, please do that" answers. Null before any reply.
 */
export async function lastPublicReply(db: Kysely<Database>, conversationId: string): Promise<string | null> {
  const row = await db
    .selectFrom('messages')
    .select('content')
    .where('conversation_id', '=', conversationId)
    .where('author', 'in', ['ai', 'human'])
    .where('private', '=', false)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.content ?? null;
}

/** The customer's message before their latest one, if any: what an identity claim may be answering. */
export async function previousCustomerMessage(
  db: Kysely<Database>,
  conversationId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('messages')
    .select('content')
    .where('conversation_id', '=', conversationId)
    .where('author', '=', 'customer')
    .orderBy('id', 'desc')
    .limit(1)
    .offset(1)
    .executeTakeFirst();
  return row?.content ?? null;
}

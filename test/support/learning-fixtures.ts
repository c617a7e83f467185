import type { Kysely } from 'kysely';
import { loadConfig } from '../../config/config';
import { createLlmRegistry, type LlmRegistry } from '../../activities/llm';
import { learningOfflineHandlers } from '../../activities/offline/learning/handlers';
import { insertMessage } from '../../activities/repos/messages-repo';
import type { Database } from '../../schema/tables';

/** The offline model registry with the learning handlers (what a worker without keys runs). */
export function learningRegistry(): LlmRegistry {
  return createLlmRegistry(loadConfig({ NODE_ENV: 'test' }).llm, {
    offlineHandlers: learningOfflineHandlers(),
  });
}

/** A message of a seeded conversation. */
export interface SeedMessage {
  author: 'customer' | 'ai' | 'human';
  content: string;
  private?: boolean;
  chatwootMessageId?: number;
  contentAttributes?: Record<string, unknown>;
  instructionVersion?: number;
}

/**
 * A conversation row and its messages, stored the way the conversation workflow stores them
 * (same repository, same idempotency keys), for tests that start from a conversation's history.
 */
export async function seedConversation(
  db: Kysely<Database>,
  conversation: {
    id: string;
    email?: string | null;
    category?: string | null;
    specialist?: string | null;
    status?: string;
    accountId?: number;
    chatwootConversationId?: number;
    messages: SeedMessage[];
  },
): Promise<number[]> {
  await db
    .insertInto('conversations')
    .values({
      id: conversation.id,
      account_id: conversation.accountId ?? null,
      chatwoot_conversation_id: conversation.chatwootConversationId ?? null,
      channel: 'chatwoot',
      customer_email: conversation.email ?? null,
      category: conversation.category ?? null,
      specialist: conversation.specialist ?? null,
      status: conversation.status ?? 'open',
    })
    .execute();
  return appendMessages(db, conversation.id, conversation.messages, 'seed');
}

/**
 * Stores messages of a conversation in order, as the workflow stores them, under idempotency keys
 * `<conversation>:<keyPrefix>:<index>` (a prefix per batch); returns their ids.
 */
export async function appendMessages(
  db: Kysely<Database>,
  conversationId: string,
  messages: readonly SeedMessage[],
  keyPrefix: string,
): Promise<number[]> {
  const ids: number[] = [];
  for (const [index, message] of messages.entries()) {
    const key = `${conversationId}:${keyPrefix}:${index}`;
    await insertMessage(db, {
      conversationId,
      chatwootMessageId: message.chatwootMessageId ?? null,
      direction: message.author === 'customer' ? 'incoming' : 'outgoing',
      author: message.author,
      private: message.private ?? false,
      content: message.content,
      contentAttributes: message.contentAttributes ?? null,
      instructionVersion: message.instructionVersion ?? null,
      idempotencyKey: key,
    });
    const row = await db
      .selectFrom('messages')
      .select('id')
      .where('idempotency_key', '=', key)
      .executeTakeFirstOrThrow();
    ids.push(row.id);
  }
  return ids;
}

/** Calls the operator API with an optional bearer token. */
export async function operatorCall(
  baseUrl: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<{ status: number; body: any }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

import { sql, type Kysely } from 'kysely';
import type { Database } from '../../schema/tables';
import type { JsonValue } from '../../schema/column-types';
import { lastRoutedLanguage } from '../../activities/repos/router-outputs-repo';

/*
 * Read-only repository functions the AG-UI endpoint streams from. The workflow's activities write
 * these tables; the endpoint never does.
 */

/** How many of a conversation's latest messages and tool calls a transcript covers. */
const TRANSCRIPT_LIMIT = 400;

/** A stored message, as the transcript needs it. */
export interface MessageRecord {
  id: number;
  author: string;
  private: boolean;
  content: string;
  contentAttributes: Record<string, unknown> | null;
  idempotencyKey: string | null;
  createdAt: Date;
}

/** A stored tool call (read or write), as the transcript needs it. */
export interface ToolRecord {
  id: number;
  toolCallId: string;
  toolName: string;
  kind: 'read' | 'write';
  proposedArgs: Record<string, unknown> | null;
  approvedArgs: Record<string, unknown> | null;
  status: string;
  userApproved: boolean | null;
  result: JsonValue | null;
  error: string | null;
  createdAt: Date;
  confirmedAt: Date | null;
  updatedAt: Date;
}

/** The conversation row the endpoint needs to address the workflow. */
export interface ConversationRecord {
  id: string;
  channel: string;
  accountId: number | null;
  chatwootConversationId: number | null;
  customerEmail: string | null;
}

/**
 * The idempotency key `recordIncomingMessage` stores a customer message under; the endpoint
 * uses it to tell a new widget message from one the workflow has already recorded.
 */
export function incomingMessageKey(conversationId: string, messageId: string): string {
  return `${conversationId}:in:${messageId}`;
}

export async function findConversation(
  db: Kysely<Database>,
  conversationId: string,
): Promise<ConversationRecord | undefined> {
  const row = await db
    .selectFrom('conversations')
    .select(['id', 'channel', 'account_id', 'chatwoot_conversation_id', 'customer_email'])
    .where('id', '=', conversationId)
    .executeTakeFirst();
  return row
    ? {
        id: row.id,
        channel: row.channel,
        accountId: row.account_id,
        chatwootConversationId: row.chatwoot_conversation_id,
        customerEmail: row.customer_email,
      }
    : undefined;
}

/** Has the workflow recorded this customer message yet? */
export async function isIncomingRecorded(
  db: Kysely<Database>,
  conversationId: string,
  messageId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('messages')
    .select('id')
    .where('idempotency_key', '=', incomingMessageKey(conversationId, messageId))
    .executeTakeFirst();
  return row !== undefined;
}

/** The conversation's latest messages, oldest first. */
export async function listMessageRecords(
  db: Kysely<Database>,
  conversationId: string,
): Promise<MessageRecord[]> {
  const rows = await db
    .selectFrom('messages')
    .select(['id', 'author', 'private', 'content', 'content_attributes', 'idempotency_key', 'created_at'])
    .where('conversation_id', '=', conversationId)
    .orderBy('id', 'desc')
    .limit(TRANSCRIPT_LIMIT)
    .execute();
  return rows.reverse().map((row) => ({
    id: Number(row.id),
    author: row.author,
    private: row.private,
    content: row.content,
    contentAttributes: row.content_attributes,
    idempotencyKey: row.idempotency_key,
    createdAt: row.created_at,
  }));
}

/**
 * The conversation's latest tool calls, oldest first, as the customer may see them: a proposal
 * held for the teammate reviewing a draft (and never offered) is left out.
 */
export async function listToolRecords(db: Kysely<Database>, conversationId: string): Promise<ToolRecord[]> {
  const rows = await db
    .selectFrom('tool_executions')
    .select([
      'id',
      'tool_call_id',
      'tool_name',
      'kind',
      'proposed_args',
      'approved_args',
      'status',
      'user_approved',
      'result',
      'error',
      'created_at',
      'confirmation_timestamp',
      'updated_at',
    ])
    .where('conversation_id', '=', conversationId)
    .where('held_at', 'is', null)
    .orderBy('id', 'desc')
    .limit(TRANSCRIPT_LIMIT)
    .execute();
  return rows.reverse().map((row) => ({
    id: Number(row.id),
    toolCallId: row.tool_call_id,
    toolName: row.tool_name,
    kind: row.kind,
    proposedArgs: row.proposed_args,
    approvedArgs: row.approved_args,
    status: row.status,
    userApproved: row.user_approved,
    result: row.result,
    error: row.error,
    createdAt: row.created_at,
    confirmedAt: row.confirmation_timestamp,
    updatedAt: row.updated_at,
  }));
}

/** One tool call of the conversation by its id (a write action's id is its tool-call id). */
export async function findToolRecord(
  db: Kysely<Database>,
  conversationId: string,
  toolCallId: string,
): Promise<Pick<ToolRecord, 'toolCallId' | 'kind' | 'status'> | undefined> {
  const row = await db
    .selectFrom('tool_executions')
    .select(['tool_call_id', 'kind', 'status'])
    .where('conversation_id', '=', conversationId)
    .where('tool_call_id', '=', toolCallId)
    .executeTakeFirst();
  return row ? { toolCallId: row.tool_call_id, kind: row.kind, status: row.status } : undefined;
}

/**
 * The language the widget speaks in this conversation: the router's reading of the customer's
 * latest message, else the preferred language on the customer's account, else null (the browser's).
 */
export async function conversationLanguage(
  db: Kysely<Database>,
  conversationId: string,
): Promise<string | null> {
  const routed = await lastRoutedLanguage(db, conversationId);
  if (routed) return routed;
  const customer = await db
    .selectFrom('conversations')
    // Matches the unique index on lower(email); a contact's address may differ in case.
    .innerJoin('customers', (join) =>
      join.on(sql<boolean>`lower(customers.email) = lower(conversations.customer_email)`),
    )
    .select('customers.preferred_language')
    .where('conversations.id', '=', conversationId)
    .executeTakeFirst();
  return customer?.preferred_language ?? null;
}

import type { Kysely } from 'kysely';
import type { Database } from '../../schema/tables';
import type { Channel, ConversationRef, CustomerRef } from '../../workflows/types';
import { HttpError } from '../http-error';
import { findConversation, type ConversationRecord } from './conversation-records';

/** The conversation a run addresses: where replies go and who the customer is. */
export interface ConversationTarget {
  ref: ConversationRef;
  customer: CustomerRef;
}

const CHANNELS: Record<string, Channel> = { chatwoot: 'chatwoot', web: 'web', email: 'email' };

/** `conversation-web-<uuid>`: the widget's own conversations (POST /api/widget/sessions). */
export const WEB_CONVERSATION_ID =
  /^conversation-web-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Finds the conversation of `threadId` (its workflow id). A widget conversation may have no row
 * yet; any other unknown id is a 404, before the stream starts.
 */
export async function resolveConversation(
  db: Kysely<Database>,
  threadId: string,
): Promise<ConversationTarget> {
  const row = await findConversation(db, threadId);
  if (row) return targetOf(row);
  if (WEB_CONVERSATION_ID.test(threadId)) {
    return {
      ref: { workflowId: threadId, channel: 'web', accountId: null, chatwootConversationId: null },
      customer: { email: null, name: null, chatwootContactId: null },
    };
  }
  throw new HttpError(404, 'conversation_not_found', `There is no conversation ${threadId}.`);
}

/** The target of a stored conversation. */
export function targetOf(row: ConversationRecord): ConversationTarget {
  return {
    ref: {
      workflowId: row.id,
      channel: CHANNELS[row.channel] ?? 'chatwoot',
      accountId: row.accountId,
      chatwootConversationId: row.chatwootConversationId,
    },
    customer: { email: row.customerEmail, name: null, chatwootContactId: null },
  };
}

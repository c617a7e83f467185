import { createHash } from 'node:crypto';
import type { ChatwootWebhook } from './webhook-schemas';

/** Request headers as Node/express expose them (names lower-cased). */
export type IncomingHeaders = Record<string, string | string[] | undefined>;

/**
 * The idempotency key of one delivery. Chatwoot's `X-Chatwoot-Delivery` is generated when the
 * job is enqueued, so its own retries reuse it; older Chatwoot sends none, and then the key is
 * derived from the payload: `<event>:<message id>` for messages, `<event>:<conversation id>:<updated_at>`
 * for conversation events.
 */
export function deliveryKey(headers: IncomingHeaders, payload: ChatwootWebhook): string {
  const header = headerValue(headers, 'x-chatwoot-delivery')?.trim();
  if (header) return header;
  switch (payload.event) {
    case 'message_created':
      return `${payload.event}:${payload.id}`;
    case 'message_updated':
      // A message is updated many times (edit, answer, delete): the content tells updates apart.
      return `${payload.event}:${payload.id}:${digest([payload.content, payload.content_attributes ?? null])}`;
    case 'conversation_created':
    case 'conversation_updated':
    case 'conversation_status_changed':
    case 'conversation_opened':
    case 'conversation_resolved':
      return `${payload.event}:${payload.id}:${payload.updated_at ?? payload.timestamp ?? digest(payload)}`;
    case 'conversation_typing_on':
    case 'conversation_typing_off':
      return `${payload.event}:${payload.conversation.id}:${digest(payload)}`;
    default:
      return `${payload.event}:${payload.id}:${digest(payload)}`;
  }
}

/** The conversation workflow's id: one workflow per Chatwoot account and conversation display id. */
export function conversationWorkflowId(accountId: number, conversationId: number): string {
  return `conversation-${accountId}-${conversationId}`;
}

/** Reads a header case-insensitively; a repeated header yields its first value. */
export function headerValue(headers: IncomingHeaders, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== wanted) continue;
    return Array.isArray(value) ? value[0] : value;
  }
  return undefined;
}

function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}

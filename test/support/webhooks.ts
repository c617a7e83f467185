import { readFileSync } from 'node:fs';
import { signChatwootBody } from '../../api/chatwoot/signature';
import { WEBHOOK_SECRET } from './kesher-harness';

const PAYLOADS = new URL('../fixtures/chatwoot/webhook-payloads/', import.meta.url);

/** A real Chatwoot payload from the reference set, parsed so a test can vary it. */
export function chatwootPayload(name: string): Record<string, any> {
  return JSON.parse(readFileSync(new URL(`${name}.json`, PAYLOADS), 'utf8'));
}

/** A customer's message_created payload for a given conversation, message id and text. */
export function customerMessage(options: {
  conversationId: number;
  messageId: number;
  content: string;
  /** The contact's email; null for a contact with none (a web widget visitor, say). */
  email?: string | null;
  accountId?: number;
  contactId?: number;
}): Record<string, any> {
  const payload = chatwootPayload('message_created.incoming.from_contact');
  payload.id = options.messageId;
  payload.content = options.content;
  payload.conversation.id = options.conversationId;
  if (options.accountId !== undefined) payload.account.id = options.accountId;
  if (options.email !== undefined) {
    payload.sender.email = options.email;
    payload.conversation.meta.sender.email = options.email;
  }
  if (options.contactId !== undefined) {
    payload.sender.id = options.contactId;
    payload.conversation.meta.sender.id = options.contactId;
  }
  return payload;
}

/** A human agent's outgoing message (public) or private note, as Chatwoot posts it. */
export function humanMessage(conversationId: number, messageId: number, content: string, isPrivate: boolean) {
  const payload = chatwootPayload(
    isPrivate ? 'message_created.private_note.from_agent' : 'message_created.outgoing.from_agent',
  );
  payload.id = messageId;
  payload.content = content;
  payload.private = isPrivate;
  payload.conversation.id = conversationId;
  return payload;
}

/** Posts a body to the webhook, signed as Chatwoot signs it unless told otherwise. */
export async function postWebhook(
  baseUrl: string,
  body: string | Record<string, unknown>,
  options: {
    deliveryId?: string;
    secret?: string | null;
    timestamp?: number;
    headers?: Record<string, string>;
  } = {},
): Promise<Response> {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (options.deliveryId) headers['x-chatwoot-delivery'] = options.deliveryId;
  const secret = options.secret === undefined ? WEBHOOK_SECRET : options.secret;
  if (secret !== null) {
    headers['x-chatwoot-timestamp'] = timestamp;
    headers['x-chatwoot-signature'] = signChatwootBody(secret, timestamp, Buffer.from(raw));
  }
  return fetch(`${baseUrl}/webhooks/chatwoot`, {
    method: 'POST',
    headers: { ...headers, ...options.headers },
    body: raw,
  });
}

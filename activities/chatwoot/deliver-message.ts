import type { ChatwootClient, ChatwootMessage } from './chatwoot-client';
import { ChatwootClientError } from './chatwoot-errors';
import type { OutboundItem, OutboxRepository, OutboxRow } from './outbox-port';

/** The `content_attributes` key carrying the idempotency key; the webhook side uses it to skip our echoes. */
export const KESHER_KEY_ATTRIBUTE = 'kesher_key';

export interface DeliverDeps {
  outbox: OutboxRepository;
  /** Undefined when Chatwoot is not configured: items then stay in the local outbox. */
  client: ChatwootClient | undefined;
  /** Told when a lost-response check could not run; defaults to silence. */
  warn?: (message: string, context: Record<string, unknown>) => void;
}

export interface DeliveryResult {
  idempotencyKey: string;
  status: 'sent' | 'local';
  /** Chatwoot's answer (the created message for messages and notes); null for local items. */
  response: unknown;
  /** The Chatwoot message id, for messages and notes that reached Chatwoot. */
  chatwootMessageId: number | null;
  /** True when nothing was sent now: the outbox, or Chatwoot itself, already had it. */
  deduplicated: boolean;
}

/**
 * Performs one outbound side effect at most once per idempotency key. Chatwoot has no idempotency
 * key of its own, so the outbox row is claimed first; a row already `sent` or `local` is answered
 * from the outbox. A message retried after an earlier attempt reached Chatwoot (the response was
 * lost to a timeout) is looked up among the conversation's latest messages by the key stamped in
 * its `content_attributes` before it is posted again. Status, assignment, labels and contact
 * fields set a state, so repeating them is harmless. Errors are recorded and rethrown for the
 * activity's retry policy.
 */
export async function deliverOutbound(deps: DeliverDeps, item: OutboundItem): Promise<DeliveryResult> {
  const { outbox, client } = deps;
  const target =
    client && item.accountId !== null && item.chatwootConversationId !== null
      ? { client, accountId: item.accountId, conversationId: item.chatwootConversationId }
      : undefined;

  const { row, inserted } = await outbox.claim({ ...item, status: target ? 'pending' : 'local' });
  if (row.status === 'sent' || row.status === 'local') return fromRow(row, !inserted);
  // Claimed while Chatwoot was configured and now it is not: the row waits in the outbox.
  if (!target) return { ...fromRow(row, true), status: 'local' };

  const attempts = await outbox.incrementAttempts(item.idempotencyKey);
  try {
    if (attempts > 1 && (item.kind === 'message' || item.kind === 'private_note')) {
      const existing = await findPosted(deps, target, item.idempotencyKey);
      if (existing) {
        await outbox.markSent(item.idempotencyKey, existing);
        return {
          idempotencyKey: item.idempotencyKey,
          status: 'sent',
          response: existing,
          chatwootMessageId: existing.id,
          deduplicated: true,
        };
      }
    }
    const response = await perform(target, item);
    await outbox.markSent(item.idempotencyKey, response);
    return {
      idempotencyKey: item.idempotencyKey,
      status: 'sent',
      response,
      chatwootMessageId: messageIdOf(item, response),
      deduplicated: false,
    };
  } catch (error) {
    await outbox.markFailed(item.idempotencyKey, error instanceof Error ? error.message : String(error));
    throw error;
  }
}

interface Target {
  client: ChatwootClient;
  accountId: number;
  conversationId: number;
}

async function perform({ client, accountId, conversationId }: Target, item: OutboundItem): Promise<unknown> {
  switch (item.kind) {
    case 'message':
    case 'private_note':
      return client.createMessage(accountId, conversationId, {
        content: item.payload.content,
        private: item.kind === 'private_note',
        contentType: item.payload.contentType,
        // The key is stored with the message, which is what lets a retry find it (echo_id is not stored).
        contentAttributes: { ...item.payload.contentAttributes, [KESHER_KEY_ATTRIBUTE]: item.idempotencyKey },
        echoId: item.idempotencyKey,
      });
    case 'toggle_status':
      return client.toggleStatus(accountId, conversationId, item.payload.status, item.payload.snoozedUntil);
    case 'assignment':
      return client.assign(accountId, conversationId, item.payload);
    case 'labels':
      return item.payload.mode === 'add'
        ? client.addLabels(accountId, conversationId, item.payload.current, item.payload.labels)
        : client.setLabels(accountId, conversationId, item.payload.labels);
    case 'contact': {
      const { contactId, ...fields } = item.payload;
      return client.updateContact(accountId, contactId, fields);
    }
  }
}

/**
 * Looks for a message already posted with this key. A token that may not list messages (an agent
 * bot's) gets a 4xx: then the check is skipped and the message re-posted, at-least-once.
 */
async function findPosted(
  deps: DeliverDeps,
  target: Target,
  key: string,
): Promise<ChatwootMessage | undefined> {
  try {
    const { payload } = await target.client.listMessages(target.accountId, target.conversationId);
    return payload.find((m) => m.content_attributes?.[KESHER_KEY_ATTRIBUTE] === key || m.echo_id === key);
  } catch (error) {
    if (!(error instanceof ChatwootClientError)) throw error;
    deps.warn?.('cannot check Chatwoot for an earlier post; re-posting', {
      idempotencyKey: key,
      status: error.status,
    });
    return undefined;
  }
}

function messageIdOf(item: OutboundItem, response: unknown): number | null {
  if (item.kind !== 'message' && item.kind !== 'private_note') return null;
  const id = (response as { id?: unknown } | null)?.id;
  return typeof id === 'number' ? id : null;
}

function fromRow(row: OutboxRow, deduplicated: boolean): DeliveryResult {
  return {
    idempotencyKey: row.idempotencyKey,
    status: row.status === 'sent' ? 'sent' : 'local',
    response: row.chatwootResponse ?? null,
    chatwootMessageId: messageIdOf(row, row.chatwootResponse),
    deduplicated,
  };
}

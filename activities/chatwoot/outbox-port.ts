/**
 * The outbox: every outbound Chatwoot side effect is recorded here by idempotency key before it
 * is attempted, so a retried activity never repeats it. Implemented on the `outbox` table.
 */

export type OutboxKind = 'message' | 'private_note' | 'toggle_status' | 'assignment' | 'labels' | 'contact';
export type OutboxStatus = 'pending' | 'sent' | 'failed' | 'local';

/** A public reply (`message`) or a private note; `contentType`/`contentAttributes` for interactive messages. */
export interface MessagePayload {
  content: string;
  contentType?: string;
  contentAttributes?: Record<string, unknown>;
}

export interface ToggleStatusPayload {
  status: 'open' | 'resolved' | 'pending' | 'snoozed';
  /** Unix seconds; only with `snoozed`. */
  snoozedUntil?: number;
}

export type AssignmentPayload = { assigneeId: number | null } | { teamId: number } | { agentBotId: number };

/** `add` merges with `current` (the conversation's labels as last seen); `replace` sets the list. */
export type LabelsPayload =
  { mode: 'add'; labels: string[]; current: string[] } | { mode: 'replace'; labels: string[] };

/** What to write onto a Chatwoot contact (`PUT …/contacts/:id`); absent fields stay as they are. */
export interface ContactPayload {
  contactId: number;
  email?: string;
  /** Chatwoot's "unique identifier for the contact in external system": the customer id. */
  identifier?: string;
  customAttributes?: Record<string, string>;
}

interface OutboundBase {
  idempotencyKey: string;
  /** Kesher's conversation id (the workflow id). */
  conversationId: string;
  /** Chatwoot account and conversation display id; null for a conversation outside Chatwoot. */
  accountId: number | null;
  chatwootConversationId: number | null;
}

/** One outbound side effect; the payload's shape follows `kind`. */
export type OutboundItem =
  | (OutboundBase & { kind: 'message' | 'private_note'; payload: MessagePayload })
  | (OutboundBase & { kind: 'toggle_status'; payload: ToggleStatusPayload })
  | (OutboundBase & { kind: 'assignment'; payload: AssignmentPayload })
  | (OutboundBase & { kind: 'labels'; payload: LabelsPayload })
  | (OutboundBase & { kind: 'contact'; payload: ContactPayload });

/** A row of the `outbox` table. */
export type OutboxRow = OutboundItem & {
  id: string | number;
  status: OutboxStatus;
  chatwootResponse: unknown;
  error: string | null;
  attempts: number;
  createdAt: Date;
  sentAt: Date | null;
};

/** The outbox repository the delivery logic depends on. */
export interface OutboxRepository {
  /**
   * Inserts the item with `status` unless its idempotency key exists (insert … on conflict do
   * nothing), and returns the stored row either way; `inserted` tells which.
   */
  claim(item: OutboundItem & { status: 'pending' | 'local' }): Promise<{ row: OutboxRow; inserted: boolean }>;
  /** Sets status `sent`, the response and `sent_at`; clears `error`. */
  markSent(idempotencyKey: string, response: unknown): Promise<void>;
  /** Sets status `failed` and the error text (a later attempt may still succeed). */
  markFailed(idempotencyKey: string, error: string): Promise<void>;
  /** Adds one to `attempts` before an attempt reaches Chatwoot; returns the new count. */
  incrementAttempts(idempotencyKey: string): Promise<number>;
}

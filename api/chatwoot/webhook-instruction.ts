import type { ChatwootConversationEvent, ChatwootConversationStatus } from './webhook-schemas';

/** What the Chatwoot webhook route is told to do with one delivery (see `interpret-webhook.ts`). */

export interface WebhookContact {
  id: number;
  name: string | null;
  email: string | null;
}

export interface WebhookAgent {
  id: number;
  name: string | null;
  email: string | null;
}

export interface WebhookAttachment {
  id: number;
  fileType: string;
  url: string | null;
  thumbUrl: string | null;
}

/** What every message instruction carries; `conversationId` is Chatwoot's display id. */
export interface WebhookMessageBase {
  event: 'message_created' | 'message_updated';
  accountId: number;
  conversationId: number;
  inboxId: number;
  messageId: number;
  content: string;
  contentType: string;
  attachments: WebhookAttachment[];
  /** Chatwoot's channel type, e.g. `Channel::WebWidget` or `Channel::Email`. */
  channel: string | null;
  conversationStatus: ChatwootConversationStatus;
  /** ISO-8601. */
  createdAt: string;
}

/** What the API should do with one delivery. */
export type WebhookInstruction =
  | { action: 'ignore'; event: string; reason: string }
  | (WebhookMessageBase & { action: 'customer_message'; contact: WebhookContact })
  | (WebhookMessageBase & { action: 'human_message'; private: boolean; agent: WebhookAgent })
  | (WebhookMessageBase & {
      action: 'message_updated';
      author: 'contact' | 'agent';
      private: boolean;
      deleted: boolean;
      /** The contact's answer to an `input_select`/`form` message, when that is the update. */
      submittedValues: unknown[] | null;
      contentAttributes: Record<string, unknown>;
    })
  | {
      action: 'status_changed';
      event: ChatwootConversationEvent['event'];
      accountId: number;
      conversationId: number;
      status: ChatwootConversationStatus;
      previousStatus: ChatwootConversationStatus | null;
    };

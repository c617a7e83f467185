import { z } from 'zod';

/** Request and response shapes of the Chatwoot application API calls Kesher makes. */

export type ChatwootStatus = 'open' | 'resolved' | 'pending' | 'snoozed';

export interface CreateMessageInput {
  content: string;
  private?: boolean;
  contentType?: string;
  contentAttributes?: Record<string, unknown>;
  /** Sent as `echo_id`; Chatwoot echoes it on its websocket only, it is not stored. */
  echoId?: string;
}

export type AssignTarget = { assigneeId: number | null } | { teamId: number } | { agentBotId: number };

export const messageSchema = z.looseObject({
  id: z.int().positive(),
  content: z.string().nullable().optional(),
  message_type: z.int().optional(),
  private: z.boolean().optional(),
  content_type: z.string().nullable().optional(),
  content_attributes: z.record(z.string(), z.unknown()).nullable().optional(),
  created_at: z.number().optional(),
  echo_id: z.string().nullable().optional(),
});
export const toggleStatusSchema = z.looseObject({
  payload: z.looseObject({
    success: z.boolean().nullable(),
    conversation_id: z.int(),
    current_status: z.string(),
    snoozed_until: z.number().nullable().optional(),
  }),
});
export const labelsSchema = z.looseObject({ payload: z.array(z.string()) });
export const listSchema = z.looseObject({
  meta: z.record(z.string(), z.unknown()).optional(),
  payload: z.array(messageSchema),
});

/** A message as the REST API renders it: integer `message_type`, `created_at` in unix seconds. */
export type ChatwootMessage = z.infer<typeof messageSchema>;
/** `payload` of a toggle_status answer; `success` is null when a bot handed the conversation off. */
export type ToggleStatusResult = z.infer<typeof toggleStatusSchema>['payload'];
export type ListMessagesResult = z.infer<typeof listSchema>;

/** The contact fields Kesher writes. */
export interface UpdateContactInput {
  email?: string;
  identifier?: string;
  customAttributes?: Record<string, string>;
}

/** The Chatwoot application API calls Kesher makes. */
export interface ChatwootClient {
  createMessage(
    accountId: number,
    conversationId: number,
    input: CreateMessageInput,
  ): Promise<ChatwootMessage>;
  toggleStatus(
    accountId: number,
    conversationId: number,
    status: ChatwootStatus,
    snoozedUntil?: number,
  ): Promise<ToggleStatusResult>;
  assign(accountId: number, conversationId: number, target: AssignTarget): Promise<unknown>;
  /** Replaces the conversation's whole label list (that is what Chatwoot's endpoint does). */
  setLabels(accountId: number, conversationId: number, labels: string[]): Promise<string[]>;
  /** Adds labels to `current` (the conversation's labels as last seen) and sets the union. */
  addLabels(
    accountId: number,
    conversationId: number,
    current: string[],
    labels: string[],
  ): Promise<string[]>;
  /**
   * Updates a contact (`PUT /api/v1/accounts/{account}/contacts/{id}`): only the fields given.
   * Chatwoot answers 422 when the email or identifier belongs to another contact of the account.
   */
  updateContact(accountId: number, contactId: number, input: UpdateContactInput): Promise<unknown>;
  /** The latest 20 messages, or 20 before / up to 100 after a message id. */
  listMessages(
    accountId: number,
    conversationId: number,
    page?: { before?: number; after?: number },
  ): Promise<ListMessagesResult>;
}

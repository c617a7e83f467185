import { z } from 'zod';

/**
 * Zod schemas for what Chatwoot (v4.13.0) really POSTs to account webhooks, API-inbox webhooks
 * and agent-bot URLs. Objects are loose so fields we do not read (and fields newer versions add)
 * are kept; the fields we do read are checked strictly.
 */

/** A database id: a positive safe integer (Chatwoot never sends ids as strings). */
const id = z.int().positive();
const jsonObject = z.record(z.string(), z.unknown());

/** The four conversation statuses of `Conversation.statuses`. */
export const conversationStatusSchema = z.enum(['open', 'resolved', 'pending', 'snoozed']);

const accountRef = z.looseObject({ id, name: z.string().optional() });
const inboxRef = z.looseObject({ id, name: z.string().optional() });

/** `Contact#webhook_data`; since PR #6415 it carries no `type` key in the message `sender`. */
const contactShape = {
  id,
  name: z.string().nullable().optional(),
  email: z.string().nullable().optional(),
  phone_number: z.string().nullable().optional(),
  identifier: z.string().nullable().optional(),
};
const contactSchema = z.looseObject(contactShape);

/** A message sender, told apart by `type`; a contact has none (or `contact` in push format). */
export const senderSchema = z.discriminatedUnion('type', [
  z.looseObject({
    type: z.literal('user'),
    id,
    name: z.string().nullable().optional(),
    email: z.string().nullable().optional(),
  }),
  z.looseObject({ type: z.literal('agent_bot'), id, name: z.string().nullable().optional() }),
  z.looseObject({ type: z.literal('captain_assistant'), id, name: z.string().nullable().optional() }),
  z.looseObject({ ...contactShape, type: z.literal('contact').optional() }),
]);

/** A message as nested in `conversation.messages[]` (push format: integer `message_type`). */
const pushMessageSchema = z.looseObject({
  id,
  account_id: id.optional(),
  message_type: z.int().min(0).max(3),
  content: z.string().nullable().optional(),
});

/** `Attachment#push_event_data`. */
export const attachmentSchema = z.looseObject({
  id,
  file_type: z.string(),
  data_url: z.string().nullable().optional(),
  thumb_url: z.string().nullable().optional(),
  extension: z.string().nullable().optional(),
  file_size: z.number().nullable().optional(),
});

/** Rails `previous_changes` as Chatwoot sends it: an array of one-key objects. */
const changedAttributesSchema = z.array(
  z.record(z.string(), z.looseObject({ previous_value: z.unknown(), current_value: z.unknown() })),
);

/** `Conversations::EventDataPresenter#webhook_data`; `id` is the display id used in REST paths. */
export const conversationSchema = z.looseObject({
  id,
  inbox_id: id,
  status: conversationStatusSchema,
  channel: z.string().optional(),
  can_reply: z.boolean().optional(),
  contact_inbox: z
    .looseObject({ id, contact_id: id, inbox_id: id, source_id: z.string().nullable() })
    .nullable()
    .optional(),
  messages: z.array(pushMessageSchema).optional(),
  labels: z.array(z.string()).optional(),
  meta: z
    .looseObject({
      sender: contactSchema.nullable().optional(),
      assignee: z.looseObject({ id }).nullable().optional(),
      assignee_type: z.string().nullable().optional(),
      team: z.looseObject({ id }).nullable().optional(),
    })
    .optional(),
  additional_attributes: jsonObject.nullable().optional(),
  custom_attributes: jsonObject.nullable().optional(),
  snoozed_until: z.union([z.number(), z.string()]).nullable().optional(),
  timestamp: z.number().optional(),
  created_at: z.number().optional(),
  updated_at: z.number().optional(),
});

const messageShape = {
  account: accountRef,
  id,
  content: z.string().nullable(),
  content_type: z.string().nullable().optional(),
  content_attributes: jsonObject.nullable().optional(),
  additional_attributes: jsonObject.nullable().optional(),
  message_type: z.enum(['incoming', 'outgoing', 'activity', 'template']),
  private: z.boolean(),
  sender: senderSchema.nullable(),
  conversation: conversationSchema,
  inbox: inboxRef.optional(),
  created_at: z.iso.datetime({ offset: true }),
  source_id: z.string().nullable().optional(),
  attachments: z.array(attachmentSchema).optional(),
};

const conversationEvent = <E extends string>(event: E) =>
  conversationSchema.extend({
    event: z.literal(event),
    changed_attributes: changedAttributesSchema.nullable().optional(),
  });

const contactEvent = <E extends string>(event: E) =>
  z.looseObject({
    ...contactShape,
    event: z.literal(event),
    account: accountRef,
    changed_attributes: changedAttributesSchema.nullable().optional(),
  });

const typingEvent = <E extends string>(event: E) =>
  z.looseObject({
    event: z.literal(event),
    user: z.looseObject({ id }).nullable().optional(),
    conversation: conversationSchema,
    is_private: z.boolean().optional(),
  });

const inboxEvent = <E extends string>(event: E) =>
  z.looseObject({
    event: z.literal(event),
    id,
    name: z.string().optional(),
    changed_attributes: changedAttributesSchema.nullable().optional(),
  });

export const messageEventSchema = z.discriminatedUnion('event', [
  z.looseObject({ ...messageShape, event: z.literal('message_created') }),
  z.looseObject({ ...messageShape, event: z.literal('message_updated') }),
]);

export const conversationEventSchema = z.discriminatedUnion('event', [
  conversationEvent('conversation_created'),
  conversationEvent('conversation_updated'),
  conversationEvent('conversation_status_changed'),
  conversationEvent('conversation_opened'),
  conversationEvent('conversation_resolved'),
]);

/** Every event Chatwoot delivers to a webhook or an agent bot, told apart by `event`. */
export const chatwootWebhookSchema = z.discriminatedUnion('event', [
  messageEventSchema,
  conversationEventSchema,
  z.looseObject({
    event: z.literal('webwidget_triggered'),
    id,
    contact: contactSchema,
    inbox: inboxRef,
    account: accountRef,
    current_conversation: conversationSchema.nullable().optional(),
    source_id: z.string().nullable().optional(),
    event_info: jsonObject.optional(),
  }),
  contactEvent('contact_created'),
  contactEvent('contact_updated'),
  typingEvent('conversation_typing_on'),
  typingEvent('conversation_typing_off'),
  inboxEvent('inbox_created'),
  inboxEvent('inbox_updated'),
]);

export type ChatwootWebhook = z.infer<typeof chatwootWebhookSchema>;
export type ChatwootMessageEvent = z.infer<typeof messageEventSchema>;
export type ChatwootConversationEvent = z.infer<typeof conversationEventSchema>;
export type ChatwootConversation = z.infer<typeof conversationSchema>;
export type ChatwootSender = z.infer<typeof senderSchema>;
export type ChatwootAttachment = z.infer<typeof attachmentSchema>;
export type ChatwootConversationStatus = z.infer<typeof conversationStatusSchema>;
export type ChatwootEventName = ChatwootWebhook['event'];

import { KESHER_KEY_ATTRIBUTE } from '../../activities/chatwoot/deliver-message';
import type { WebhookContact, WebhookInstruction, WebhookMessageBase } from './webhook-instruction';
import type {
  ChatwootConversation,
  ChatwootConversationEvent,
  ChatwootMessageEvent,
  ChatwootWebhook,
} from './webhook-schemas';
import { conversationStatusSchema } from './webhook-schemas';

export type * from './webhook-instruction';

export interface InterpretOptions {
  /** Messages from a Chatwoot user with this name are Kesher's own (posted with a user token). */
  botName: string;
  /** Conversation events carry no account; used when no nested message names it. */
  accountId?: number;
}

/** Decides, without I/O, what a validated Chatwoot delivery means for Kesher. */
export function interpretWebhook(payload: ChatwootWebhook, options: InterpretOptions): WebhookInstruction {
  switch (payload.event) {
    case 'message_created':
    case 'message_updated':
      return interpretMessage(payload, options);
    case 'conversation_status_changed':
    case 'conversation_opened':
    case 'conversation_resolved':
    case 'conversation_updated':
      return interpretStatus(payload, options);
    case 'conversation_created':
      return ignore(payload.event, 'the first message starts the conversation');
    case 'conversation_typing_on':
    case 'conversation_typing_off':
      return ignore(payload.event, 'typing indicator');
    case 'webwidget_triggered':
      return ignore(payload.event, 'widget opened; nothing written yet');
    case 'contact_created':
    case 'contact_updated':
      return ignore(payload.event, 'contact event');
    case 'inbox_created':
    case 'inbox_updated':
      return ignore(payload.event, 'inbox event');
  }
}

function interpretMessage(payload: ChatwootMessageEvent, options: InterpretOptions): WebhookInstruction {
  const { event, sender } = payload;
  const attributes = payload.content_attributes ?? {};
  const base = messageBase(payload);
  const submitted = Array.isArray(attributes['submitted_values'])
    ? (attributes['submitted_values'] as unknown[])
    : null;

  // A contact answering a bot's input_select arrives as an update of the bot's own message.
  if (event === 'message_updated' && submitted) {
    return {
      ...base,
      action: 'message_updated',
      author: 'contact',
      private: payload.private,
      deleted: false,
      submittedValues: submitted,
      contentAttributes: attributes,
    };
  }
  if (payload.message_type === 'activity') return ignore(event, 'activity message');
  if (payload.message_type === 'template')
    return ignore(event, 'template message (system, campaign or survey)');
  // Kesher stamps what it posts, whichever token posted it: never answer our own echo.
  if (typeof attributes[KESHER_KEY_ATTRIBUTE] === 'string')
    return ignore(event, "echo of Kesher's own message");
  if (sender?.type === 'agent_bot' || sender?.type === 'captain_assistant') {
    return ignore(event, payload.private ? 'private note by a bot' : 'message sent by a bot');
  }
  if (sender?.type === 'user' && sameName(sender.name, options.botName)) {
    return ignore(event, `message sent by the bot's user (${options.botName})`);
  }

  if (event === 'message_updated') {
    if (!sender) return ignore(event, 'update of a message without a sender');
    const author = payload.message_type === 'incoming' ? 'contact' : 'agent';
    const deleted = attributes['deleted'] === true;
    return {
      ...base,
      action: 'message_updated',
      author,
      private: payload.private,
      deleted,
      submittedValues: null,
      contentAttributes: attributes,
    };
  }
  if (!base.content.trim() && base.attachments.length === 0)
    return ignore(event, 'empty message without attachments');

  if (payload.message_type === 'incoming') {
    const contact = contactOf(payload);
    if (!contact) return ignore(event, 'incoming message without a contact');
    return { ...base, action: 'customer_message', contact };
  }
  if (sender?.type !== 'user')
    return ignore(event, 'outgoing message without an agent (automation, campaign or greeting)');
  const agent = { id: sender.id, name: sender.name ?? null, email: sender.email ?? null };
  return { ...base, action: 'human_message', private: payload.private, agent };
}

function interpretStatus(payload: ChatwootConversationEvent, options: InterpretOptions): WebhookInstruction {
  const change = (payload.changed_attributes ?? []).find((entry) => 'status' in entry)?.['status'];
  if (payload.event === 'conversation_updated' && !change) {
    const changed = (payload.changed_attributes ?? []).flatMap((entry) => Object.keys(entry));
    return ignore(payload.event, `no status change (changed: ${changed.join(', ') || 'nothing'})`);
  }
  const accountId = accountOfConversation(payload, options);
  if (accountId === null)
    return ignore(payload.event, 'conversation event names no account and none is configured');
  const previous = conversationStatusSchema.safeParse(change?.previous_value);
  return {
    action: 'status_changed',
    event: payload.event,
    accountId,
    conversationId: payload.id,
    status: payload.status,
    previousStatus: previous.success ? previous.data : null,
  };
}

function messageBase(payload: ChatwootMessageEvent): WebhookMessageBase {
  return {
    event: payload.event,
    accountId: payload.account.id,
    conversationId: payload.conversation.id,
    inboxId: payload.inbox?.id ?? payload.conversation.inbox_id,
    messageId: payload.id,
    content: payload.content ?? '',
    contentType: payload.content_type ?? 'text',
    attachments: (payload.attachments ?? []).map((a) => ({
      id: a.id,
      fileType: a.file_type,
      url: a.data_url ?? null,
      thumbUrl: a.thumb_url ?? null,
    })),
    channel: payload.conversation.channel ?? null,
    conversationStatus: payload.conversation.status,
    createdAt: payload.created_at,
  };
}

/** The message's contact: the sender, else the conversation's contact (the sender may be null). */
function contactOf(payload: ChatwootMessageEvent): WebhookContact | null {
  const sender = payload.sender;
  if (sender && (sender.type === undefined || sender.type === 'contact')) {
    return { id: sender.id, name: sender.name ?? null, email: sender.email ?? null };
  }
  const meta = payload.conversation.meta?.sender;
  if (meta) return { id: meta.id, name: meta.name ?? null, email: meta.email ?? null };
  const contactId = payload.conversation.contact_inbox?.contact_id;
  return contactId ? { id: contactId, name: null, email: null } : null;
}

function accountOfConversation(conversation: ChatwootConversation, options: InterpretOptions): number | null {
  const fromMessage = conversation.messages?.find((m) => m.account_id !== undefined)?.account_id;
  return fromMessage ?? options.accountId ?? null;
}

function sameName(a: string | null | undefined, b: string): boolean {
  return !!a && !!b.trim() && a.trim().toLowerCase() === b.trim().toLowerCase();
}

function ignore(event: string, reason: string): WebhookInstruction {
  return { action: 'ignore', event, reason };
}

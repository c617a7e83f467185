import type { Kysely } from 'kysely';
import type { Database } from '../schema/tables';
import type {
  CarriedState,
  ConversationRef,
  ConversationSettings,
  CustomerRef,
  HumanMessage,
  IncomingMessage,
  PersistedConversation,
} from '../workflows/types';
import { conversationKey } from '../workflows/conversation-token';
import { upsertConversation, saveConversationState } from './repos/conversations-repo';
import { insertMessage } from './repos/messages-repo';

export interface ConversationActivityDeps {
  db: Kysely<Database>;
  settings: ConversationSettings;
  /** The master secret of conversation tokens; each run gets only its own conversation's key. */
  tokenSecret: string | undefined;
}

/** Activities that persist the conversation and its messages. */
export function createConversationActivities({ db, settings, tokenSecret }: ConversationActivityDeps) {
  return {
    /** Opens (or re-opens) the conversation's row; hands the run its settings and what was persisted. */
    async openConversation(input: { ref: ConversationRef; customer: CustomerRef }): Promise<{
      settings: ConversationSettings;
      persisted: PersistedConversation | null;
      tokenKey: string | null;
    }> {
      const persisted = await upsertConversation(db, input.ref, input.customer);
      const tokenKey = tokenSecret ? conversationKey(tokenSecret, input.ref.workflowId) : null;
      return { settings, persisted, tokenKey };
    },

    async saveConversation(input: { conversationId: string; carried: CarriedState }): Promise<void> {
      await saveConversationState(db, input.conversationId, input.carried);
    },

    async recordIncomingMessage(input: { conversationId: string; message: IncomingMessage }): Promise<void> {
      const { message } = input;
      await insertMessage(db, {
        conversationId: input.conversationId,
        chatwootMessageId: message.chatwootMessageId,
        direction: 'incoming',
        author: 'customer',
        private: false,
        content: message.content,
        contentAttributes: message.attachments.length ? { attachments: message.attachments } : null,
        idempotencyKey: `${input.conversationId}:in:${message.messageId}`,
        createdAt: new Date(message.sentAt),
      });
    },

    async recordHumanMessage(input: { conversationId: string; message: HumanMessage }): Promise<void> {
      const { message } = input;
      await insertMessage(db, {
        conversationId: input.conversationId,
        chatwootMessageId: message.chatwootMessageId,
        direction: 'outgoing',
        author: 'human',
        private: message.private,
        content: message.content,
        contentAttributes: message.agentName ? { agent: message.agentName } : null,
        idempotencyKey: `${input.conversationId}:human:${message.messageId}`,
        createdAt: new Date(message.sentAt),
      });
    },
  };
}

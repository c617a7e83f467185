import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { ConversationView, HumanMessage, IncomingMessage, StatusChange } from './types';

/**
 * The conversation workflow's message definitions. The API and the tests use these objects,
 * never string names.
 */

/** A customer wrote; queued and handled in order, one turn at a time. */
export const customerMessageSignal = defineSignal<[IncomingMessage]>('customerMessage');

/** A human agent wrote in Chatwoot (reply or private note); recorded, never answered. */
export const humanMessageSignal = defineSignal<[HumanMessage]>('humanMessage');

/** Chatwoot changed the conversation's status (resolved, reopened, handed back to the bot). */
export const statusChangedSignal = defineSignal<[StatusChange]>('statusChanged');

/** The conversation's current read model. */
export const conversationViewQuery = defineQuery<ConversationView>('conversationView');

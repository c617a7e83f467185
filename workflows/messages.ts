import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { ConfirmActionInput, ConfirmActionResult, PendingAction } from './action-types';
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

/** The write actions proposed in this conversation that still wait for the customer, oldest first. */
export const pendingActionsQuery = defineQuery<PendingAction[]>('pendingActions');

/**
 * The write actions of drafted turns, held from the customer until the teammate reviewing the
 * draft offers them (web: the operator API's `offerChange`; Chatwoot and email: a public reply
 * carrying the form link). For operators only, never for the widget.
 */
export const heldActionsQuery = defineQuery<PendingAction[]>('heldActions');

/**
 * The customer approves (possibly with edited arguments) or rejects a pending action. The
 * validator rejects an unknown, expired or already-answered action, a wrong token and invalid
 * arguments before anything reaches history; the update returns once the action has been handled.
 */
export const confirmActionUpdate = defineUpdate<ConfirmActionResult, [ConfirmActionInput]>('confirmAction');

import { patched, proxyActivities, type proxyLocalActivities } from '@temporalio/workflow';
import type { createActivities } from '../activities/create-activities';
import { OUTBOUND_ACTIVITY } from './activity-options';
import { handOver } from './basic-turn';
import type { ConversationState } from './conversation-state';
import { mayNameAccount } from './identity-claim';
import { orLogFailure } from './logged-failure';
import { failureNote } from './turn-decision';
import type { IncomingMessage, RouteResult, TurnOutcome } from './types';

type Activities = ReturnType<typeof createActivities>;
type Store = ReturnType<typeof proxyLocalActivities<Activities>>;
const outbound = proxyActivities<Activities>(OUTBOUND_ACTIVITY);

/**
 * What the identity step left the turn to do: nothing (`go on`, with the message to answer,
 * which is the request that waited for the account once the sender is verified, and a sentence to
 * open the reply with), or the turn is over (`done`).
 */
export type IdentityStep =
  | { kind: 'go on'; message: IncomingMessage; opening: string | null }
  | { kind: 'done'; outcome: TurnOutcome };

/** Whether this message may need the identity step: a sender not tied to any account naming one. */
export function needsIdentityStep(state: ConversationState, message: IncomingMessage): boolean {
  return !state.verifiedEmail && !state.senderKnown && mayNameAccount(message.content);
}

/**
 * The identity step of a turn whose sender's address is no customer's (see
 * `activities/identity/identity-activities.ts`): a claim to an account is answered by emailing
 * the account a code, and the code typed back ties the conversation to the account and answers the
 * request that waited for it. A code that cannot be emailed hands the conversation to a person.
 */
export async function identityStep(
  store: Store,
  state: ConversationState,
  message: IncomingMessage,
  route: RouteResult,
): Promise<IdentityStep> {
  const identity = await store.identifySender({
    conversationId: state.ref.workflowId,
    messageKey: message.messageId,
    senderEmail: message.customer.email ?? state.customer.email,
    text: message.content,
  });
  switch (identity.kind) {
    case 'known':
      state.senderKnown = true;
      return { kind: 'go on', message, opening: null };
    case 'none':
      return { kind: 'go on', message, opening: null };
    case 'verified':
      state.verifiedEmail = identity.email;
      if (state.ref.channel !== 'web' && patched('link-verified-contact')) {
        await linkContact(state, message, identity);
      }
      if (identity.question) {
        return { kind: 'go on', message: { ...message, content: identity.question }, opening: identity.text };
      }
      return { kind: 'done', outcome: await reply(state, message, route, identity.text) };
    case 'reply':
      if (identity.mailKey) {
        try {
          await outbound.sendMail({ mailKey: identity.mailKey });
        } catch (error) {
          return {
            kind: 'done',
            outcome: await mailFailed(state, message, route, identity.mailFailedText, error),
          };
        }
      }
      return { kind: 'done', outcome: await reply(state, message, route, identity.text) };
  }
}

/**
 * Writes the proved account onto the sender's Chatwoot contact, with a private note for the team.
 * A convenience for the team: when Chatwoot refuses for good, the turn goes on without it.
 */
async function linkContact(
  state: ConversationState,
  message: IncomingMessage,
  identity: { email: string; customerId: string },
): Promise<void> {
  const contactId = message.customer.chatwootContactId ?? state.customer.chatwootContactId;
  await orLogFailure(
    'the verified account could not be written onto the Chatwoot contact',
    { contactId },
    () =>
      outbound.linkVerifiedContact({
        idempotencyKey: `${state.ref.workflowId}:verified:${message.messageId}`,
        ref: state.ref,
        contactId,
        contactEmail: message.customer.email ?? state.customer.email,
        email: identity.email,
        customerId: identity.customerId,
      }),
  );
}

async function reply(
  state: ConversationState,
  message: IncomingMessage,
  route: RouteResult,
  content: string,
): Promise<TurnOutcome> {
  const replyMessageId = `${state.ref.workflowId}:reply:${message.messageId}`;
  await outbound.deliverMessage({
    idempotencyKey: replyMessageId,
    ref: state.ref,
    content,
    private: false,
    contentAttributes: {
      kesher: {
        kind: 'reply',
        category: route.category,
        agent: 'identity',
        sourceMessageId: message.messageId,
      },
    },
  });
  return { kind: 'sent', replyMessageId, category: route.category };
}

async function mailFailed(
  state: ConversationState,
  message: IncomingMessage,
  route: RouteResult,
  text: string,
  error: unknown,
): Promise<TurnOutcome> {
  await reply(state, message, route, text);
  const failed =
    'The sender writes from an address no account has and named an account; emailing the verification ' +
    `code failed: ${error instanceof Error ? error.message : String(error)}. Verify the sender another way ` +
    'before sharing account details.';
  const note = failureNote(route, message.content, failed);
  return handOver(state, message, route, note);
}

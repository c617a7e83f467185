import { ApplicationFailure } from '@temporalio/common';
import type { Kysely } from 'kysely';
import type { Database } from '../schema/tables';
import type { ConversationRef, HandoffNote } from '../workflows/types';
import type { ChatwootClient } from './chatwoot/chatwoot-client';
import { ChatwootClientError, ChatwootHttpError } from './chatwoot/chatwoot-errors';
import { deliverOutbound, type DeliveryResult } from './chatwoot/deliver-message';
import type { ContactPayload, OutboundItem } from './chatwoot/outbox-port';
import { insertMessage } from './repos/messages-repo';
import { createOutboxRepository } from './repos/outbox-repo';

export interface OutboundActivityDeps {
  db: Kysely<Database>;
  chatwoot: ChatwootClient | undefined;
  /** Team id per category's specialist (`human` for human_request), for handoff assignment. */
  teams: Record<string, number>;
}

type ItemFor = { idempotencyKey: string; ref: ConversationRef };

function base(
  input: ItemFor,
): Pick<OutboundItem, 'idempotencyKey' | 'conversationId' | 'accountId' | 'chatwootConversationId'> {
  return {
    idempotencyKey: input.idempotencyKey,
    conversationId: input.ref.workflowId,
    accountId: input.ref.accountId,
    chatwootConversationId: input.ref.chatwootConversationId,
  };
}

/** Renders the handoff note a human agent reads as a private note. */
export function renderHandoffNote(note: HandoffNote): string {
  const lines = [
    `🤝 Handoff to a human — reason: ${note.reason.replace(/_/g, ' ')}`,
    '',
    `Summary: ${note.summary}`,
    `Customer sentiment: ${note.sentiment}`,
    note.whatWasTried.length ? `What was tried:\n${note.whatWasTried.map((t) => `• ${t}`).join('\n')}` : null,
    note.toolResults.length ? `Tool results:\n${note.toolResults.map((t) => `• ${t}`).join('\n')}` : null,
    `Suggested next step: ${note.suggestedNextStep}`,
  ];
  return lines.filter((line) => line !== null).join('\n');
}

/** Activities with outbound side effects; each is idempotent by its key. */
export function createOutboundActivities(deps: OutboundActivityDeps) {
  const outbox = createOutboxRepository(deps.db);
  const deliver = async (item: OutboundItem): Promise<DeliveryResult> => {
    try {
      return await deliverOutbound({ outbox, client: deps.chatwoot }, item);
    } catch (error) {
      if (error instanceof ChatwootHttpError && !error.retryable) {
        throw ApplicationFailure.create({
          type: 'ChatwootClientError',
          message: error.message,
          nonRetryable: true,
          cause: error,
        });
      }
      throw error;
    }
  };

  /** Posts a message or private note once, then records it with the same idempotency key. */
  const post = async (
    input: ItemFor,
    message: {
      content: string;
      private: boolean;
      contentAttributes?: Record<string, unknown>;
      instructionVersion?: number | null;
    },
  ): Promise<DeliveryResult> => {
    const result = await deliver({
      ...base(input),
      kind: message.private ? 'private_note' : 'message',
      payload: { content: message.content },
    });
    await insertMessage(deps.db, {
      conversationId: input.ref.workflowId,
      chatwootMessageId: result.chatwootMessageId,
      direction: 'outgoing',
      author: 'ai',
      private: message.private,
      content: message.content,
      contentAttributes: message.contentAttributes ?? null,
      instructionVersion: message.instructionVersion ?? null,
      idempotencyKey: input.idempotencyKey,
    });
    return result;
  };

  return {
    /** Posts a reply (or a private-note draft) to the customer's conversation, once, and records it. */
    async deliverMessage(
      input: ItemFor & {
        content: string;
        private: boolean;
        instructionVersion?: number | null;
        /** Recorded with the message: what the AI meant it as (reply, draft, action result). */
        contentAttributes?: Record<string, unknown>;
      },
    ): Promise<{ chatwootMessageId: number | null; status: 'sent' | 'local' }> {
      const result = await post(input, input);
      return { chatwootMessageId: result.chatwootMessageId, status: result.status };
    },

    /**
     * Hands the conversation to a human in Chatwoot: the note as a private note, assignment to the
     * team, labels, and status open (Chatwoot's bot handoff). The workflow persists the escalation.
     */
    async handOff(input: ItemFor & { note: HandoffNote; category: string }): Promise<void> {
      await post(
        { ref: input.ref, idempotencyKey: `${input.idempotencyKey}:note` },
        { content: renderHandoffNote(input.note), private: true, contentAttributes: { handoff: input.note } },
      );
      const teamId = input.note.team ? deps.teams[input.note.team] : undefined;
      if (teamId !== undefined) {
        await deliver({
          ...base(input),
          idempotencyKey: `${input.idempotencyKey}:assign`,
          kind: 'assignment',
          payload: { teamId },
        });
      }
      // The webhook does not carry the conversation's labels to here yet, so this sets the list.
      await deliver({
        ...base(input),
        idempotencyKey: `${input.idempotencyKey}:labels`,
        kind: 'labels',
        payload: {
          mode: 'replace',
          labels: ['kesher-handoff', `reason-${input.note.reason}`, input.category],
        },
      });
      await deliver({
        ...base(input),
        idempotencyKey: `${input.idempotencyKey}:status`,
        kind: 'toggle_status',
        payload: { status: 'open' },
      });
    },

    /**
     * After a sender proved an account with the emailed code: writes the account onto their
     * Chatwoot contact (the customer id as the contact's `identifier`, the account's email when the
     * contact has none, and both as custom attributes), so the team sees who they are and the
     * contact's next conversation starts known; then a private note says what was done. Chatwoot
     * refuses an email or identifier another contact already holds (422): then only the custom
     * attributes are written, and the note says so.
     */
    async linkVerifiedContact(
      input: ItemFor & {
        contactId: number | null;
        /** The contact's own email, kept when it has one. */
        contactEmail: string | null;
        email: string;
        customerId: string;
      },
    ): Promise<{ contact: 'linked' | 'attributes' | 'refused' | 'none' }> {
      const attributes = { kesher_customer_id: input.customerId, kesher_verified_email: input.email };
      const update = async (suffix: string, payload: Omit<ContactPayload, 'contactId'>) => {
        try {
          await deliverOutbound(
            { outbox, client: deps.chatwoot },
            {
              ...base(input),
              idempotencyKey: `${input.idempotencyKey}:${suffix}`,
              kind: 'contact',
              payload: { contactId: input.contactId!, ...payload },
            },
          );
          return true;
        } catch (error) {
          if (error instanceof ChatwootClientError) return false;
          throw error;
        }
      };
      let contact: 'linked' | 'attributes' | 'refused' | 'none' = 'none';
      if (input.contactId !== null && deps.chatwoot) {
        const linked = await update('contact', {
          identifier: input.customerId,
          ...(input.contactEmail ? {} : { email: input.email }),
          customAttributes: attributes,
        });
        contact = linked
          ? 'linked'
          : (await update('contact-attributes', { customAttributes: attributes }))
            ? 'attributes'
            : 'refused';
      }
      const done: Record<typeof contact, string> = {
        linked: `The Chatwoot contact now carries the account (identifier ${input.customerId}${input.contactEmail ? '' : `, email ${input.email}`}).`,
        attributes: `Chatwoot refused the account's email or id on this contact (another contact holds it), so only its custom attributes kesher_customer_id and kesher_verified_email carry it.`,
        refused: 'Chatwoot refused to update the contact; link it by hand if needed.',
        none: '',
      };
      await post(
        { ref: input.ref, idempotencyKey: `${input.idempotencyKey}:note` },
        {
          content:
            `✅ The sender proved the account ${input.email} (${input.customerId}) with the code emailed to it; the AI now answers from that account. ${done[contact]}`.trim(),
          private: true,
        },
      );
      return { contact };
    },
  };
}

import { ApplicationFailure } from '@temporalio/common';
import type { Kysely } from 'kysely';
import type { Database } from '../schema/tables';
import type { ConversationRef, HandoffNote } from '../workflows/types';
import type { ChatwootClient } from './chatwoot/chatwoot-client';
import { ChatwootHttpError } from './chatwoot/chatwoot-errors';
import { deliverOutbound, type DeliveryResult } from './chatwoot/deliver-message';
import type { OutboundItem } from './chatwoot/outbox-port';
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
  };
}

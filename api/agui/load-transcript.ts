import type { Kysely } from 'kysely';
import type { Database } from '../../schema/tables';
import type { PendingAction } from '../../workflows/action-types';
import { listMessageRecords, listToolRecords } from './conversation-records';
import { buildTranscript, itemKey, type TranscriptItem } from './transcript';

/**
 * The conversation's transcript from the database, plus a form for any pending action the
 * workflow reports that is not stored yet (the workflow is the authority on what is pending).
 */
export async function loadTranscript(
  db: Kysely<Database>,
  conversationId: string,
  pending: readonly PendingAction[] = [],
): Promise<TranscriptItem[]> {
  const [messages, tools] = await Promise.all([
    listMessageRecords(db, conversationId),
    listToolRecords(db, conversationId),
  ]);
  return withItems(buildTranscript(conversationId, messages, tools), pendingForms(pending));
}

/** A form for each pending action, as the transcript shows it. */
export function pendingForms(pending: readonly PendingAction[]): TranscriptItem[] {
  return pending.map((action) => ({
    kind: 'form',
    toolCallId: action.actionId,
    toolName: action.toolName,
    args: action.proposedArgs,
  }));
}

/** `items` with each of `extras` appended unless an item with its key is already there. */
export function withItems(items: TranscriptItem[], extras: readonly TranscriptItem[]): TranscriptItem[] {
  const keys = new Set(items.map(itemKey));
  return [...items, ...extras.filter((extra) => !keys.has(itemKey(extra)))];
}

import type { MessageRecord, ToolRecord } from './conversation-records';

/**
 * The conversation as the customer sees it, built from the database: their messages, the AI's
 * and agents' public replies, a card for each read-tool call, a form for each proposed write
 * and the outcome of each answered one. Private notes never appear. One builder feeds both the
 * MESSAGES_SNAPSHOT of a (re)loaded page and the events of a live run, so the ids a client
 * sees while streaming are the ids a later snapshot replaces them with.
 */
export type TranscriptItem =
  | { kind: 'user'; id: string; content: string }
  | { kind: 'text'; id: string; content: string; name?: string }
  | { kind: 'card'; toolCallId: string; toolName: string; args: Record<string, unknown>; content: string }
  | { kind: 'form'; toolCallId: string; toolName: string; args: Record<string, unknown> }
  | { kind: 'outcome'; toolCallId: string; content: string };

/** The id of the tool message carrying a tool call's result. */
export const resultMessageId = (toolCallId: string): string => `${toolCallId}:result`;

/** A stable key per item, to tell what a run added to the transcript. */
export function itemKey(item: TranscriptItem): string {
  switch (item.kind) {
    case 'user':
    case 'text':
      return `message:${item.id}`;
    case 'card':
    case 'form':
      return `call:${item.toolCallId}`;
    case 'outcome':
      return `result:${item.toolCallId}`;
  }
}

/** What an answered write action's tool message says (the same shape the live run streams). */
export interface ActionOutcomeContent {
  actionId: string;
  status: string;
  result: unknown;
  error: string | null;
}

/** Statuses after which a write action has an outcome to show. */
const DECIDED_STATUSES = new Set(['rejected', 'expired', 'succeeded', 'failed']);

interface Placed {
  at: number;
  /** Orders items with the same timestamp: the customer's message, then cards, then replies. */
  rank: number;
  seq: number;
  item: TranscriptItem;
}

const RANKS = { user: 0, card: 1, text: 2 } as const;

function messageId(conversationId: string, record: MessageRecord): string {
  const prefix = `${conversationId}:in:`;
  // Customer messages keep the id the client (or Chatwoot) gave them, so the client's own copy matches.
  if (record.author === 'customer' && record.idempotencyKey?.startsWith(prefix)) {
    return record.idempotencyKey.slice(prefix.length);
  }
  return `msg-${record.id}`;
}

function fromMessage(conversationId: string, record: MessageRecord): Placed | null {
  const base = { at: record.createdAt.getTime(), seq: record.id };
  const id = messageId(conversationId, record);
  if (record.author === 'customer') {
    return { ...base, rank: RANKS.user, item: { kind: 'user', id, content: record.content } };
  }
  if (record.private || (record.author !== 'ai' && record.author !== 'human')) return null;
  const agent = record.contentAttributes?.agent;
  const name = record.author === 'human' ? (typeof agent === 'string' ? agent : 'Support team') : undefined;
  return {
    ...base,
    rank: RANKS.text,
    item: { kind: 'text', id, content: record.content, ...(name ? { name } : {}) },
  };
}

function fromRead(record: ToolRecord): Placed {
  const content = record.error
    ? JSON.stringify({ ok: false, error: record.error })
    : JSON.stringify(record.result ?? null);
  return {
    at: record.createdAt.getTime(),
    rank: RANKS.card,
    seq: record.id,
    item: {
      kind: 'card',
      toolCallId: record.toolCallId,
      toolName: record.toolName,
      args: record.proposedArgs ?? record.approvedArgs ?? {},
      content,
    },
  };
}

/** The tool message content of a decided write action. */
export function outcomeContent(record: ToolRecord): string {
  const content: ActionOutcomeContent = {
    actionId: record.toolCallId,
    status: record.status,
    result: record.result ?? null,
    error: record.error,
  };
  return JSON.stringify(content);
}

/**
 * Where a proposal goes: right after the reply of the turn that made it (the reply introduces the
 * form), or at its own time when that turn had no public reply.
 */
function formIndex(items: Placed[], at: number): number {
  const first = items.findIndex((placed) => placed.at > at);
  const start = first === -1 ? items.length : first;
  for (let i = start; i < items.length; i++) {
    const placed = items[i]!;
    if (placed.item.kind === 'user') break;
    if (placed.item.kind === 'text') return i + 1;
  }
  return start;
}

/** Builds the transcript from the conversation's stored messages and tool calls. */
export function buildTranscript(
  conversationId: string,
  messages: readonly MessageRecord[],
  tools: readonly ToolRecord[],
): TranscriptItem[] {
  const placed: Placed[] = [
    ...messages.flatMap((record) => fromMessage(conversationId, record) ?? []),
    ...tools.filter((record) => record.kind === 'read').map(fromRead),
  ].sort((a, b) => a.at - b.at || a.rank - b.rank || a.seq - b.seq);

  const writes = tools.filter((record) => record.kind === 'write');
  for (const record of writes) {
    const at = record.createdAt.getTime();
    const form: Placed = {
      at,
      rank: RANKS.text,
      seq: record.id,
      item: {
        kind: 'form',
        toolCallId: record.toolCallId,
        toolName: record.toolName,
        args: record.proposedArgs ?? {},
      },
    };
    const index = formIndex(placed, at);
    placed.splice(index, 0, form);
    if (!DECIDED_STATUSES.has(record.status)) continue;
    // The outcome follows the decision: after the form, before whatever was said after it.
    const decidedAt = (record.confirmedAt ?? record.updatedAt).getTime();
    const later = placed.findIndex((other, i) => i > index && other.at > decidedAt);
    placed.splice(later === -1 ? placed.length : later, 0, {
      at: decidedAt,
      rank: RANKS.text,
      seq: record.id,
      item: { kind: 'outcome', toolCallId: record.toolCallId, content: outcomeContent(record) },
    });
  }
  return placed.map((entry) => entry.item);
}

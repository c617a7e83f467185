import { EventType, type AGUIEvent, type Message } from '@ag-ui/core';
import { resultMessageId, type TranscriptItem } from './transcript';

/*
 * The transcript in AG-UI's two shapes: messages for MESSAGES_SNAPSHOT, events for a live run.
 * A card or form is an assistant message whose id is the tool-call id, because that is the
 * message the client builds from a TOOL_CALL_START without a parentMessageId; the result is a
 * tool message `<toolCallId>:result`, as TOOL_CALL_RESULT builds it.
 */

const toolCallMessage = (toolCallId: string, toolName: string, args: Record<string, unknown>): Message => ({
  id: toolCallId,
  role: 'assistant',
  toolCalls: [
    { id: toolCallId, type: 'function', function: { name: toolName, arguments: JSON.stringify(args) } },
  ],
});

const toolResultMessage = (toolCallId: string, content: string): Message => ({
  id: resultMessageId(toolCallId),
  role: 'tool',
  toolCallId,
  content,
});

const MESSAGE_ENCODERS: {
  [Kind in TranscriptItem['kind']]: (item: Extract<TranscriptItem, { kind: Kind }>) => Message[];
} = {
  user: (item) => [{ id: item.id, role: 'user', content: item.content }],
  text: (item) => [
    { id: item.id, role: 'assistant', content: item.content, ...(item.name ? { name: item.name } : {}) },
  ],
  card: (item) => [
    toolCallMessage(item.toolCallId, item.toolName, item.args),
    toolResultMessage(item.toolCallId, item.content),
  ],
  form: (item) => [toolCallMessage(item.toolCallId, item.toolName, item.args)],
  outcome: (item) => [toolResultMessage(item.toolCallId, item.content)],
};

const toolCallEvents = (toolCallId: string, toolName: string, args: Record<string, unknown>): AGUIEvent[] => [
  { type: EventType.TOOL_CALL_START, toolCallId, toolCallName: toolName },
  { type: EventType.TOOL_CALL_ARGS, toolCallId, delta: JSON.stringify(args) },
  { type: EventType.TOOL_CALL_END, toolCallId },
];

const toolResultEvent = (toolCallId: string, content: string): AGUIEvent => ({
  type: EventType.TOOL_CALL_RESULT,
  messageId: resultMessageId(toolCallId),
  toolCallId,
  content,
  role: 'tool',
});

const textEvents = (id: string, content: string, role: 'assistant' | 'user', name?: string): AGUIEvent[] => [
  { type: EventType.TEXT_MESSAGE_START, messageId: id, role, ...(name ? { name } : {}) },
  { type: EventType.TEXT_MESSAGE_CONTENT, messageId: id, delta: content },
  { type: EventType.TEXT_MESSAGE_END, messageId: id },
];

const EVENT_ENCODERS: {
  [Kind in TranscriptItem['kind']]: (item: Extract<TranscriptItem, { kind: Kind }>) => AGUIEvent[];
} = {
  user: (item) => textEvents(item.id, item.content, 'user'),
  text: (item) => textEvents(item.id, item.content, 'assistant', item.name),
  card: (item) => [
    ...toolCallEvents(item.toolCallId, item.toolName, item.args),
    toolResultEvent(item.toolCallId, item.content),
  ],
  // A form is a tool call with no result: the client renders it and the customer answers it.
  form: (item) => toolCallEvents(item.toolCallId, item.toolName, item.args),
  outcome: (item) => [toolResultEvent(item.toolCallId, item.content)],
};

function encodeWith<T>(
  encoders: { [Kind in TranscriptItem['kind']]: (item: Extract<TranscriptItem, { kind: Kind }>) => T[] },
  item: TranscriptItem,
): T[] {
  return (encoders[item.kind] as (item: TranscriptItem) => T[])(item);
}

/** The transcript as AG-UI messages (MESSAGES_SNAPSHOT). */
export function transcriptMessages(items: readonly TranscriptItem[]): Message[] {
  return items.flatMap((item) => encodeWith(MESSAGE_ENCODERS, item));
}

/** Transcript items as the events of a live run. */
export function transcriptEvents(items: readonly TranscriptItem[]): AGUIEvent[] {
  return items.flatMap((item) => encodeWith(EVENT_ENCODERS, item));
}

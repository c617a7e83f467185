import { useEffect, useRef, type ReactElement } from 'react';
import type { Message } from '@ag-ui/client';
import type { ActionDecision } from '../session/kesher-conversation';
import type { SessionParams } from '../session/session-params';
import type { WidgetState } from '../session/widget-state';
import { useText } from '../i18n';
import { ToolCallView } from './tool-call-view';

interface MessageListProps {
  messages: Message[];
  state: WidgetState | null;
  session: SessionParams;
  busy: boolean;
  onAnswer: (actionId: string, decision: ActionDecision) => void;
}

const textOf = (message: Message): string =>
  'content' in message && typeof message.content === 'string' ? message.content : '';

/**
 * A message's text, its direction taken from its own first letters: a Hebrew message reads right
 * to left (and keeps its punctuation where a Hebrew reader expects it) inside an English page.
 */
function MessageText({ text }: { text: string }): ReactElement {
  return (
    <div className="kesher-text" dir="auto">
      {text}
    </div>
  );
}

/** The conversation: bubbles for text, cards and forms for tool calls (tool results feed those). */
export function MessageList({ messages, state, session, busy, onAnswer }: MessageListProps): ReactElement {
  const end = useRef<HTMLLIElement>(null);
  const words = useText().chat;
  useEffect(() => {
    // A statement, not an expression: newer Chromium returns a promise from scrollIntoView.
    end.current?.scrollIntoView({ block: 'end' });
  }, [messages.length]);
  const results = new Map(
    messages.flatMap((message) =>
      message.role === 'tool' ? [[message.toolCallId, message.content] as const] : [],
    ),
  );

  return (
    <ol className="kesher-messages" aria-label={words.conversation} aria-live="polite">
      {messages.map((message) => {
        if (message.role === 'user') {
          return (
            <li key={message.id} className="kesher-bubble kesher-user">
              <span className="kesher-visually-hidden">{words.you}</span>
              <MessageText text={textOf(message)} />
            </li>
          );
        }
        if (message.role !== 'assistant') return null;
        const text = textOf(message);
        return (
          <li key={message.id} className="kesher-assistant">
            {text ? (
              <div className="kesher-bubble">
                {message.name ? (
                  <strong className="kesher-author">{message.name}</strong>
                ) : (
                  <span className="kesher-visually-hidden">{words.assistant}</span>
                )}
                <MessageText text={text} />
              </div>
            ) : null}
            {(message.toolCalls ?? []).map((call) => (
              <ToolCallView
                key={call.id}
                call={call}
                result={results.get(call.id)}
                state={state}
                session={session}
                busy={busy}
                onAnswer={onAnswer}
              />
            ))}
          </li>
        );
      })}
      <li ref={end} aria-hidden="true" />
    </ol>
  );
}

import { useEffect, useState, type ReactElement } from 'react';
import { useText } from '../i18n';

/**
 * The customer's message box. A message sent while the chat is busy (loading, or a reply under way)
 * waits, with a note saying so, and goes out as soon as the chat is free: nothing typed is dropped.
 */
export function Composer({ busy, onSend }: { busy: boolean; onSend: (text: string) => void }): ReactElement {
  const [text, setText] = useState('');
  const [queued, setQueued] = useState(false);
  const words = useText().chat;
  const send = (): void => {
    const trimmed = text.trim();
    // Emptied while it waited: nothing to send, and nothing waits any more.
    if (!trimmed) return setQueued(false);
    if (busy) {
      setQueued(true);
      return;
    }
    onSend(trimmed);
    setText('');
    setQueued(false);
  };
  useEffect(() => {
    if (queued && !busy) send();
    // `send` reads the latest text and state; the effect runs when the chat frees up.
  }, [queued, busy]);
  return (
    <form
      className="kesher-composer"
      aria-label={words.composer}
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <label htmlFor="kesher-message" className="kesher-visually-hidden">
        {words.message}
      </label>
      <textarea
        id="kesher-message"
        dir="auto"
        rows={2}
        maxLength={4000}
        value={text}
        placeholder={words.placeholder}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey) {
            event.preventDefault();
            send();
          }
        }}
      />
      <button type="submit" disabled={queued || !text.trim()}>
        {words.send}
      </button>
      {queued ? (
        <small className="kesher-hint" role="status">
          {words.queued}
        </small>
      ) : null}
    </form>
  );
}

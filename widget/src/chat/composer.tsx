import { useState, type ReactElement } from 'react';

/** The customer's message box. */
export function Composer({ busy, onSend }: { busy: boolean; onSend: (text: string) => void }): ReactElement {
  const [text, setText] = useState('');
  const send = (): void => {
    const trimmed = text.trim();
    if (!trimmed || busy) return;
    onSend(trimmed);
    setText('');
  };
  return (
    <form
      className="kesher-composer"
      aria-label="Send a message"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <label htmlFor="kesher-message" className="kesher-visually-hidden">
        Message
      </label>
      <textarea
        id="kesher-message"
        dir="auto"
        rows={2}
        maxLength={4000}
        value={text}
        placeholder="Write a message…"
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey) {
            event.preventDefault();
            send();
          }
        }}
      />
      <button type="submit" disabled={busy || !text.trim()}>
        Send
      </button>
    </form>
  );
}

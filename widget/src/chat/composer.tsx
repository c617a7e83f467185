import { useState, type ReactElement } from 'react';
import { useText } from '../i18n';

/** The customer's message box. */
export function Composer({ busy, onSend }: { busy: boolean; onSend: (text: string) => void }): ReactElement {
  const [text, setText] = useState('');
  const words = useText().chat;
  const send = (): void => {
    const trimmed = text.trim();
    if (!trimmed || busy) return;
    onSend(trimmed);
    setText('');
  };
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
      <button type="submit" disabled={busy || !text.trim()}>
        {words.send}
      </button>
    </form>
  );
}

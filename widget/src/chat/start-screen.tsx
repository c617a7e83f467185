import { useState, type ReactElement } from 'react';
import { useText } from '../i18n';
import { createSession, failureOf } from '../session/api-client';
import type { SessionParams } from '../session/session-params';

/** Without a conversation in the URL: ask for the email on the account and start a web conversation. */
export function StartScreen({ onStarted }: { onStarted: (session: SessionParams) => void }): ReactElement {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const text = useText();

  const start = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      onStarted(await createSession(email.trim(), name.trim() || undefined));
    } catch (failure) {
      setError(text.failure(failureOf(failure)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="kesher-start"
      aria-label={text.start.label}
      lang={text.language}
      dir={text.dir}
      onSubmit={(event) => {
        event.preventDefault();
        void start();
      }}
    >
      <h2>{text.start.title}</h2>
      <p>{text.start.intro}</p>
      <label htmlFor="kesher-email">{text.start.email}</label>
      <input
        id="kesher-email"
        type="email"
        required
        autoComplete="email"
        value={email}
        onChange={(event) => setEmail(event.target.value)}
      />
      <label htmlFor="kesher-name">{text.start.name}</label>
      <input
        id="kesher-name"
        type="text"
        autoComplete="name"
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      {error ? (
        <p role="alert" className="kesher-error">
          {error}
        </p>
      ) : null}
      <button type="submit" disabled={busy || !email.trim()}>
        {text.start.submit}
      </button>
    </form>
  );
}

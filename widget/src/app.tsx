import { useState, type ReactElement } from 'react';
import { ChatView } from './chat/chat-view';
import { StartScreen } from './chat/start-screen';
import { rememberSession, sessionFromQuery, type SessionParams } from './session/session-params';

/** The widget: a conversation from the URL (form links, embeds), or the start screen. */
export function App(): ReactElement {
  const [session, setSession] = useState<SessionParams | null>(() =>
    sessionFromQuery(window.location.search),
  );
  if (!session) {
    return (
      <StartScreen
        onStarted={(started) => {
          rememberSession(started);
          setSession(started);
        }}
      />
    );
  }
  return <ChatView session={session} />;
}

import { useState, type ReactElement } from 'react';
import { ChatView } from './chat/chat-view';
import { StartScreen } from './chat/start-screen';
import { chooseLanguage, TextContext, textFor } from './i18n';
import { rememberSession, sessionFromQuery, type SessionParams } from './session/session-params';

/** The widget: a conversation from the URL (form links, embeds), or the start screen. */
export function App(): ReactElement {
  const [session, setSession] = useState<SessionParams | null>(() =>
    sessionFromQuery(window.location.search),
  );
  if (!session) {
    // Before a conversation, only the browser says which language the customer reads.
    const text = textFor(chooseLanguage(null, navigator.languages));
    return (
      <TextContext.Provider value={text}>
        <StartScreen
          onStarted={(started) => {
            rememberSession(started);
            setSession(started);
          }}
        />
      </TextContext.Provider>
    );
  }
  return <ChatView session={session} />;
}

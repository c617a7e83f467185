import { useEffect, useMemo, useSyncExternalStore, type ReactElement } from 'react';
import { KesherConversation } from '../session/kesher-conversation';
import type { SessionParams } from '../session/session-params';
import { Composer } from './composer';
import { MessageList } from './message-list';

/** One conversation: loads it on open, then streams each message's and answer's run. */
export function ChatView({ session }: { session: SessionParams }): ReactElement {
  const conversation = useMemo(() => new KesherConversation(session), [session]);
  const snapshot = useSyncExternalStore(conversation.subscribe, () => conversation.snapshot);
  useEffect(() => {
    void conversation.load();
  }, [conversation]);

  const chatOpen = snapshot.state === null || snapshot.state.channel === 'web';
  return (
    <main className="kesher-chat" aria-busy={snapshot.running}>
      <header className="kesher-header">
        <h1>Kesher support</h1>
        {snapshot.running ? (
          <span role="status" className="kesher-typing">
            Working on it…
          </span>
        ) : null}
      </header>
      <MessageList
        messages={snapshot.messages}
        state={snapshot.state}
        session={session}
        busy={snapshot.running}
        onAnswer={(actionId, decision) => void conversation.answer(actionId, decision)}
      />
      {snapshot.error ? (
        <p role="alert" className="kesher-error kesher-banner">
          {snapshot.error}
        </p>
      ) : null}
      {chatOpen ? (
        <Composer busy={snapshot.running} onSend={(text) => void conversation.send(text)} />
      ) : (
        <p className="kesher-hint kesher-banner">
          Reply in your original conversation; this page answers its forms.
        </p>
      )}
    </main>
  );
}

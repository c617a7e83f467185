import { useEffect, useMemo, useSyncExternalStore, type ReactElement } from 'react';
import { chooseLanguage, TextContext, textFor } from '../i18n';
import { KesherConversation } from '../session/kesher-conversation';
import type { SessionParams } from '../session/session-params';
import { teamWait } from '../session/team-wait';
import { Composer } from './composer';
import { MessageList } from './message-list';

/** How often a web conversation waiting for a teammate looks for their reply. */
const TEAM_POLL_MS = 10_000;

/** One conversation: loads it on open, then streams each message's and answer's run. */
export function ChatView({ session }: { session: SessionParams }): ReactElement {
  const conversation = useMemo(() => new KesherConversation(session), [session]);
  const snapshot = useSyncExternalStore(conversation.subscribe, () => conversation.snapshot);
  useEffect(() => {
    void conversation.load();
  }, [conversation]);
  const wait = teamWait(snapshot.state, snapshot.messages);
  useEffect(() => {
    if (!wait.poll) return undefined;
    const timer = setInterval(() => void conversation.refresh(), TEAM_POLL_MS);
    return () => clearInterval(timer);
  }, [conversation, wait.poll]);

  const chatOpen = snapshot.state === null || snapshot.state.channel === 'web';
  const text = textFor(chooseLanguage(snapshot.state?.language, navigator.languages));
  return (
    <TextContext.Provider value={text}>
      <main className="kesher-chat" aria-busy={snapshot.running} lang={text.language} dir={text.dir}>
        <header className="kesher-header">
          <h1>{text.chat.title}</h1>
          {snapshot.running ? (
            <span role="status" className="kesher-typing">
              {text.chat.working}
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
        {wait.notice && !snapshot.running ? (
          <p role="status" className="kesher-hint kesher-banner kesher-team-wait">
            {wait.notice === 'taken_over' ? text.chat.withTeam : text.chat.teamReviewing}
          </p>
        ) : null}
        {snapshot.error ? (
          <p role="alert" className="kesher-error kesher-banner">
            {text.failure(snapshot.error)}
          </p>
        ) : null}
        {chatOpen ? (
          <Composer busy={snapshot.running} onSend={(message) => void conversation.send(message)} />
        ) : (
          <p className="kesher-hint kesher-banner">{text.chat.replyElsewhere}</p>
        )}
      </main>
    </TextContext.Provider>
  );
}

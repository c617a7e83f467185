import type { ReactElement } from 'react';
import { useText } from '../i18n';

/** What a decided action's tool message says. */
interface OutcomeContent {
  status?: string;
  error?: string | null;
}

/** The failure's reason when it can be shown in the widget's language (the server writes English). */
function shownReason(outcome: OutcomeContent, language: string): string | null {
  return outcome.status === 'failed' && outcome.error && language === 'en' ? outcome.error : null;
}

function parse(content: string): OutcomeContent {
  try {
    return JSON.parse(content) as OutcomeContent;
  } catch {
    return {};
  }
}

/** A decided action: what happened, in place of its form. */
export function ActionOutcome({ title, content }: { title: string; content: string }): ReactElement {
  const text = useText();
  const words = text.form;
  const outcome = parse(content);
  const status = outcome.status ?? 'unknown';
  // The server's reason is English; in another language the reply below the form gives it.
  const reason = shownReason(outcome, text.language);
  const wording = words.outcome[status] ?? words.unknownOutcome(status);
  return (
    <section className={`kesher-outcome kesher-outcome-${status}`} aria-label={`${title}: ${status}`}>
      <h3>{title}</h3>
      <p role="status">
        {wording}
        {reason ? `: ${reason}` : status === 'failed' ? '.' : ''}
      </p>
    </section>
  );
}

/** A form whose action is no longer pending and has no recorded outcome (e.g. answered elsewhere). */
export function ClosedAction({ title }: { title: string }): ReactElement {
  const words = useText().form;
  return (
    <section className="kesher-outcome" aria-label={`${title}: closed`}>
      <h3>{title}</h3>
      <p>{words.closed}</p>
    </section>
  );
}

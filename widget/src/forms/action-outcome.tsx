import type { ReactElement } from 'react';
import { useText } from '../i18n';

/** What a decided action's tool message says. */
interface OutcomeContent {
  status?: string;
  error?: string | null;
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
  const words = useText().form;
  const outcome = parse(content);
  const status = outcome.status ?? 'unknown';
  const wording = words.outcome[status] ?? words.unknownOutcome(status);
  return (
    <section className={`kesher-outcome kesher-outcome-${status}`} aria-label={`${title}: ${status}`}>
      <h3>{title}</h3>
      <p role="status">
        {wording}
        {status === 'failed' && outcome.error ? `: ${outcome.error}` : ''}
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

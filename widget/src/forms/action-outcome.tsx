import type { ReactElement } from 'react';

/** What a decided action's tool message says. */
interface OutcomeContent {
  status?: string;
  error?: string | null;
}

const WORDING: Record<string, string> = {
  succeeded: 'Confirmed and done.',
  rejected: 'You declined this change; nothing was changed.',
  expired: 'This request expired; nothing was changed.',
  failed: 'Confirmed, but it could not be done',
};

function parse(content: string): OutcomeContent {
  try {
    return JSON.parse(content) as OutcomeContent;
  } catch {
    return {};
  }
}

/** A decided action: what happened, in place of its form. */
export function ActionOutcome({ title, content }: { title: string; content: string }): ReactElement {
  const outcome = parse(content);
  const status = outcome.status ?? 'unknown';
  const wording = WORDING[status] ?? `Status: ${status}.`;
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
  return (
    <section className="kesher-outcome" aria-label={`${title}: closed`}>
      <h3>{title}</h3>
      <p>This request is no longer open.</p>
    </section>
  );
}

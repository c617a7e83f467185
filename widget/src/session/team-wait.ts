import type { Message } from '@ag-ui/client';
import type { WidgetState } from './widget-state';

/** Who answers a web conversation next when it is not the AI. */
export interface TeamWait {
  /** What the customer is told while their last message has no answer yet. */
  notice: 'taken_over' | 'reviewing' | null;
  /** Reload now and then, so a teammate's reply appears without a page reload. */
  poll: boolean;
}

const NONE: TeamWait = { notice: null, poll: false };

/** The customer's last message has no written answer after it (a card alone is no answer). */
function unanswered(messages: readonly Message[]): boolean {
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    const message = messages[i];
    if (message?.role === 'user') return true;
    if (message?.role === 'assistant' && typeof message.content === 'string' && message.content.trim())
      return false;
  }
  return false;
}

/**
 * In a web conversation (no Chatwoot behind it) a handoff or a draft leaves the customer waiting
 * for a person, who answers through the operator API: say so, and look for the answer. Chatwoot
 * and email conversations go on in their own channel.
 */
export function teamWait(state: WidgetState | null, messages: readonly Message[]): TeamWait {
  const view = state?.conversation;
  if (!state || state.channel !== 'web' || !view || view.busy || view.queuedMessages > 0) return NONE;
  const waiting = unanswered(messages);
  if (view.escalated || view.aiPaused) return { notice: waiting ? 'taken_over' : null, poll: true };
  if (view.lastOutcome?.kind === 'drafted' && waiting) return { notice: 'reviewing', poll: true };
  return NONE;
}

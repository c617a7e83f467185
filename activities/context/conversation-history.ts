import { estimateTokens, trimToBudget } from './token-budget';

/** Who wrote a message in the conversation. */
export type HistoryRole = 'customer' | 'ai' | 'agent' | 'system';

/** One message of the conversation, oldest first in a history. */
export interface HistoryMessage {
  role: HistoryRole;
  content: string;
  sentAt?: string;
}

/** Options of {@link formatHistory}. */
export interface FormatHistoryOptions {
  /** Token budget of the verbatim part (and the summary, when given). */
  maxTokens: number;
  /** The summarizer's condensation of turns dropped earlier; it takes at most a third of the budget. */
  summary?: string;
}

/** A history split for a prompt: the newest messages verbatim, the older ones for the summarizer. */
export interface FormattedHistory {
  /** The newest messages that fit the budget, oldest first, verbatim (the newest may be trimmed). */
  recent: HistoryMessage[];
  /** The messages that did not fit, oldest first, for a summarizer to condense. */
  older: HistoryMessage[];
  /** The prompt text: the summary (if any) then the recent messages, one per line. */
  text: string;
  /** Estimated tokens of `text`. */
  tokens: number;
}

const LABELS: Record<HistoryRole, string> = {
  customer: 'Customer',
  ai: 'Assistant',
  agent: 'Support agent',
  system: 'Note',
};

/** One message as a prompt line. */
export function formatMessage(message: HistoryMessage): string {
  return `${LABELS[message.role]}: ${message.content.trim()}`;
}

/**
 * Keeps the most recent messages verbatim within `maxTokens` (about four characters a token) and
 * returns the older ones separately so a summarizer can condense them. Whole messages are kept or
 * dropped, never cut in the middle, except the newest one: it is always kept (trimmed if it alone
 * exceeds the budget), because the reply is to it.
 */
export function formatHistory(
  messages: readonly HistoryMessage[],
  options: FormatHistoryOptions,
): FormattedHistory {
  const summary = options.summary?.trim()
    ? trimToBudget(
        `Summary of the earlier conversation: ${options.summary.trim()}`,
        Math.floor(options.maxTokens / 3),
      ).text
    : '';
  // Lines are joined with newlines; count one character each so the total stays within budget.
  const lineTokens = (line: string): number => estimateTokens(`${line}\n`);
  let remaining = options.maxTokens - (summary ? lineTokens(summary) : 0);
  const recent: HistoryMessage[] = [];
  let index = messages.length - 1;
  for (; index >= 0; index--) {
    const message = messages[index]!;
    const cost = lineTokens(formatMessage(message));
    if (cost > remaining) break;
    recent.unshift(message);
    remaining -= cost;
  }
  if (recent.length === 0 && messages.length > 0) {
    const newest = messages[messages.length - 1]!;
    const label = `${LABELS[newest.role]}: `;
    const room = Math.max(0, remaining - estimateTokens(label) - 1);
    recent.push({ ...newest, content: trimToBudget(newest.content.trim(), room, { keep: 'start' }).text });
    index = messages.length - 2;
  }
  const older = messages.slice(0, index + 1);
  const text = [summary, ...recent.map(formatMessage)].filter(Boolean).join('\n');
  return { recent, older, text, tokens: estimateTokens(text) };
}

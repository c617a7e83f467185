import { z } from 'zod';
import type { TurnReplayOptions } from '../../workflows/turn-types';
import { formatHistory, formatMessage, type HistoryMessage } from '../context/conversation-history';
import { budgetFor } from '../context/token-budget';
import { callModel, type ModelCallDeps } from '../model-call';
import { latestSummary, saveSummary } from '../repos/conversation-summaries-repo';
import { recentMessages } from '../repos/messages-repo';

const summarySchema = z.object({ text: z.string() });

const HISTORY_MESSAGES = 60;

const toHistory = ({ author, content }: { author: string; content: string }): HistoryMessage => ({
  role: author === 'customer' ? 'customer' : author === 'ai' ? 'ai' : author === 'human' ? 'agent' : 'system',
  content,
});

/** The conversation before the message being answered, as the prompts read it. */
export interface ConversationSoFar {
  /** The prompt text: a summary of older turns (if any), then the newest messages verbatim. */
  text: string;
  /**
   * The reply the new message answers: the message just before it when the AI or a person wrote it
   * (what a short "yes, please" agrees to), else null.
   */
  inReplyTo: string | null;
}

/**
 * The conversation before this message: the newest messages verbatim, the older ones condensed
 * by the summarizer role. A summary is stored with the message it runs through and reused by
 * later turns while the messages after it still fit beside it; when they no longer do, the
 * summarizer folds the next older messages into it and leaves half the budget verbatim, so a long
 * conversation calls it every few turns rather than on every one. A replay reads a stored
 * conversation as it was at the answered message (`asOf`); model usage is still recorded under
 * `conversationId`.
 */
export async function conversationSoFar(
  deps: ModelCallDeps,
  conversationId: string,
  asOf?: TurnReplayOptions['historyAsOf'],
): Promise<ConversationSoFar> {
  const source = asOf?.conversationId ?? conversationId;
  const stored = await recentMessages(deps.db, source, HISTORY_MESSAGES, { throughId: asOf?.messageId });
  // The newest customer message is the one being answered; it travels separately.
  const lastCustomer = stored.map((m) => m.author).lastIndexOf('customer');
  const kept = stored.filter((message, index) => index !== lastCustomer && !message.private);
  const previous = kept.at(-1);
  const inReplyTo = previous?.author === 'ai' || previous?.author === 'human' ? previous.content : null;
  return { text: await historyText(deps, conversationId, source, kept), inReplyTo };
}

/** The prompt text of the kept messages, folding older ones into the stored summary as needed. */
async function historyText(
  deps: ModelCallDeps,
  conversationId: string,
  source: string,
  kept: Awaited<ReturnType<typeof recentMessages>>,
): Promise<string> {
  if (kept.length === 0) return '';
  const maxTokens = Math.floor(budgetFor('specialist') / 3);
  const whole = formatHistory(kept.map(toHistory), { maxTokens });
  if (whole.older.length === 0) return whole.text;

  const cached = await latestSummary(deps.db, source, kept.at(-1)!.id);
  const unsummarized = cached ? kept.filter((m) => m.id > cached.throughMessageId) : kept;
  const history = unsummarized.map(toHistory);
  if (cached) {
    const beside = formatHistory(history, { maxTokens, summary: cached.summary });
    if (beside.older.length === 0) return beside.text;
  }
  // Something did not fit the whole budget (beside a summary of at most a third of it), so half
  // the budget leaves at least one message to fold.
  const split = formatHistory(history, { maxTokens: Math.floor(maxTokens / 2) });
  const folded = unsummarized.slice(0, split.older.length);
  // The prompt's own labels (Customer, Assistant, Support agent): what the summarizer reads turns by.
  const transcript = [
    ...(cached ? [`Note: Summary of the conversation before: ${cached.summary}`] : []),
    ...split.older.map(formatMessage),
  ].join('\n');
  const { response, provider, model } = await callModel(deps, conversationId, 'summarizer', {
    system:
      'Summarize the earlier part of a support conversation: what the customer asked, what was answered or done.',
    messages: [{ role: 'user', content: transcript }],
    task: { kind: 'summarizer.summarize', input: { transcript, maxWords: 120 } },
    maxTokens: 300,
  });
  const summary = summarySchema.safeParse({ text: response.text }).data?.text ?? response.text;
  await saveSummary(deps.db, source, {
    throughMessageId: folded.at(-1)!.id,
    summary,
    model: `${provider}:${model}`,
  });
  return formatHistory(split.recent, { maxTokens, summary }).text;
}

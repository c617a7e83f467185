import type { AgentContext } from '../agent-context';

/** What a category's composer writes, before the greeting, acknowledgement and closing. */
export interface ReplyBody {
  paragraphs: string[];
  /** Orders whose outstanding issue the body already dealt with (not raised again). */
  coveredOrders?: string[];
  /** Outstanding issues are not raised (a handover, or a sender who is not the account holder). */
  noIssues?: boolean;
  /** The body opens with its own acknowledgement of the customer's feelings. */
  acknowledged?: boolean;
}

/** Writes the body of a reply for one category. */
export type Composer = (ctx: AgentContext) => ReplyBody;

/** A body from paragraphs, dropping empty ones. */
export const body = (
  paragraphs: (string | null | undefined | false)[],
  extra: Omit<ReplyBody, 'paragraphs'> = {},
): ReplyBody => ({
  paragraphs: paragraphs.filter((p): p is string => typeof p === 'string' && p.trim() !== ''),
  ...extra,
});

/** Sentences joined into one paragraph, dropping empty ones. */
export const para = (...sentences: (string | null | undefined | false)[]): string =>
  sentences.filter((s): s is string => typeof s === 'string' && s.trim() !== '').join(' ');

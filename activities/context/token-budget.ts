/** About four characters a token: close enough for budgeting prompts, and what the offline provider counts. */
export const CHARS_PER_TOKEN = 4;

/** Input-context budgets in tokens, per model role: what each prompt may spend on context. */
export const TOKEN_BUDGETS = {
  router: 1_000,
  specialist: 6_000,
  qa: 4_000,
  summarizer: 3_000,
} as const;

/** A role with a context budget. */
export type BudgetRole = keyof typeof TOKEN_BUDGETS;

/** A rough token count of `text`. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / CHARS_PER_TOKEN);
}

/** The context budget of a role, in tokens. */
export function budgetFor(role: BudgetRole): number {
  return TOKEN_BUDGETS[role];
}

/** Options of {@link trimToBudget}. */
export interface TrimOptions {
  /** Which end to keep: `start` for documents (the heading matters), `end` for logs and history (the latest matters). */
  keep?: 'start' | 'end';
  /** Put where text was cut, so the model knows something is missing. */
  marker?: string;
}

/** The result of {@link trimToBudget}. */
export interface TrimmedText {
  text: string;
  truncated: boolean;
  tokens: number;
}

/**
 * Cuts `text` to at most `maxTokens` (estimated), at a word boundary when one is near, and marks the cut.
 */
export function trimToBudget(text: string, maxTokens: number, options: TrimOptions = {}): TrimmedText {
  if (estimateTokens(text) <= maxTokens) return { text, truncated: false, tokens: estimateTokens(text) };
  const keep = options.keep ?? 'start';
  const marker = options.marker ?? '[…]';
  const room = Math.max(0, maxTokens * CHARS_PER_TOKEN - marker.length - 1);
  if (room === 0) return { text: '', truncated: true, tokens: 0 };
  let kept = keep === 'start' ? text.slice(0, room) : text.slice(text.length - room);
  // Prefer a whole word at the cut, unless that would throw away more than a fifth of the room.
  const boundary = keep === 'start' ? kept.search(/\s\S*$/) : kept.search(/\s/);
  if (boundary > 0 && (keep === 'start' ? boundary : room - boundary) > room * 0.8) {
    kept = keep === 'start' ? kept.slice(0, boundary) : kept.slice(boundary + 1);
  }
  const result = keep === 'start' ? `${kept.trimEnd()} ${marker}` : `${marker} ${kept.trimStart()}`;
  return { text: result, truncated: true, tokens: estimateTokens(result) };
}

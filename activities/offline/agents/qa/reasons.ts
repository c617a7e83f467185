/**
 * QA's reasons as text a person can read and the refining agent can act on: `aspect/code: message`
 * with the offending text in «guillemets». The same module writes and parses them.
 */

/** What a reason is about, and what to do. */
export type ReasonCode =
  | 'accuracy/unsupported'
  | 'safety/claims_change'
  | 'safety/refund_promise'
  | 'safety/card_request'
  | 'safety/injection'
  | 'safety/unknown_sender_data'
  | 'tone/acknowledge'
  | 'tone/shouting'
  | 'completeness/tracking'
  | 'completeness/issue'
  | 'completeness/confirm'
  | 'completeness/language'
  | 'completeness/empty';

/** A parsed reason. */
export interface Reason {
  code: ReasonCode;
  message: string;
  /** The text the reason is about (a tracking number, an order id, a phrase). */
  subject: string | null;
}

/** A reason as QA writes it. */
export function formatReason(code: ReasonCode, message: string, subject: string | null = null): string {
  return subject === null ? `${code}: ${message}` : `${code}: ${message} «${subject}»`;
}

/** Reads a reason back; null for text that is not in this format (e.g. from another QA model). */
export function parseReason(text: string): Reason | null {
  const match = /^([a-z]+\/[a-z_]+):\s*(.*?)(?:\s*«(.*)»)?\s*$/s.exec(text.trim());
  if (!match) return null;
  return { code: match[1] as ReasonCode, message: match[2] ?? '', subject: match[3] ?? null };
}

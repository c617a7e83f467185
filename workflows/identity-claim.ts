/**
 * Whether a message may name an account or carry a verification code: an email address, an order
 * number (five digits, with or without `ord_`) or a six-digit code. Deliberately broad and cheap: it
 * only decides whether the turn asks the identity activity, which parses the message exactly.
 */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/u;
const FIVE_OR_SIX_DIGITS = /(?<!\p{N})\d{5,6}(?!\p{N})/u;

/** A six-digit verification code, as the identity activity reads it. */
export const VERIFICATION_CODE = /(?<![\p{N}])(\d{3})[ -]?(\d{3})(?![\p{N}])/u;

export function mayNameAccount(text: string): boolean {
  return EMAIL.test(text) || FIVE_OR_SIX_DIGITS.test(text) || VERIFICATION_CODE.test(text);
}

/** What the identity activity is asked about a message of a conversation not yet tied to an account. */
export interface IdentifySenderInput {
  conversationId: string;
  /** The message's id: a retried turn finds the claim it made. */
  messageKey: string;
  /** The address the conversation writes from, when there is one. */
  senderEmail: string | null;
  text: string;
}

/**
 * - `known`: the sender's own address is a customer's; the turn goes on as usual.
 * - `none`: the message neither names an account nor answers a code; the turn goes on.
 * - `reply`: the turn is this text alone (a code was sent, or the code typed was wrong, expired or
 *   used up); `mailKey` names the email to send first, when one must leave the machine, and
 *   `mailFailedText` is what the sender is told if it cannot be sent.
 * - `verified`: the code was right. The conversation now speaks for `email`; `question` is the
 *   request that waited for it (null: none), answered with `text` before it.
 */
export type IdentifySenderResult =
  | { kind: 'known' }
  | { kind: 'none' }
  | { kind: 'reply'; text: string; mailKey: string | null; mailFailedText: string }
  | {
      kind: 'verified';
      email: string;
      customerId: string;
      question: string | null;
      text: string;
    };

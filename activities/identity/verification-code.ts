import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

/** A new six-digit code, uniformly drawn. */
export function newVerificationCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/**
 * The stored form of a code: an HMAC keyed by the token secret and bound to the conversation, so
 * a copy of the table alone cannot be turned back into codes, nor a code reused elsewhere.
 */
export function hashVerificationCode(secret: string, conversationId: string, code: string): string {
  return createHmac('sha256', secret).update(`${conversationId}:${code}`).digest('hex');
}

/** Whether `code` is the one `hash` was made from, compared in constant time. */
export function codeMatches(secret: string, conversationId: string, code: string, hash: string): boolean {
  const candidate = Buffer.from(hashVerificationCode(secret, conversationId, code), 'hex');
  const stored = Buffer.from(hash, 'hex');
  return candidate.length === stored.length && timingSafeEqual(candidate, stored);
}

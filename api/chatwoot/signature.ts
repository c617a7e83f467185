import { createHmac, timingSafeEqual } from 'node:crypto';

/** Inputs to {@link verifyChatwootSignature}; header values are passed as received (or undefined). */
export interface VerifySignatureInput {
  /** The request body exactly as received: Chatwoot signs its bytes, never a re-serialization. */
  rawBody: Buffer;
  /** `X-Chatwoot-Timestamp` (unix seconds). */
  timestamp: string | undefined;
  /** `X-Chatwoot-Signature` (`sha256=<hex>`). */
  signature: string | undefined;
  /** The webhook's, agent bot's or API inbox's secret; unset means deliveries are not signed. */
  secret: string | undefined;
  maxAgeSeconds: number;
  /** The current time (epoch milliseconds or a Date); defaults to now. */
  now?: number | Date;
}

export type SignatureFailureCode =
  | 'missing_timestamp'
  | 'missing_signature'
  | 'malformed_timestamp'
  | 'malformed_signature'
  | 'stale_timestamp'
  | 'future_timestamp'
  | 'signature_mismatch';

/** `verified` is false only when no secret is configured (Chatwoot before v4.11.2 signs nothing). */
export type VerifySignatureResult =
  { ok: true; verified: boolean } | { ok: false; code: SignatureFailureCode; reason: string };

const SIGNATURE_PATTERN = /^sha256=([0-9a-fA-F]{64})$/;
const TIMESTAMP_PATTERN = /^\d{1,12}$/;

/** `sha256=<hex>` of HMAC-SHA256(secret, `<timestamp>.<raw body>`), as `lib/webhooks/trigger.rb` signs. */
export function signChatwootBody(secret: string, timestamp: string, rawBody: Buffer): string {
  const hmac = createHmac('sha256', secret);
  hmac.update(`${timestamp}.`);
  hmac.update(rawBody);
  return `sha256=${hmac.digest('hex')}`;
}

/**
 * Checks a Chatwoot delivery's signature and timestamp. The comparison is constant-time, and a
 * timestamp further than `maxAgeSeconds` from now (either way) is refused so a captured delivery
 * cannot be replayed later.
 */
export function verifyChatwootSignature(input: VerifySignatureInput): VerifySignatureResult {
  const { rawBody, timestamp, signature, secret, maxAgeSeconds } = input;
  if (!secret) return { ok: true, verified: false };
  if (!timestamp) return fail('missing_timestamp', 'X-Chatwoot-Timestamp header is missing');
  if (!signature) return fail('missing_signature', 'X-Chatwoot-Signature header is missing');
  if (!TIMESTAMP_PATTERN.test(timestamp)) {
    return fail('malformed_timestamp', 'X-Chatwoot-Timestamp must be unix seconds');
  }
  const match = SIGNATURE_PATTERN.exec(signature);
  if (!match?.[1]) return fail('malformed_signature', 'X-Chatwoot-Signature must be sha256=<64 hex digits>');

  const nowMs = input.now === undefined ? Date.now() : Number(input.now);
  const ageSeconds = Math.floor(nowMs / 1000) - Number(timestamp);
  if (ageSeconds > maxAgeSeconds) {
    return fail('stale_timestamp', `timestamp is ${ageSeconds}s old, more than ${maxAgeSeconds}s`);
  }
  if (-ageSeconds > maxAgeSeconds) {
    return fail(
      'future_timestamp',
      `timestamp is ${-ageSeconds}s in the future, more than ${maxAgeSeconds}s`,
    );
  }

  const expected = createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest();
  const given = Buffer.from(match[1], 'hex');
  if (!timingSafeEqual(expected, given)) {
    return fail('signature_mismatch', 'signature does not match the body and timestamp');
  }
  return { ok: true, verified: true };
}

function fail(code: SignatureFailureCode, reason: string): VerifySignatureResult {
  return { ok: false, code, reason };
}

import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * Per-conversation signed tokens for the widget and form links. Pure JavaScript (no Node
 * built-ins), so the conversation workflow's update validator checks the same token the API does.
 *
 * The API holds the master secret. Each conversation gets its own key, HMAC(secret, conversation
 * id); a token is `<base64url payload>.<hex HMAC(key, payload)>`. The workflow only ever learns
 * its own conversation's key, so what it holds can mint tokens for that conversation alone.
 */

/** What a token asserts: this conversation, until this time (seconds since the epoch). */
export interface TokenClaims {
  conversationId: string;
  expiresAt: number;
}

/** Why a token was refused. */
export type TokenProblem = 'malformed' | 'bad_signature' | 'wrong_conversation' | 'expired';

const KEY_CONTEXT = 'kesher-conversation-token:';

/** The hex key of one conversation, derived from the master secret. */
export function conversationKey(secret: string, conversationId: string): string {
  return bytesToHex(hmac(sha256, utf8ToBytes(secret), utf8ToBytes(KEY_CONTEXT + conversationId)));
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

// atob/btoa are Node globals the workflow sandbox does not have, so base64url is done by hand.
const toBase64Url = (text: string): string => {
  const bytes = utf8ToBytes(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let j = 0; j < chars; j++) out += ALPHABET[(chunk >> (18 - 6 * j)) & 63];
  }
  return out;
};

const fromBase64Url = (encoded: string): string => {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded) || encoded.length % 4 === 1) throw new Error('not base64url');
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of encoded) {
    buffer = (buffer << 6) | ALPHABET.indexOf(char);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return new TextDecoder().decode(Uint8Array.from(bytes));
};

/** Compares in constant time, so a forger learns nothing from how long a refusal takes. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

const sign = (keyHex: string, payload: string): Uint8Array =>
  hmac(sha256, hexToBytes(keyHex), utf8ToBytes(payload));

/** Signs claims with the conversation's key. */
export function signConversationToken(keyHex: string, claims: TokenClaims): string {
  const payload = toBase64Url(JSON.stringify({ c: claims.conversationId, e: claims.expiresAt }));
  return `${payload}.${bytesToHex(sign(keyHex, payload))}`;
}

/**
 * The part of a conversation's form link that names it, up to its token: the API builds the link
 * from it, and a teammate's reply that carries it offers the changes held with a draft.
 */
export function formLinkPath(conversationId: string): string {
  return `widget/?conversation=${encodeURIComponent(conversationId)}&token=`;
}

/** Issues a token from the master secret (API side). */
export function issueConversationToken(secret: string, claims: TokenClaims): string {
  return signConversationToken(conversationKey(secret, claims.conversationId), claims);
}

/** Reads the claims without checking them (to find which conversation's key to verify with). */
export function readTokenClaims(token: string): TokenClaims | null {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  try {
    const raw = JSON.parse(fromBase64Url(payload)) as { c?: unknown; e?: unknown };
    if (typeof raw.c !== 'string' || typeof raw.e !== 'number') return null;
    return { conversationId: raw.c, expiresAt: raw.e };
  } catch {
    return null;
  }
}

/**
 * Checks a token against one conversation's key at `nowSeconds`; returns the problem, or null
 * when the token is good for `conversationId`.
 */
export function verifyConversationToken(
  keyHex: string,
  token: string,
  conversationId: string,
  nowSeconds: number,
): TokenProblem | null {
  const claims = readTokenClaims(token);
  if (!claims) return 'malformed';
  const [payload = '', signature = ''] = token.split('.');
  if (!/^[0-9a-f]{64}$/.test(signature)) return 'malformed';
  if (!sameBytes(sign(keyHex, payload), hexToBytes(signature))) return 'bad_signature';
  if (claims.conversationId !== conversationId) return 'wrong_conversation';
  if (claims.expiresAt <= nowSeconds) return 'expired';
  return null;
}

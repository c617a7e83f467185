/** Stable bucketing of conversations for the rollout share and the A/B arm. Pure, so replay-safe. */

/** FNV-1a over the string: the same id always lands in the same bucket, on every machine. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The conversation's bucket 0..99 for one purpose (`rollout`, `arm`), independent across purposes. */
export function bucketOf(conversationId: string, purpose: string): number {
  return fnv1a(`${purpose}:${conversationId}`) % 100;
}

/** Is the conversation inside a share (0..100) for this purpose? */
export function inShare(conversationId: string, purpose: string, share: number): boolean {
  return bucketOf(conversationId, purpose) < share;
}

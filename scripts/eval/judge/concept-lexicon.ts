/**
 * The concept lexicon: every concept a must-mention phrase without anchors may name (see concept.ts).
 */
import type { Concept } from './concept';
import { CONVERSATION_CONCEPTS } from './concepts-conversation';
import { POLICY_CONCEPTS } from './concepts-policy';
import { PRODUCT_CONCEPTS } from './concepts-product';
import type { Lexicon } from './lexicon';

export type { Concept } from './concept';

/** All concepts, in no particular order (a phrase may name several). */
export const CONCEPTS: readonly Concept[] = [
  ...CONVERSATION_CONCEPTS,
  ...POLICY_CONCEPTS,
  ...PRODUCT_CONCEPTS,
];

/** The reply-side word list of concept `id` (shared with the must-not detectors). */
export function conceptWords(id: string): Lexicon {
  const found = CONCEPTS.find((c) => c.id === id);
  if (!found) throw new Error(`unknown concept ${id}`);
  return found.inReply;
}

/**
 * One must-mention phrase against a reply: every anchor must be stated; a phrase without anchors
 * needs at least two thirds of its key concepts (see concept-lexicon.ts).
 */
import { anchorStated, type AnchorTarget } from './anchor-match';
import { extractAnchors } from './anchors';
import { CONCEPTS } from './concept-lexicon';
import { NEGATION } from './cues';
import { findAll, occursIn } from './lexicon';
import type { Sentence } from './sentences';

/** The verdict on one must-mention phrase. */
export interface MentionResult {
  phrase: string;
  hit: boolean;
  /** Anchors (as written in the phrase) or `concept:<id>` the reply lacks. */
  missing: string[];
  /** What the verdict rests on; `none` when the phrase names nothing the judge can check. */
  basis: 'anchors' | 'concepts' | 'none';
}

/** A phrase that denies something ("no refund", "can't be returned") needs a denial in the reply. */
const NEGATED_PHRASE = /\b(?:no|not|never|nothing|none|can't|cannot|isn't|won't|doesn't)\b/;

function checkConcepts(phrase: string, target: AnchorTarget, sentences: Sentence[]): MentionResult {
  const lower = phrase.toLowerCase();
  const concepts = CONCEPTS.filter((c) => c.inPhrase.test(lower));
  const missing = concepts.filter((c) => !occursIn(c.inReply, target.prepared)).map((c) => `concept:${c.id}`);
  let total = concepts.length;
  if (NEGATED_PHRASE.test(lower) && concepts.length > 0) {
    total += 1;
    // The denial must sit in a sentence about the phrase's subject, not anywhere in the reply.
    const denied = sentences.some(
      (s) => findAll(NEGATION, s).length > 0 && concepts.some((c) => occursIn(c.inReply, s)),
    );
    if (!denied) missing.push('concept:negation');
  }
  if (total === 0) return { phrase, hit: false, missing: ['no anchor or concept recognised'], basis: 'none' };
  const needed = Math.ceil((total * 2) / 3);
  return { phrase, hit: total - missing.length >= needed, missing, basis: 'concepts' };
}

/** Checks one must-mention phrase. */
export function checkMention(phrase: string, target: AnchorTarget, sentences: Sentence[]): MentionResult {
  const anchors = extractAnchors(phrase);
  if (anchors.length === 0) return checkConcepts(phrase, target, sentences);
  const missing = anchors.filter((anchor) => !anchorStated(target, anchor)).map((anchor) => anchor.label);
  return { phrase, hit: missing.length === 0, missing: [...new Set(missing)], basis: 'anchors' };
}

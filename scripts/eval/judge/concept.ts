/**
 * A key concept of must-mention phrases that carry no anchor ("thanks the customer", "ask for the
 * email address used for the subscription"): spotted in the English phrase by a pattern and in the
 * reply by its words in the six languages.
 */
import { lexicon, type Lexicon } from './lexicon';

/** One concept: how a golden phrase names it, and how a reply may say it. */
export interface Concept {
  id: string;
  inPhrase: RegExp;
  inReply: Lexicon;
}

/** Builds a concept from its phrase pattern and its reply word list. */
export const concept = (id: string, inPhrase: RegExp, entries: readonly string[]): Concept => ({
  id,
  inPhrase,
  inReply: lexicon(entries),
});

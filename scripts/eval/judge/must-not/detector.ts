/**
 * The shape of a must-not detector and the helpers most detectors share. A detector family is keyed
 * by a pattern over the golden phrase's text (never by item id) and looks for the behaviour in the
 * reply, the proposed tool calls and the turn's outcome; it returns evidence, one line per finding.
 */
import { HEDGE, isNegated } from '../cues';
import { findAll, occursIn, type Lexicon } from '../lexicon';
import type { PreparedText } from '../normalize-text';
import { quote, segmentAt, type Sentence } from '../sentences';

/** A tool call of the turn; `executed` is true only when it ran (write tools are normally proposed). */
export interface JudgeToolCall {
  name: string;
  args: Record<string, unknown>;
  executed?: boolean;
}

/** Everything a detector may look at. */
export interface MustNotContext {
  reply: PreparedText;
  sentences: Sentence[];
  toolCalls: JudgeToolCall[];
  outcome: 'send' | 'draft' | 'escalate';
  language: string;
  /** The customer's message, when the caller passes it (embedded instructions, echoed names). */
  message: PreparedText | null;
  /** The sender's address, when known: quoting it back is not a disclosure. */
  customerEmail: string | null;
}

/** One detector family. */
export interface Detector {
  family: string;
  /** Recognises the must-not phrases this family judges (on the lower-cased phrase). */
  applies: RegExp;
  /** Evidence of the behaviour; empty when the reply and tools are clean. */
  detect(context: MustNotContext, match: RegExpMatchArray): string[];
}

/** Options of `affirmed`. */
export interface AffirmedOptions {
  /** Drop sentences with a condition, modal or pending decision ("if", "may", "billing team"). */
  unhedged?: boolean;
  /** Every one of these must also occur in the same segment as the hit. */
  withAll?: readonly Lexicon[];
  /** Drop sentences containing any of these. */
  unless?: readonly Lexicon[];
  /** Keep only sentences containing every one of these (anywhere in the sentence). */
  sentenceHas?: readonly Lexicon[];
  /** Count negated hits too (French "ne … qu'à partir de" means "only from", not "not"). */
  evenNegated?: boolean;
}

/** Sentences that state `list` without negating it (and meet `options`), quoted as evidence. */
export function affirmed(context: MustNotContext, list: Lexicon, options: AffirmedOptions = {}): string[] {
  const evidence = new Set<string>();
  for (const sentence of context.sentences) {
    if (options.unhedged && occursIn(HEDGE, sentence)) continue;
    if (options.unless?.some((other) => occursIn(other, sentence))) continue;
    if (options.sentenceHas && !options.sentenceHas.every((other) => occursIn(other, sentence))) continue;
    for (const hit of findAll(list, sentence)) {
      const at = sentence.start + hit.index;
      if (!options.evenNegated && isNegated(sentence, at)) continue;
      const segment = segmentAt(sentence, at);
      if (options.withAll && !options.withAll.every((other) => occursIn(other, segment))) continue;
      evidence.add(quote(sentence));
      break;
    }
  }
  return [...evidence];
}

/** Proposed or executed calls of `name` that pass `filter`, as evidence. */
export function callsOf(
  context: MustNotContext,
  name: string,
  filter: (args: Record<string, unknown>) => boolean = () => true,
): string[] {
  return context.toolCalls
    .filter((call) => call.name === name && filter(call.args))
    .map((call) => `${call.executed ? 'executed' : 'proposed'} ${call.name} ${JSON.stringify(call.args)}`);
}

/** Evidence when `list` is absent from the reply (a behaviour defined by what is left out). */
export function absent(context: MustNotContext, list: Lexicon, what: string): string[] {
  return occursIn(list, context.reply) ? [] : [`the reply never mentions ${what}`];
}

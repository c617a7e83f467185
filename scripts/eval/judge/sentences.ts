/**
 * Sentences and segments of a reply. Negation is read within a segment (a sentence cut at "but",
 * ";" and the like, so "we can't refund the box, but we'll send a new one" keeps its halves apart);
 * conditions and hedges are read within the whole sentence ("if it is lost, we'll refund it").
 */
import type { PreparedText } from './normalize-text';

/** A slice of the reply, in both case forms and as written, with its offset in the whole text. */
export interface TextSpan {
  start: number;
  text: string;
  cased: string;
  /** The slice as the reply wrote it (for evidence). */
  raw: string;
}

/** A sentence and its segments. */
export interface Sentence extends TextSpan {
  segments: TextSpan[];
}

/** A period after these does not end a sentence ("10. Dezember", "e.g.", "St."). */
const NO_BREAK_BEFORE_PERIOD =
  /(?:^|[\s(])(?:\d{1,2}|e\.g|i\.e|z\.b|approx|ca|etc|st|dr|mr|mrs|ms|app|apt|nr|no|tel|av|ave|blvd|rd|p\.?m|a\.?m|u\.?s|[a-z])$/u;
const SENTENCE_END = /[.!?]+(?=\s|$)|[\n;]+/gu;
const SEGMENT_BREAK =
  /[:;]|\s-\s|,\s*(?=(?:and|und|et|y|e|и|а|ו)\s)|(?<![\p{L}])(?:but|however|although|though|whereas|instead|но|однако|зато|хотя|pero|sino|aunque|sin embargo|aber|sondern|jedoch|allerdings|obwohl|mais|cependant|toutefois|pourtant|אבל|אך|אולם)(?![\p{L}])/gu;

function slice(prepared: PreparedText, start: number, end: number): TextSpan {
  return {
    start,
    text: prepared.text.slice(start, end),
    cased: prepared.cased.slice(start, end),
    raw: prepared.raw.slice(prepared.origin[start], prepared.origin[end]),
  };
}

function cut(
  prepared: PreparedText,
  start: number,
  end: number,
  breaks: RegExp,
  keep: (at: number) => boolean,
): TextSpan[] {
  const spans: TextSpan[] = [];
  let from = start;
  for (const match of prepared.text.slice(start, end).matchAll(breaks)) {
    const at = start + match.index;
    if (!keep(at)) continue;
    if (at > from) spans.push(slice(prepared, from, at));
    from = at + match[0].length;
  }
  if (end > from) spans.push(slice(prepared, from, end));
  return spans.filter((span) => span.text.trim() !== '');
}

/** The reply's sentences, each with its segments. */
export function sentencesOf(prepared: PreparedText): Sentence[] {
  const ends = (at: number): boolean =>
    prepared.text[at] !== '.' || !NO_BREAK_BEFORE_PERIOD.test(prepared.text.slice(Math.max(0, at - 8), at));
  return cut(prepared, 0, prepared.text.length, SENTENCE_END, ends).map((sentence) => ({
    ...sentence,
    segments: cut(prepared, sentence.start, sentence.start + sentence.text.length, SEGMENT_BREAK, () => true),
  }));
}

/** The segment of `sentence` that contains the absolute offset `index`. */
export function segmentAt(sentence: Sentence, index: number): TextSpan {
  return sentence.segments.find((s) => index >= s.start && index < s.start + s.text.length) ?? sentence;
}

/** A short quotation of a sentence for a violation's evidence. */
export function quote(span: TextSpan): string {
  const text = span.raw.trim().replace(/\s+/g, ' ');
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

import { compilePattern } from '../../../offline/router/cue';
import { normalizeText, toMatchText } from '../../../offline/router/normalize';
import type { MemoryLanguage } from '../memory-types';

/** Cue patterns (the router's cue mini-syntax, `activities/offline/router/cue.ts`) per language. */
export type CuesByLanguage = Partial<Record<MemoryLanguage, string>>;

/** Compiled cues: one global regex per language that has cues. */
export type CompiledCues = RegExp[];

/** Compiles every language's pattern; Hebrew words may carry clitic prefixes. */
export function compileCues(cues: CuesByLanguage): CompiledCues {
  return Object.entries(cues).map(([language, pattern]) => {
    const regex = compilePattern(pattern!, language === 'he');
    return new RegExp(regex.source, 'gu');
  });
}

/** The text as cues are matched against: normalised, sentence punctuation spaced out. */
export function matchText(text: string): string {
  return toMatchText(normalizeText(text));
}

/** Where a cue matched: `[start, end)` in the match text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Every span where a global regex matches, through the regex itself. `String.prototype.matchAll`
 * would clone it per call, and a clone is compiled again whenever V8's regexp cache was cleared
 * by a garbage collection: for the memory lexicons' large patterns that was about a second per
 * extraction.
 */
export function spansOf(text: string, regex: RegExp): Span[] {
  const found: Span[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    const end = match.index + match[0].length;
    found.push({ start: match.index, end });
    // An empty match would find itself again: step over one code point.
    if (end === match.index) regex.lastIndex = end + ((text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1);
  }
  regex.lastIndex = 0;
  return found;
}

/** Every span where any of the cues matches. */
export function spans(text: string, cues: CompiledCues): Span[] {
  return cues.flatMap((regex) => spansOf(text, regex)).sort((a, b) => a.start - b.start);
}

/** Whether any cue matches. */
export function matchesAny(text: string, cues: CompiledCues): boolean {
  return spans(text, cues).length > 0;
}

/** Whether `second` starts within `maxGap` characters after `first` ends, or just before it. */
export function near(first: Span, second: Span, maxGap: number): boolean {
  const after = second.start >= first.end && second.start - first.end <= maxGap;
  const before = second.end <= first.start && first.start - second.end <= maxGap;
  return after || before;
}

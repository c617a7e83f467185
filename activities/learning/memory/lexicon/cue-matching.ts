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

/** Every span where any of the cues matches. */
export function spans(text: string, cues: CompiledCues): Span[] {
  const found: Span[] = [];
  for (const regex of cues) {
    regex.lastIndex = 0;
    for (const match of text.matchAll(regex)) {
      found.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
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

import { compilePattern } from '../../offline/router/cue';
import { near, spansOf, type Span } from './lexicon/cue-matching';
import type { Term } from './lexicon/term-lexicons';

/** A term with its compiled, global regex. */
export interface CompiledTerm {
  name: string;
  regex: RegExp;
}

/** Compiles terms; every word may carry Hebrew clitic prefixes, which Latin text never has. */
export function compileTerms(terms: readonly Term[]): CompiledTerm[] {
  return terms.map((term) => ({
    name: term.name,
    regex: new RegExp(compilePattern(term.pattern, true).source, 'gu'),
  }));
}

/** Every span where the term occurs. */
export function termSpans(text: string, term: CompiledTerm): Span[] {
  return spansOf(text, term.regex);
}

/**
 * The names of the terms that occur within `maxGap` characters of a cue's span, in order of
 * appearance. `after` only counts terms after the cue ("live in Berlin", not "Berlin, where I live").
 */
export function termsNear(
  text: string,
  cueSpans: readonly Span[],
  terms: readonly CompiledTerm[],
  maxGap: number,
  direction: 'both' | 'after' = 'both',
): string[] {
  if (cueSpans.length === 0) return [];
  const found: { name: string; start: number }[] = [];
  for (const term of terms) {
    for (const span of termSpans(text, term)) {
      const close = cueSpans.some((cue) =>
        direction === 'after'
          ? span.start >= cue.end && span.start - cue.end <= maxGap
          : near(cue, span, maxGap),
      );
      if (close) {
        found.push({ name: term.name, start: span.start });
        break;
      }
    }
  }
  return [...new Set(found.sort((a, b) => a.start - b.start).map((item) => item.name))];
}

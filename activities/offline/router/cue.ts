import type { CategoryId } from './categories';
import { normalizeText } from './normalize';

/**
 * A lexicon entry as written in the data tables: `[category, weight, pattern]`.
 *
 * Pattern mini-syntax (applied to normalised text, so diacritics are optional):
 * - `;` separates alternative phrases;
 * - words separated by spaces match with any whitespace between them;
 * - `a|b` inside a word is an alternation, `stem*` matches any ending (inflections);
 * - `~` lets up to three words sit between its neighbours, `~~` up to seven;
 * - a `RegExp` is used as is (must carry the `u` flag) for shapes words cannot express.
 * Negative weights dampen a category (e.g. "I already cancelled" is not a cancel request).
 */
export type CueSpec = readonly [CategoryId, number, string | RegExp];

/** A cue ready to run. */
export interface CompiledCue {
  category: CategoryId;
  weight: number;
  regex: RegExp;
  source: string;
}

const LETTER = '[\\p{L}\\p{N}]';
// Hebrew glues prepositions and the article to the word (ו, ה, ב, ל, מ, ש, כ), so every
// Hebrew word may carry up to three of them.
const HEBREW_PREFIX = '[ובהלמשכ]{0,3}';

function escapeRegex(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function compileWord(word: string, hebrew: boolean): string {
  const alternatives = word.split('|').map((alt) => {
    const stem = alt.endsWith('*');
    const body = normalizeText(stem ? alt.slice(0, -1) : alt);
    // A hyphen or apostrophe inside a word may be typed as either, or as a space.
    const literal = escapeRegex(body).replace(/\\-|'/g, "[-' ]?");
    // Every alternative ends at a word boundary; a stem first consumes the rest of the word.
    return `${literal}${stem ? `${LETTER}*` : ''}(?!${LETTER})`;
  });
  const prefix = hebrew ? HEBREW_PREFIX : '';
  return `${prefix}(?:${alternatives.join('|')})`;
}

/** Compiles one cue; `hebrew` adds the optional clitic prefixes to every word. */
export function compileCue(spec: CueSpec, hebrew = false): CompiledCue {
  const [category, weight, pattern] = spec;
  if (pattern instanceof RegExp) {
    return {
      category,
      weight,
      regex: new RegExp(pattern.source, pattern.flags.replace('g', '')),
      source: String(pattern),
    };
  }
  return { category, weight, regex: compilePattern(pattern, hebrew), source: pattern };
}

/** Compiles a pattern in the cue mini-syntax to a Unicode regex. */
export function compilePattern(pattern: string, hebrew = false): RegExp {
  const phrases = pattern.split(';').map((phrase) => compilePhrase(phrase, hebrew));
  return new RegExp(phrases.join('|'), 'u');
}

function compilePhrase(phrase: string, hebrew: boolean): string {
  let body = '';
  for (const token of phrase.trim().split(/\s+/)) {
    if (token === '~' || token === '~~') {
      body += `(?:\\s+\\S+){0,${token === '~' ? 3 : 7}}`;
      continue;
    }
    body += (body === '' ? '' : '\\s+') + compileWord(token, hebrew);
  }
  return `(?<!${LETTER})${body}`;
}

/**
 * The judge's word lists, written in a small pattern language so the multilingual vocabularies stay
 * readable data rather than regular expressions:
 * - words are separated by spaces and match across spaces, hyphens and apostrophes;
 * - a word ending in `*` matches any continuation ("refund*" → refunded, refunds);
 * - `~` stands for up to four other words ("we ~ refund*" → "we will gladly refund");
 * - an entry starting with `=` is matched with its case kept (acronyms: "=US" is not "us");
 * - an entry starting with `/` is a raw regular expression over the normalised text;
 * - Hebrew words also match after up to three clitic prefixes (ו ב ל מ ה ש כ: "בדצמבר").
 */
import { WORD_CHAR, foldText, normalizeText, prepareText, type PreparedText } from './normalize-text';

/** A compiled word list. */
export interface Lexicon {
  /** Over the lower-cased text. */
  readonly lower: RegExp | null;
  /** Over the case-kept text (entries starting with `=`). */
  readonly cased: RegExp | null;
}

/** One occurrence of a lexicon entry. */
export interface LexiconHit {
  index: number;
  text: string;
}

const HEBREW = /^[\u0590-\u05ff]/u;
const STARTS_WITH_WORD = /^[\p{L}\p{N}_]/u;
const ENDS_WITH_WORD = /[\p{L}\p{N}_]$/u;
const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function wordSource(word: string): string {
  const star = word.endsWith('*');
  const bare = star ? word.slice(0, -1) : word;
  const prefix = HEBREW.test(bare) ? '(?:[ובלמהשכ]{1,3}-?)?' : '';
  const close = star ? `${WORD_CHAR}*` : ENDS_WITH_WORD.test(bare) ? `(?!${WORD_CHAR})` : '';
  return `${prefix}${escapeRegex(bare)}${close}`;
}

/** The source of one entry (already folded), and whether it must start at a word boundary. */
function entrySource(entry: string): { bounded: boolean; source: string } {
  const words = entry.split(' ').filter(Boolean);
  const parts: string[] = [];
  for (const word of words) {
    if (word === '~') parts.push(`(?:[\\s'-]+${WORD_CHAR}+){0,4}`);
    else {
      const join =
        parts.length === 0 ? '' : STARTS_WITH_WORD.test(word) ? `[\\s'-]*(?<!${WORD_CHAR})` : "[\\s'-]*";
      parts.push(join + wordSource(word));
    }
  }
  return { bounded: STARTS_WITH_WORD.test(words[0] ?? ''), source: parts.join('') };
}

/** One expression; the word-boundary check is shared by all bounded entries (much faster). */
function compile(entries: { bounded: boolean; source: string }[]): RegExp | null {
  if (entries.length === 0) return null;
  const bounded = entries.filter((e) => e.bounded).map((e) => e.source);
  const free = entries.filter((e) => !e.bounded).map((e) => e.source);
  const branches = [...(bounded.length > 0 ? [`(?<!${WORD_CHAR})(?:${bounded.join('|')})`] : []), ...free];
  return new RegExp(branches.map((b) => `(?:${b})`).join('|'), 'gu');
}

// Compiling a Unicode-aware expression costs far more than running it, and detectors build lists
// from phrase words on every call: both caches keep one compiled copy per distinct source.
const compiledLexicons = new Map<string, Lexicon>();
const compiledRegexes = new Map<string, RegExp>();

/** A compiled regular expression, shared by every caller with the same source and flags. */
export function cachedRegex(source: string, flags = ''): RegExp {
  const key = `${flags}/${source}`;
  let regex = compiledRegexes.get(key);
  if (!regex) {
    regex = new RegExp(source, flags);
    compiledRegexes.set(key, regex);
  }
  // A global expression keeps its position between uses; callers always start from the beginning.
  regex.lastIndex = 0;
  return regex;
}

/** Compiles a word list (see the module comment for the pattern language). */
export function lexicon(entries: readonly string[]): Lexicon {
  const key = entries.join('\u0000');
  const cached = compiledLexicons.get(key);
  if (cached) return cached;
  const compiled = compileLexicon(entries);
  compiledLexicons.set(key, compiled);
  return compiled;
}

function compileLexicon(entries: readonly string[]): Lexicon {
  const lower: { bounded: boolean; source: string }[] = [];
  const cased: { bounded: boolean; source: string }[] = [];
  for (const entry of entries) {
    if (entry.startsWith('/')) lower.push({ bounded: false, source: entry.slice(1) });
    else if (entry.startsWith('=')) cased.push(entrySource(foldText(entry.slice(1))));
    else lower.push(entrySource(normalizeText(entry)));
  }
  return { lower: compile(lower), cased: compile(cased) };
}

/** Joins word lists into one. */
export function mergeLexicons(...lists: readonly Lexicon[]): Lexicon {
  const join = (regexes: (RegExp | null)[]): RegExp | null => {
    const sources = regexes.filter((r): r is RegExp => r !== null).map((r) => `(?:${r.source})`);
    return sources.length === 0 ? null : new RegExp(sources.join('|'), 'gu');
  };
  return { lower: join(lists.map((l) => l.lower)), cased: join(lists.map((l) => l.cased)) };
}

/**
 * Every occurrence of the list, in order of position. A string is raw text and is prepared first;
 * a span (`text` and `cased`) is matched as it is, so offsets stay those of the span.
 */
export function findAll(list: Lexicon, text: Pick<PreparedText, 'text' | 'cased'> | string): LexiconHit[] {
  const prepared = typeof text === 'string' ? prepareText(text) : text;
  const hits: LexiconHit[] = [];
  for (const [regex, haystack] of [
    [list.lower, prepared.text],
    [list.cased, prepared.cased],
  ] as const) {
    if (!regex) continue;
    for (const match of haystack.matchAll(regex)) {
      if (match[0].length > 0) hits.push({ index: match.index, text: match[0] });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

/** Whether the list occurs in `text`. */
export function occursIn(list: Lexicon, text: Pick<PreparedText, 'text' | 'cased'> | string): boolean {
  return findAll(list, text).length > 0;
}

/**
 * Lexicon entries written as one text separated by `|`, so long multilingual word lists stay a few
 * readable lines: words`thank* | спасиб* | gracias`. Raw-expression entries are passed separately.
 */
export function words(strings: TemplateStringsArray): string[] {
  return strings
    .join('')
    .split('|')
    .map((entry) => entry.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

/** A word list of literal texts (quoted from a message or a phrase): pattern characters are inert. */
export function literalLexicon(texts: readonly string[]): Lexicon {
  return lexicon(
    texts
      .map((text) =>
        text
          .replace(/[*~]/g, ' ')
          .replace(/^[=/]+/, '')
          .trim(),
      )
      .filter(Boolean),
  );
}

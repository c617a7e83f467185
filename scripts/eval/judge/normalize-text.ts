/**
 * Text normalisation for the judge. Replies and lexicon entries go through the same function, so a
 * cue written with diacritics ("kündigen", "décembre", "ё") matches text typed with or without them.
 */
/**
 * A letter of normalised text (Latin, Greek, Cyrillic, Hebrew), and a letter or digit. Spelled out
 * rather than `\p{L}`: the Unicode property expands into hundreds of ranges that make every
 * lookaround in the judge's large alternations slow.
 */
export const LETTER = '[A-Za-z\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff\\u0590-\\u05ff]';
export const WORD_CHAR = '[A-Za-z0-9_\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff\\u0590-\\u05ff]';

const HEBREW_FINALS: Readonly<Record<string, string>> = { ך: 'כ', ם: 'מ', ן: 'נ', ף: 'פ', ץ: 'צ' };

/** One character folded: marks dropped, quotes, dashes, arrows and Hebrew final letters unified. */
function foldChar(char: string): string {
  return (
    char
      .normalize('NFKD')
      // Combining marks carry Latin accents, Cyrillic breves (й→и, ё→е) and Hebrew niqqud.
      .replace(/\p{M}+/gu, '')
      .replace(/ß/g, 'ss')
      .replace(/[’‘`´׳]/g, "'")
      .replace(/[“”«»„״]/g, '"')
      // Final letter forms become regular ones so Hebrew stems match inflected words.
      .replace(/[ךםןףץ]/g, (c) => HEBREW_FINALS[c] ?? c)
      .replace(/[‐‑‒–—−]/g, '-')
      .replace(/[→⇒➔➜›]/g, ' -> ')
      .replace(/[\u00a0\u202f\u2009\t]/g, ' ')
      // Direction marks ("‏42 ‏$" in Hebrew) are not text.
      .replace(/[\u200e\u200f]/g, '')
  );
}

/** Folded text and, for each of its positions, the position in the original (evidence quotes). */
function foldWithOrigin(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let at = 0;
  for (const char of text) {
    for (const piece of foldChar(char)) {
      // Runs of spaces become one, as in the lexicon entries.
      if (piece === ' ' && folded.endsWith(' ')) continue;
      folded += piece;
      origin.push(at);
    }
    at += char.length;
  }
  origin.push(at);
  return { folded, origin };
}

/** Folds marks, quotes, dashes and Hebrew final letters, keeping letter case. */
export function foldText(text: string): string {
  return foldWithOrigin(text).folded;
}

/** Lower-cases without changing the length, so offsets in both forms agree. */
function lowerKeepingLength(text: string): string {
  let lower = '';
  for (const char of text) {
    const candidate = char.toLowerCase();
    lower += candidate.length === char.length ? candidate : char;
  }
  return lower;
}

/** The folded, lower-cased text every lexicon matches against. */
export function normalizeText(text: string): string {
  return lowerKeepingLength(foldText(text));
}

/** A reply prepared once for all checks: the lower-cased text and the case-kept one (acronyms). */
export interface PreparedText {
  raw: string;
  /** Folded and lower-cased. */
  text: string;
  /** Folded, case kept: "US" the country is not "us" the pronoun. */
  cased: string;
  /** For each position of `text` (and one past the end), the position in `raw`. */
  origin: number[];
}

/** Prepares `raw` for matching. */
export function prepareText(raw: string): PreparedText {
  const { folded, origin } = foldWithOrigin(raw);
  return { raw, text: lowerKeepingLength(folded), cased: folded, origin };
}

const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** Lower-cased normalised text with Cyrillic letters spelled in Latin ("волков" → "volkov"). */
export function transliterate(normalized: string): string {
  return normalized.replace(/[а-я]/g, (c) => CYRILLIC_TO_LATIN[c] ?? c);
}

const HEBREW_FINALS: Readonly<Record<string, string>> = { ך: 'כ', ם: 'מ', ן: 'נ', ף: 'פ', ץ: 'צ' };

/**
 * Text normalisation shared by the lexicon compiler and the matcher, so a cue written
 * with diacritics ("kündigen", "résilier", "ё") matches text typed with or without them.
 */
export function normalizeText(text: string): string {
  return (
    text
      .normalize('NFKD')
      // Combining marks carry Latin accents, Cyrillic breves (й→и, ё→е) and Hebrew niqqud.
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/ß/g, 'ss')
      .replace(/[’‘`´]/g, "'")
      .replace(/[“”«»„]/g, '"')
      // Hebrew geresh/gershayim are typed with several code points; one form keeps cues simple.
      // Final letter forms (ם ן ץ ף ך) become regular ones so stems match inflected words.
      .replace(/[ךםןףץ]/g, (c) => HEBREW_FINALS[c] ?? c)
      .replace(/[׳]/g, "'")
      .replace(/[״]/g, '"')
      .replace(/[–—]/g, '-')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** `text` as a regex matching it literally (in a `u` regex, outside a character class). */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A hand-written pattern folded the way `normalizeText` folds text: letters lose their marks
 * ("й" → "и", "é" → "e") and Hebrew final forms become regular ones, so a cue written as the
 * word is spelled matches normalised text. Only letters change; the regex syntax is ASCII.
 */
export function foldPattern(pattern: RegExp): RegExp {
  const source = pattern.source
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[ךםןףץ]/g, (c) => HEBREW_FINALS[c] ?? c);
  return new RegExp(source, pattern.flags);
}

/**
 * The normalised text with sentence punctuation turned into spaces, so cues match across
 * "Please, cancel" as well as "please cancel". Keeps what identifiers and amounts need
 * ($, @, _, digits' separators) and in-word apostrophes and hyphens.
 */
export function toMatchText(normalized: string): string {
  return normalized
    .replace(/[^\p{L}\p{N}\s'$@_.\/-]/gu, ' ')
    .replace(/\.(?=\s|$)|(?<=\s|^)'|'(?=\s|$)|(?<=\s)-(?=\s)/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Letters in each script, used for language detection. */
export interface ScriptCounts {
  hebrew: number;
  cyrillic: number;
  latin: number;
}

/** Counts letters by script in the raw text. */
export function countScripts(text: string): ScriptCounts {
  return {
    hebrew: (text.match(/\p{Script=Hebrew}/gu) ?? []).length,
    cyrillic: (text.match(/\p{Script=Cyrillic}/gu) ?? []).length,
    latin: (text.match(/\p{Script=Latin}/gu) ?? []).length,
  };
}

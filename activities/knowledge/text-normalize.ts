/**
 * Tokenising, light stemming and stop words for English, Hebrew and Russian, shared by the local
 * embedder, the lexical query builder and the reranker so all three agree on what a "term" is.
 */

const STOP_WORDS = new Set(
  [
    // English
    'a an and are as at be been but by can could did do does doing for from had has have how i if in',
    'into is it its me my of on or our so than that the their them then there these they this to us',
    'was we were what when where which who why will with would you your yours am im ive dont cant',
    'please hi hello thanks thank just get got any some about also there here',
    // Hebrew
    'של את על עם זה זו אני אתה את הוא היא אנחנו הם לא כן מה איך למה מתי אם או גם יש אין כל רק',
    'שלי שלך שלנו אבל כי אל עוד כבר היה היו להיות',
    // Russian
    'и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне',
    'было вот от меня еще нет о из ему теперь когда даже ну ли если уже или ни быть был него до вас',
    'мой моя мое мои моей здравствуйте пожалуйста спасибо это этот эта где почему можно мы',
  ]
    .join(' ')
    .split(/\s+/),
);

/** Hebrew one-letter prefixes (and, the, in, to, from, that, as) that attach to the next word. */
const HEBREW_PREFIXES = ['ו', 'ה', 'ב', 'ל', 'מ', 'ש', 'כ'];
const ENGLISH_SUFFIXES = ['ations', 'ation', 'ings', 'ing', 'ies', 'ied', 'es', 'ed', 'ly', 's'];
const RUSSIAN_SUFFIXES = [
  'ами',
  'ями',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ась',
  'ись',
  'ться',
  'тся',
  'ые',
  'ие',
  'ой',
  'ей',
  'ый',
  'ий',
  'ая',
  'яя',
  'ое',
  'ее',
  'ам',
  'ям',
  'ах',
  'ях',
  'ом',
  'ем',
  'ов',
  'ев',
  'ть',
  'ет',
  'ит',
  'ут',
  'ют',
  'ат',
  'ят',
  'а',
  'я',
  'о',
  'е',
  'и',
  'ы',
  'у',
  'ю',
  'ь',
];

/** Lower-cases and folds away marks that don't change meaning (niqqud, accents, ё). */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u0591-\u05c7]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\u2019']/g, '');
}

/** The word tokens of a text, normalised, in order (stop words included). */
export function tokenize(text: string): string[] {
  return normalizeText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whether a normalised token carries no topic of its own. */
export function isStopWord(token: string): boolean {
  return STOP_WORDS.has(token) || token.length < 2;
}

function stripSuffix(token: string, suffixes: readonly string[], minStem: number): string {
  for (const suffix of suffixes) {
    if (token.endsWith(suffix) && token.length - suffix.length >= minStem) {
      return token.slice(0, -suffix.length);
    }
  }
  return token;
}

/**
 * A crude stem: strips common inflections so "pausing"/"paused"/"pause" and "посылка"/"посылки"
 * share a key. Hebrew words lose one attached prefix letter; precision is left to the reranker.
 */
export function stem(token: string): string {
  if (/[\u0590-\u05ff]/.test(token)) {
    const prefix = HEBREW_PREFIXES.find((p) => token.startsWith(p));
    return prefix && token.length > 3 ? token.slice(1) : token;
  }
  if (/[\u0400-\u04ff]/.test(token)) return stripSuffix(token, RUSSIAN_SUFFIXES, 3);
  if (/^\d+$/.test(token)) return token;
  const stemmed = stripSuffix(token, ENGLISH_SUFFIXES, 3);
  // "pause" and "paus(ing)" should meet: drop a trailing silent e as well.
  return stemmed.length > 3 && stemmed.endsWith('e') ? stemmed.slice(0, -1) : stemmed;
}

/** The stems of a text's content words, in order. */
export function contentTerms(text: string): string[] {
  return tokenize(text)
    .filter((token) => !isStopWord(token))
    .map(stem);
}

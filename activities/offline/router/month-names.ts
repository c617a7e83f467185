/**
 * Month-name patterns (on normalised text) in the six languages, index 0 = January.
 * Russian stems cover case forms and adjectives ("декабря", "ноябрьская"); Hebrew names may
 * carry clitic prefixes. English "may" is handled separately because it is also a verb.
 */
export const MONTH_PATTERNS: readonly string[] = [
  'january|jan|januar|janner|jaenner|enero|janvier|январ\\p{L}*|ינואר',
  'february|feb|februar|febrero|fevrier|феврал\\p{L}*|פברואר',
  'march|marz|maerz|marzo|mars|март\\p{L}*|מרצ|מרס', // מרץ after final-letter normalisation
  'april|apr|abril|avril|апрел\\p{L}*|אפריל',
  'mai|mayo|ма[ияе]|маиск\\p{L}*|מאי',
  'june|jun|juni|junio|juin|июн\\p{L}*|יוני',
  'july|jul|juli|julio|juillet|июл\\p{L}*|יולי',
  'august|aug|agosto|aout|август\\p{L}*|אוגוסט',
  'september|sept|sep|septiembre|setiembre|septembre|сентябр\\p{L}*|ספטמבר',
  'october|oct|oktober|octubre|octobre|октябр\\p{L}*|אוקטובר',
  'november|nov|noviembre|novembre|ноябр\\p{L}*|נובמבר',
  'december|dec|dezember|diciembre|decembre|декабр\\p{L}*|דצמבר',
];

/** Number words (normalised) for small counts in the six languages. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, a: 1, an: 1, single: 1, two: 2, couple: 2, three: 3, four: 4, five: 5, six: 6,
  ein: 1, einen: 1, eins: 1, einem: 1, zwei: 2, paar: 2, drei: 3, vier: 4, funf: 5, sechs: 6,
  un: 1, uno: 1, una: 1, dos: 2, par: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6,
  deux: 2, trois: 3, quatre: 4, cinq: 5,
  один: 1, одного: 1, одна: 1, два: 2, двух: 2, пару: 2, пара: 2, три: 3, трех: 3, четыре: 4, пять: 5, шесть: 6,
  אחד: 1, שני: 2, שניים: 2, שלושה: 3, שלוש: 3, ארבעה: 4, חמישה: 5, שישה: 6,
};

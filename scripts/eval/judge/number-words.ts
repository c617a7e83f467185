/**
 * Small numbers written as words, and the units a number in a golden phrase may carry
 * ("14 days", "2 months"), in the six languages (normalised: no accents, Hebrew finals folded).
 */
import { lexicon, type Lexicon, words } from './lexicon';

/** Number words 1..12. Articles ("un", "ein") count as one: "un día hábil" is 1 business day. */
export const NUMBER_WORDS: Readonly<Record<number, readonly string[]>> = {
  1: words`
    one | один | одна | одно | одного | одной | одному | одним | одну | uno | una | un | ein | eine
    | einen | einem | eines | einer | eins | une | אחד | אחת
  `,
  2: words`
    two | both | два | две | двух | двум | двумя | оба | обе | dos | ambos | ambas | zwei | beide
    | beiden | deux | les deux | שניים | שתיים | שני | שתי | שניהם
  `,
  3: ['three', 'три', 'трех', 'трем', 'тремя', 'tres', 'drei', 'trois', 'שלושה', 'שלוש', 'שלושת'],
  4: ['four', 'четыре', 'четырех', 'cuatro', 'vier', 'quatre', 'ארבעה', 'ארבע', 'ארבעת'],
  5: ['five', 'пять', 'пяти', 'cinco', 'funf', 'cinq', 'חמישה', 'חמש', 'חמשת'],
  6: ['six', 'шесть', 'шести', 'seis', 'sechs', 'six', 'שישה', 'שש', 'ששת'],
  7: ['seven', 'семь', 'семи', 'siete', 'sieben', 'sept', 'שבעה', 'שבע'],
  8: ['eight', 'восемь', 'восьми', 'ocho', 'acht', 'huit', 'שמונה'],
  9: ['nine', 'девять', 'девяти', 'nueve', 'neun', 'neuf', 'תשעה', 'תשע'],
  10: ['ten', 'десять', 'десяти', 'diez', 'zehn', 'dix', 'עשרה', 'עשר'],
  11: ['eleven', 'одиннадцат*', 'once', 'elf', 'onze'],
  12: ['twelve', 'двенадцат*', 'doce', 'zwolf', 'douze'],
};

/** The word list for one small number. */
export function numberWordLexicon(value: number): Lexicon | null {
  const words = NUMBER_WORDS[value];
  return words ? lexicon(words) : null;
}

/** Units a phrase's number may carry; the reply must say the unit near the number. */
export const UNITS: Readonly<Record<string, Lexicon>> = {
  day: lexicon(words`
    day* | дн* | день | дня | сут* | dia | dias | jornada* | tag | tage | tagen | tages | werktag*
    | arbeitstag* | jour* | יום | ימים | ימי
  `),
  week: lexicon(['week*', 'недел*', 'semana*', 'woche*', 'semaine*', 'שבוע*']),
  month: lexicon(['month*', 'месяц*', 'мес', 'mes', 'meses', 'monat*', 'mois', 'חודש*']),
  year: lexicon(['year*', 'год*', 'лет', 'ano', 'anos', 'jahr*', 'an', 'ans', 'annee*', 'שנה', 'שנים']),
  box: lexicon(words`
    box* | коробк* | посылк* | caja* | paquete* | boite* | colis | קופס* | חביל* | משלוח*
  `),
};

/** The unit of an English unit word in a phrase ("business days" → day). */
export const PHRASE_UNITS: readonly [RegExp, string][] = [
  [/^(?:business |working |calendar )?days?\b/, 'day'],
  [/^weeks?\b/, 'week'],
  [/^months?\b/, 'month'],
  [/^years?\b/, 'year'],
  [/^boxes\b|^box\b/, 'box'],
];

/**
 * Month and weekday names in the six languages, as regular-expression sources over normalised text
 * (see normalize-text.ts: no accents, й→и, Hebrew final letters folded). Russian stems cover case
 * forms and adjectives ("декабря", "ноябрьская"); Hebrew names may carry clitics ("בדצמבר").
 */
import { LETTER } from './normalize-text';

const HEBREW_CLITICS = '(?:[ובלמהשכ]{1,3}-?)?';

/** Full month names, index 0 = January. English "may" is left out: see `monthSource`. */
const MONTHS: readonly string[][] = [
  ['january', 'januar', 'janner', 'enero', 'janvier', `январ${LETTER}*`, `${HEBREW_CLITICS}ינואר`],
  ['february', 'februar', 'febrero', 'fevrier', `феврал${LETTER}*`, `${HEBREW_CLITICS}פברואר`],
  ['march', 'marz', 'maerz', 'marzo', 'mars', `март${LETTER}*`, `${HEBREW_CLITICS}(?:מרצ|מרס)`],
  ['april', 'abril', 'avril', `апрел${LETTER}*`, `${HEBREW_CLITICS}אפריל`],
  ['mayo', 'mai', 'ма[ияе]', `${HEBREW_CLITICS}מאי`],
  ['june', 'juni', 'junio', 'juin', `июн${LETTER}*`, `${HEBREW_CLITICS}יוני`],
  ['july', 'juli', 'julio', 'juillet', `июл${LETTER}*`, `${HEBREW_CLITICS}יולי`],
  ['august', 'agosto', 'aout', `август${LETTER}*`, `${HEBREW_CLITICS}אוגוסט`],
  ['september', 'septiembre', 'setiembre', 'septembre', `сентябр${LETTER}*`, `${HEBREW_CLITICS}ספטמבר`],
  ['october', 'oktober', 'octubre', 'octobre', `октябр${LETTER}*`, `${HEBREW_CLITICS}אוקטובר`],
  ['november', 'noviembre', 'novembre', `ноябр${LETTER}*`, `${HEBREW_CLITICS}נובמבר`],
  ['december', 'dezember', 'diciembre', 'decembre', `декабр${LETTER}*`, `${HEBREW_CLITICS}דצמבר`],
];

/** Abbreviations, trusted only next to a day number ("10 Dec", "3. Okt."). */
const MONTH_ABBREVIATIONS: readonly string[][] = [
  ['jan', 'janv'],
  ['feb', 'fevr', 'fev'],
  ['mar'],
  ['apr', 'avr'],
  ['may'],
  ['jun'],
  ['jul', 'juil'],
  ['aug'],
  ['sep', 'sept'],
  ['oct', 'okt'],
  ['nov'],
  ['dec', 'dez'],
];

/** Weekdays, index 0 = Monday. */
const WEEKDAYS: readonly string[][] = [
  ['monday', `понедельник${LETTER}*`, 'lunes', `montag${LETTER}*`, 'lundi', `${HEBREW_CLITICS}יום שני`],
  ['tuesday', `вторник${LETTER}*`, 'martes', `dienstag${LETTER}*`, 'mardi', `${HEBREW_CLITICS}יום שלישי`],
  ['wednesday', 'сред[аыуе]', 'miercoles', `mittwoch${LETTER}*`, 'mercredi', `${HEBREW_CLITICS}יום רביעי`],
  [
    'thursday',
    `четверг${LETTER}*`,
    'jueves',
    `donnerstag${LETTER}*`,
    'jeudi',
    `${HEBREW_CLITICS}(?:יום )?חמישי`,
  ],
  [
    'friday',
    `пятниц${LETTER}*`,
    'viernes',
    `freitag${LETTER}*`,
    'vendredi',
    `${HEBREW_CLITICS}(?:יום )?שישי`,
  ],
  [
    'saturday',
    `суббот${LETTER}*`,
    'sabado',
    `samstag${LETTER}*`,
    'sonnabend',
    'samedi',
    `${HEBREW_CLITICS}שבת`,
  ],
  [
    'sunday',
    `воскресен${LETTER}*`,
    'domingo',
    `sonntag${LETTER}*`,
    'dimanche',
    `${HEBREW_CLITICS}(?:יום )?ראשון`,
  ],
];

/** English names as written in the golden phrases, index 0 = January / Monday. */
export const ENGLISH_MONTHS = MONTHS.map((names) => names[0]!);
ENGLISH_MONTHS[4] = 'may';
export const ENGLISH_WEEKDAYS = WEEKDAYS.map((names) => names[0]!);

const bounded = (alternatives: readonly string[]): string =>
  // Long Latin names also match compounds ("Dezemberbox"); short ones must end ("mai", not "mail").
  `(?<!${LETTER})(?:${alternatives.map((a) => (/^[a-z]{6,}$/.test(a) ? `${a}${LETTER}*` : a)).join('|')})(?!${LETTER})`;

/** Source matching month `index` (0-based) by its full name in any language, on lower-cased text. */
export function monthSource(index: number, options: { abbreviations?: boolean } = {}): string {
  const names = [...MONTHS[index]!, ...(options.abbreviations ? MONTH_ABBREVIATIONS[index]! : [])];
  return bounded(names);
}

/** Source matching any month name (capture it and resolve with `monthOfName`). */
export function anyMonthSource(options: { abbreviations?: boolean } = {}): string {
  return MONTHS.map((_, index) => monthSource(index, options)).join('|');
}

const wholeWord = new Map<string, RegExp>();

/** Which month (0-based) a matched month word names, or -1. */
export function monthOfName(word: string, options: { abbreviations?: boolean } = {}): number {
  return MONTHS.findIndex((_, index) => {
    const source = `^(?:${monthSource(index, options)})\\.?$`;
    let regex = wholeWord.get(source);
    if (!regex) {
      regex = new RegExp(source, 'u');
      wholeWord.set(source, regex);
    }
    return regex.test(word);
  });
}

/** Source matching weekday `index` (0 = Monday) in any language. */
export function weekdaySource(index: number): string {
  return bounded(WEEKDAYS[index]!);
}

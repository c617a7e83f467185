/**
 * Date, month and money formatting in the six reply languages. Dates arrive as `YYYY-MM-DD` (or an
 * ISO timestamp, read as its UTC calendar day) and months as `YYYY-MM`. Days always carry their
 * year: replies are read weeks later, and around New Year a bare "1 January" is ambiguous.
 */
import type { Address } from '../../../commerce/types';
import type { ReplyLanguage } from './types';

/** Month names per language, index 0 = January; Russian and Hebrew day forms need their own. */
const MONTHS: Record<ReplyLanguage, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  he: [
    'ינואר',
    'פברואר',
    'מרץ',
    'אפריל',
    'מאי',
    'יוני',
    'יולי',
    'אוגוסט',
    'ספטמבר',
    'אוקטובר',
    'נובמבר',
    'דצמבר',
  ],
  ru: [
    'январь',
    'февраль',
    'март',
    'апрель',
    'май',
    'июнь',
    'июль',
    'август',
    'сентябрь',
    'октябрь',
    'ноябрь',
    'декабрь',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
};

/** Russian days take the genitive month ("1 декабря"). */
const RU_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

/** Formats dates, months and amounts for one language, relative to the conversation's today. */
export interface Formatter {
  /** `2026-12-01` → "1 December 2026". */
  day(date: string): string;
  /** `2026-12-01` → "1 December" (how others may write a date; QA reads both). */
  dayWithoutYear(date: string): string;
  /** `2027-01` → "January 2027". */
  month(month: string): string;
  /** `2023-11` → "November 2023" after "since" (Russian needs the genitive: "ноября 2023 г."). */
  monthSince(month: string): string;
  /** `2027-01` → "January" (no year). */
  monthName(month: string): string;
  /**
   * An amount in dollars written the language's way, as the widget's cards write it, with cents
   * only when there are any: 39 → "$39", 56.05 → "$56.05"; German "39 $", Spanish "39 US$",
   * French "39 $US", Russian "39 $", Hebrew "39 $" (with the marks that keep it in place in
   * right-to-left text).
   */
  money(amount: number): string;
  /** A list joined with the language's "and". */
  list(items: readonly string[]): string;
  /** A postal address on one line, the country by its name in the language. */
  address(a: Address): string;
}

const LOCALES: Record<ReplyLanguage, string> = {
  en: 'en-US',
  he: 'he-IL',
  ru: 'ru-RU',
  es: 'es-ES',
  de: 'de-DE',
  fr: 'fr-FR',
};

function parts(value: string): { year: number; month: number; day: number } {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  return { year: year ?? 0, month: month ?? 1, day: day ?? 1 };
}

const AND: Record<ReplyLanguage, string> = { en: 'and', he: 'ו', ru: 'и', es: 'y', de: 'und', fr: 'et' };

const REGION_NAMES = new Map<ReplyLanguage, Intl.DisplayNames>();
const MONEY_FORMATS = new Map<string, Intl.NumberFormat>();

/**
 * `amount` in `currency` written the `locale`'s way, with cents only when there are any ("$39",
 * "39,50 $"): the replies' rule, which the widget's cards follow too. The replies write no
 * thousands separator (`grouping: false`). Each format is built once.
 */
export function moneyIn(
  locale: string,
  amount: number,
  options: { currency?: string; grouping?: boolean } = {},
): string {
  const { currency = 'USD', grouping = true } = options;
  const cents = Number.isInteger(amount) ? 0 : 2;
  const key = `${locale}:${currency}:${cents}:${grouping}`;
  let format = MONEY_FORMATS.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: cents,
      maximumFractionDigits: cents,
      useGrouping: grouping,
    });
    MONEY_FORMATS.set(key, format);
  }
  return format.format(amount);
}

/** A country code as the country's name in `language` (built once per language). */
function countryName(language: ReplyLanguage, code: string): string {
  let names = REGION_NAMES.get(language);
  if (!names) {
    names = new Intl.DisplayNames([LOCALES[language]], { type: 'region', fallback: 'code' });
    REGION_NAMES.set(language, names);
  }
  try {
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code; // not a region code
  }
}

/** The formatter of `language`. */
export function createFormatter(language: ReplyLanguage): Formatter {
  const names = MONTHS[language];
  const dayText = (date: string, withYear: boolean): string => {
    const { year, month, day } = parts(date);
    const name = names[month - 1] ?? String(month);
    switch (language) {
      case 'ru':
        return `${day} ${RU_GENITIVE[month - 1] ?? name}${withYear ? ` ${year} г.` : ''}`;
      case 'he':
        return `${day} ב${name}${withYear ? ` ${year}` : ''}`;
      case 'es':
        return `${day} de ${name}${withYear ? ` de ${year}` : ''}`;
      case 'de':
        return `${day}. ${name}${withYear ? ` ${year}` : ''}`;
      case 'fr':
        return `${day === 1 ? '1er' : day} ${name}${withYear ? ` ${year}` : ''}`;
      default:
        return `${day} ${name}${withYear ? ` ${year}` : ''}`;
    }
  };
  const monthText = (month: string): string => {
    const { year, month: mm } = parts(`${month}-01`);
    const name = names[mm - 1] ?? String(mm);
    return language === 'es' ? `${name} de ${year}` : `${name} ${year}`;
  };
  return {
    day: (date) => dayText(date, true),
    dayWithoutYear: (date) => dayText(date, false),
    month: monthText,
    monthSince: (month) => {
      if (language !== 'ru') return monthText(month);
      const { year, month: mm } = parts(`${month}-01`);
      return `${RU_GENITIVE[mm - 1] ?? mm} ${year} г.`;
    },
    monthName: (month) => names[parts(`${month}-01`).month - 1] ?? month,
    money: (amount) => moneyIn(LOCALES[language], amount, { grouping: false }),
    address: (a) =>
      [a.line1, a.line2, a.city, a.region, a.postalCode, countryName(language, a.country)]
        .filter(Boolean)
        .join(', '),
    list: (items) => {
      if (items.length <= 1) return items.join('');
      const and = AND[language];
      const head = items.slice(0, -1).join(', ');
      const last = items.at(-1) ?? '';
      // Hebrew joins "and" to the word; before a number or a Latin name it takes a hyphen ("ו-15").
      if (language === 'he') return `${head} ${and}${/^[\p{Script=Hebrew}]/u.test(last) ? '' : '-'}${last}`;
      return `${head} ${and} ${last}`;
    },
  };
}

/** Space and the marks that keep a Hebrew amount in place ("‏42 ‏$"). */
const GAP = '[\\s\\u200e\\u200f]*';
const NUMBER = '(\\d+(?:[.,]\\d{1,2})?)';
const DOLLARS_AFTER = '(?:US\\$|\\$(?:US)?|USD|dollars?|dólares|долларов|доллара|доллар|דולר)';
const DOLLAR_AMOUNT = new RegExp(
  `(?:US\\$|\\$|USD)${GAP}${NUMBER}|${NUMBER}${GAP}${DOLLARS_AFTER}(?![\\p{L}])`,
  'giu',
);

/**
 * The dollar amounts `text` writes, in the order written: as `money` writes them in each language
 * ("$39", "39 $", "39 US$", "39 $US", "‏39 ‏$", "56,05 $") and as people do ("39 dollars",
 * "USD 39", "39 долларов", "39 דולר").
 */
export function dollarAmounts(text: string): number[] {
  return writtenAmounts(text).map((written) => written.amount);
}

/** The dollar amounts `text` writes, each with its text as written ("56,05 $"). */
export function writtenAmounts(text: string): Array<{ amount: number; text: string }> {
  return [...text.matchAll(DOLLAR_AMOUNT)].map((m) => ({
    amount: Number((m[1] ?? m[2] ?? '0').replace(',', '.')),
    text: m[0],
  }));
}

/** `2026-11` → "November 2026", for English text meant for the team (claim descriptions). */
export const formatEnglishMonth = (month: string): string => createFormatter('en').month(month);

/** Punctuation left doubled where a sentence ends on an abbreviation ("1 января 2027 г.."). */
export function tidyPunctuation(text: string): string {
  return text.replace(/(?<!\.)\.\.(?!\.)/g, '.').replace(/ +([,.])/g, '$1');
}

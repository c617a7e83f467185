/**
 * The dates, months, amounts, numbers and times a reply states, read once in all the usual written
 * forms of the six languages: "10 December", "December 10", "10 декабря", "10 de diciembre",
 * "10. Dezember", "10 décembre", "10 בדצמבר", "10.12.", "10/12/2026", "2026-12-10", day lists and
 * ranges ("2-6 December", "между 2 и 6 декабря"), "January 2027", "01/2027", "$18", "18 USD".
 */
import { anyMonthSource, monthOfName, monthSource } from './calendar-words';
import { cachedRegex } from './lexicon';
import { findAll } from './lexicon';
import type { PreparedText } from './normalize-text';
import { NUMBER_WORDS, numberWordLexicon } from './number-words';

/** A calendar date the reply states; `year` null when written without one. */
export interface StatedDate {
  day: number;
  month: number;
  year: number | null;
}

/** A number the reply states, in digits or as a word, with its position. */
export interface StatedNumber {
  value: number;
  index: number;
  end: number;
}

/** Everything the anchors are checked against. */
export interface ReplyFacts {
  dates: StatedDate[];
  monthYears: { month: number; year: number }[];
  /** Months named or implied by a stated date, 1-12. */
  months: Set<number>;
  amounts: Set<number>;
  numbers: StatedNumber[];
  times: { hour: number; minute: number }[];
}

const DAY = '\\d{1,2}(?:\\.|er|st|nd|rd|th|-?го|-?е)?';
const DAY_JOIN =
  '\\s*(?:,|-|to|till|until|through|and|und|et|y|e|и|или|or|oder|ou|o|bis|au|a|al|по|до|ו-?|עד|ל-?)\\s*';
const MONTH_WORD = `(${anyMonthSource({ abbreviations: true })})\\.?`;
const YEAR_AFTER = '(?:\\s*,?\\s*(?:de\\s+|del\\s+|of\\s+)?(\\d{4})(?![\\d]))?';

const DAYS_THEN_MONTH = new RegExp(
  `(?<![\\d.])(${DAY}(?:${DAY_JOIN}${DAY})*)\\s*(?:de\\s+|del\\s+|of\\s+(?:the\\s+)?)?${MONTH_WORD}${YEAR_AFTER}`,
  'gu',
);
const MONTH_THEN_DAYS = new RegExp(
  `${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d])(?:\\s*(?:-|to|and|through)\\s*(\\d{1,2})(?:st|nd|rd|th)?(?![\\d]))?${YEAR_AFTER}`,
  'gu',
);
const MONTH_THEN_YEAR = new RegExp(
  `(${anyMonthSource()})\\s*(?:,|de|del|года?|г\\.?)?\\s*(\\d{4})(?![\\d])`,
  'gu',
);
const DOTTED = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(?:(\d{4}|\d{2})(?![\d]))?/gu;
const SLASHED = /(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/])/gu;
const ISO_DATE = /(?<![\d])(\d{4})-(\d{2})-(\d{2})(?![\d])/gu;
const NUMERIC_MONTH_YEAR =
  /(?<![\d./-])(\d{1,2})[/.](\d{4}|\d{2})(?![\d/]|\.\d)|(?<![\d])(\d{4})-(\d{2})(?![\d-])/gu;
const MONEY =
  /(?:us\s?\$|\$|usd\s?)\s?(\d+(?:[.,]\d{1,2})?)|(\d+(?:[.,]\d{1,2})?)\s?(?:\$|usd|us\$|dollars?|долл\p{L}*|dolares|dolar|דולר)/gu;
const DIGITS = /(?<![\d.,])\d+(?:[.,]\d+)?(?![\d])/gu;
const TIME =
  /(?<![\d.])(\d{1,2})(?:[:.h](\d{2})(?![\d])|\s?h(?![\p{L}])|\s?(a\.?m\.?|p\.?m\.?)(?![\p{L}]))/gu;

const fullYear = (text: string | undefined): number | null =>
  text === undefined ? null : text.length === 2 ? 2000 + Number(text) : Number(text);
const validDate = (d: StatedDate): boolean => d.day >= 1 && d.day <= 31 && d.month >= 1 && d.month <= 12;

function namedDates(text: string): StatedDate[] {
  const dates: StatedDate[] = [];
  for (const m of text.matchAll(DAYS_THEN_MONTH)) {
    const month = monthOfName(m[2]!, { abbreviations: true }) + 1;
    for (const day of m[1]!.matchAll(/\d{1,2}/g))
      dates.push({ day: Number(day[0]), month, year: fullYear(m[3]) });
  }
  for (const m of text.matchAll(MONTH_THEN_DAYS)) {
    const month = monthOfName(m[1]!, { abbreviations: true }) + 1;
    for (const day of [m[2], m[3]]) if (day) dates.push({ day: Number(day), month, year: fullYear(m[4]) });
  }
  return dates;
}

function numericDates(text: string, language: string): StatedDate[] {
  const dates: StatedDate[] = [];
  for (const m of text.matchAll(DOTTED))
    dates.push({ day: Number(m[1]), month: Number(m[2]), year: fullYear(m[3]) });
  for (const m of text.matchAll(SLASHED)) {
    dates.push({ day: Number(m[1]), month: Number(m[2]), year: fullYear(m[3]) });
    // Only English writes month first ("12/10/2026").
    if (language === 'en') dates.push({ day: Number(m[2]), month: Number(m[1]), year: fullYear(m[3]) });
  }
  for (const m of text.matchAll(ISO_DATE))
    dates.push({ day: Number(m[3]), month: Number(m[2]), year: Number(m[1]) });
  return dates;
}

function statedNumbers(text: string): StatedNumber[] {
  const numbers: StatedNumber[] = [...text.matchAll(DIGITS)].map((m) => ({
    value: Number(m[0].replace(',', '.')),
    index: m.index,
    end: m.index + m[0].length,
  }));
  for (const value of Object.keys(NUMBER_WORDS).map(Number)) {
    for (const hit of findAll(numberWordLexicon(value)!, { text, cased: text })) {
      numbers.push({ value, index: hit.index, end: hit.index + hit.text.length });
    }
  }
  return numbers.sort((a, b) => a.index - b.index);
}

/** Reads the facts of a prepared reply written in `language`. */
export function readReplyFacts(reply: PreparedText, language: string): ReplyFacts {
  const { text } = reply;
  const dates = [...namedDates(text), ...numericDates(text, language)].filter(validDate);
  const monthYears = dates.flatMap((d) => (d.year === null ? [] : [{ month: d.month, year: d.year }]));
  for (const m of text.matchAll(MONTH_THEN_YEAR))
    monthYears.push({ month: monthOfName(m[1]!) + 1, year: Number(m[2]) });
  for (const m of text.matchAll(NUMERIC_MONTH_YEAR)) {
    const [month, year] = m[1] ? [Number(m[1]), fullYear(m[2])!] : [Number(m[4]), Number(m[3])];
    if (month >= 1 && month <= 12) monthYears.push({ month, year });
  }
  const months = new Set<number>([...dates, ...monthYears].map((d) => d.month));
  for (let index = 0; index < 12; index += 1) {
    if (cachedRegex(monthSource(index), 'u').test(text)) months.add(index + 1);
  }
  // English "may" is a verb as often as a month: only the capitalised word counts.
  if (/(?<![\p{L}])May(?![\p{L}])/u.test(reply.cased)) months.add(5);
  const amounts = new Set<number>(
    [...text.matchAll(MONEY)].map((m) => Number((m[1] ?? m[2])!.replace(',', '.'))),
  );
  const times = [...text.matchAll(TIME)].map((m) => {
    const hour = Number(m[1]);
    const pm = m[3]?.startsWith('p') && hour < 12;
    return { hour: pm ? hour + 12 : hour, minute: Number(m[2] ?? 0) };
  });
  return { dates, monthYears, months, amounts, numbers: statedNumbers(text), times };
}

/**
 * The checkable facts a draft states: identifiers (orders, payments, tracking numbers, card
 * endings), dollar amounts, and calendar dates written in any of the six reply languages.
 */
import { createFormatter, writtenAmounts } from '../i18n/format';
import type { ReplyLanguage } from '../i18n/types';
import { addDays } from '../policy/calendar';
import { escapeRegExp } from '../../router/normalize';

/** What a draft states that must be backed by evidence. */
export interface DraftFacts {
  identifiers: string[];
  cardEndings: string[];
  /** Each with its text as written ("$42", "42 $"), which a refinement removes. */
  amounts: { amount: number; text: string }[];
  /** `YYYY-MM-DD`, with the text as written. */
  dates: { date: string; text: string }[];
}

const IDENTIFIERS =
  /\bord_\d{5}\b|\bpay_[A-Z0-9]{10}\b|\b[A-Z]{2}\d{9}IL\b|\b1Z[0-9A-Z]{16}\b|(?<![\d$.,])\d{10}(?:\d{2})?(?![\d.,])/g;
const CARD_ENDING =
  /(?:ending(?: in)?|ends in|заканчивающ\p{L}*(?: на)?|que termina en|terminada en|endend auf|endet auf|se terminant par|finissant par|המסתיים ב-?|שמסתיים ב-?)\s*(\d{4})\b/giu;
const LANGUAGES: readonly ReplyLanguage[] = ['en', 'he', 'ru', 'es', 'de', 'fr'];

type Spelling = { date: string; text: string };

/** The spellings of a (day, language): built once, since every QA review of the day reads the same. */
const SPELLINGS = new Map<string, readonly Spelling[]>();

/** Date spellings the draft may use, from two years back to a year ahead of today. */
function dateSpellings(today: string, language: ReplyLanguage): readonly Spelling[] {
  const key = `${today}|${language}`;
  let spellings = SPELLINGS.get(key);
  if (!spellings) {
    if (SPELLINGS.size >= 16) SPELLINGS.clear();
    spellings = buildSpellings(today, language);
    SPELLINGS.set(key, spellings);
  }
  return spellings;
}

function buildSpellings(today: string, language: ReplyLanguage): Spelling[] {
  const languages = language === 'en' ? ['en' as const] : [language, 'en' as const];
  const out: Spelling[] = [];
  const formatters = languages.map((l) => createFormatter(l));
  // Nearest first: "6 December" without a year is the one closest to today, not two years back
  // (the sort below is stable, so among equal spellings the first added wins).
  const offsets = Array.from({ length: 1131 }, (_, i) => i - 730).sort(
    (a, b) => Math.abs(a) - Math.abs(b) || b - a,
  );
  for (const offset of offsets) {
    const date = addDays(today, offset);
    for (const f of formatters) out.push({ date, text: f.day(date) }, { date, text: f.dayWithoutYear(date) });
    out.push({ date, text: date });
  }
  // Longest first, so "1 December 2027" is read before "1 December".
  return out.sort((a, b) => b.text.length - a.text.length);
}

/** Links (the confirmation form's, with its signed token) are addresses, not facts to check. */
export const withoutLinks = (text: string): string => text.replace(/https?:\/\/\S+/g, ' ');

/** Reads the facts of a draft written in `language`. */
export function readDraftFacts(text: string, language: string, today: string): DraftFacts {
  const draft = withoutLinks(text);
  const lang = (LANGUAGES as readonly string[]).includes(language) ? (language as ReplyLanguage) : 'en';
  const identifiers = [...new Set(draft.match(IDENTIFIERS) ?? [])];
  const cardEndings = [...draft.matchAll(CARD_ENDING)].map((m) => m[1] ?? '');
  const amounts = writtenAmounts(draft);
  const dates: { date: string; text: string }[] = [];
  let rest = draft;
  for (const spelling of dateSpellings(today, lang)) {
    if (!rest.includes(spelling.text)) continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(spelling.text)}(?![\\p{L}\\p{N}])`, 'gu');
    if (!pattern.test(rest)) continue;
    dates.push(spelling);
    rest = rest.replace(pattern, ' ');
  }
  return { identifiers, cardEndings, amounts, dates };
}

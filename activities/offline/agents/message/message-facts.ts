/**
 * Everything the offline agent reads out of the customer's latest message: months and durations,
 * the frequency asked for, identifiers, an address, and the cues that shape the reply. Reuses the
 * router's extractors so the agent and the router agree on what a message says.
 */
import type { Frequency, Tier } from '../../../commerce/types';
import { extractIdentifiers } from '../../router/extract-identifiers';
import { extractDurationMonths, extractFrequency, extractMonths } from '../../router/extract-schedule';
import { detectPromptInjection } from '../../router/prompt-injection';
import { detectCues, type CueName } from './cues';
import { parseAddress, type AddressParse } from './parse-address';
import { tiersNamed } from './tier-names';
import { dollarAmounts } from '../i18n/format';
import { allergensAsked, type AllergenFamily } from '../policy/allergens';
import { holidayNamed, type Holiday } from '../policy/holidays';
import { remedyChosen, type BoxRemedy } from './remedy-choice';

/** The facts of one customer message. */
export interface MessageFacts {
  text: string;
  /** Months named, resolved to upcoming ones (skips, pauses: only future boxes make sense). */
  futureMonths: string[];
  /** Months named, resolved to the nearest past or upcoming month (a late box, an old charge). */
  months: string[];
  durationMonths: number | null;
  frequency: Frequency | null;
  /** Every frequency mentioned, clause by clause (the current plan may be among them). */
  frequencies: Frequency[];
  /** The tiers (Basic, Premium, Deluxe) named, in the order written. */
  tiers: Tier[];
  orderIds: string[];
  trackingNumbers: string[];
  emails: string[];
  /** Dollar amounts written in the message. */
  amounts: number[];
  /** Calendar dates written in the message (`YYYY-MM-DD`, past-resolved like `months`). */
  dates: string[];
  promptInjection: boolean;
  address: AddressParse | null;
  cues: ReadonlySet<CueName>;
  /** The allergens asked about ("any nuts in the box?"). */
  allergens: AllergenFamily[];
  /** The holiday named ("before Hanukkah"). */
  holiday: Holiday | null;
  /** The remedy chosen for a box that never arrived ("the replacement instead"). */
  remedy: BoxRemedy | null;
}

const pad = (n: number | string): string => String(n).padStart(2, '0');

/** "29 de septiembre", "Nov 1", "15.09." as `YYYY-MM-DD`, in the order written. */
export function explicitDates(text: string, today: Date): string[] {
  const found: { index: number; value: string }[] = [];
  const year = today.getUTCFullYear();
  for (const m of text.matchAll(/(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})?/g)) {
    const month = `${m[3] ?? year}-${pad(m[2] ?? '1')}`;
    found.push({ index: m.index ?? 0, value: `${month}-${pad(m[1] ?? '1')}` });
  }
  const dayThenMonth = /(?<![\d.])(\d{1,2})(?:st|nd|rd|th|er|-?го)?\s+(?:de\s+|of\s+|ב)?(\p{L}+)/gu;
  const monthThenDay = /(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?![\d.,:])/gu;
  for (const m of text.matchAll(dayThenMonth)) {
    const month = extractMonths(m[2] ?? '', today)[0];
    if (month) found.push({ index: m.index ?? 0, value: `${month}-${pad(m[1] ?? '1')}` });
  }
  for (const m of text.matchAll(monthThenDay)) {
    const month = extractMonths(m[1] ?? '', today)[0];
    if (month && Number(m[2]) <= 31)
      found.push({ index: m.index ?? 0, value: `${month}-${pad(m[2] ?? '1')}` });
  }
  found.sort((a, b) => a.index - b.index);
  return [...new Set(found.map((f) => f.value))];
}

/** "since may" is the month even in lower case (the router only trusts a capital "May"). */
function withLowercaseMay(months: string[], text: string, today: Date, futureOnly: boolean): string[] {
  if (!/\b(?:since|from|in|until|till|of|last|this|next)\s+may\b/i.test(text)) return months;
  const may = extractMonths('May', today, futureOnly)[0];
  return may && !months.includes(may) ? [...months, may] : months;
}

/** Every frequency `text` mentions, clause by clause, in the order written. */
export function frequenciesNamed(text: string): Frequency[] {
  const clauses = text.split(/[.!?;,]|\s[-–—]\s|\b(?:but|instead|aber|pero|mais|но|אבל)\b/u);
  return [...new Set(clauses.map((clause) => extractFrequency(clause)).filter((f) => f !== undefined))];
}

/** Reads the facts out of `text`; `today` resolves month names, `country` shared postal formats. */
export function readMessage(text: string, today: string, country: string | null): MessageFacts {
  const date = new Date(`${today}T12:00:00Z`);
  const ids = extractIdentifiers(text);
  return {
    text,
    futureMonths: withLowercaseMay(extractMonths(text, date, true), text, date, true),
    months: withLowercaseMay(extractMonths(text, date, false), text, date, false),
    durationMonths: extractDurationMonths(text) ?? null,
    frequency: extractFrequency(text) ?? null,
    frequencies: frequenciesNamed(text),
    tiers: tiersNamed(text),
    orderIds: ids.orderIds,
    trackingNumbers: ids.trackingNumbers,
    emails: ids.emails,
    amounts: dollarAmounts(text),
    dates: explicitDates(text, date),
    promptInjection: detectPromptInjection(text),
    address: parseAddress(text, country),
    cues: detectCues(text),
    allergens: allergensAsked(text),
    holiday: holidayNamed(text),
    remedy: remedyChosen(text),
  };
}

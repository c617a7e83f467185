/**
 * The widget's language: the one Kesher read in the customer's latest message (or the one on
 * their account), else the browser's, else English. Every component takes its words and its date
 * and money formats from `useText()`.
 */
import { createContext, useContext } from 'react';
import { moneyIn } from '../../../activities/offline/agents/i18n/format';
import type { Failure } from '../session/api-client';
import { DE } from './de';
import { EN, type WidgetText } from './en';
import { ES } from './es';
import { FR } from './fr';
import { HE } from './he';
import { RU } from './ru';

const TEXTS = { en: EN, he: HE, ru: RU, es: ES, de: DE, fr: FR } as const;

export type WidgetLanguage = keyof typeof TEXTS;

const isWidgetLanguage = (code: string): code is WidgetLanguage => Object.hasOwn(TEXTS, code);

/** The first supported of: the conversation's language, then the browser's languages (`he-IL` → `he`). */
export function chooseLanguage(
  conversation: string | null | undefined,
  browser: readonly string[],
): WidgetLanguage {
  for (const candidate of [conversation, ...browser]) {
    const code = candidate?.toLowerCase().split('-')[0];
    if (code === 'iw') return 'he';
    if (code && isWidgetLanguage(code)) return code;
  }
  return 'en';
}

/** The words of a language plus its date and money formats. */
export interface Text extends WidgetText {
  language: WidgetLanguage;
  /** `2026-11-20T10:00:00Z` or `2026-11-20` as "20 Nov 2026" in the language. */
  day(value: string | null | undefined): string;
  /** `2026-11` as "November 2026" in the language. */
  month(month: string): string;
  /** An amount in its currency. */
  money(amount: number, currency?: string): string;
  /** A country's name from its ISO code (`US` → "США" in Russian); the code when unknown. */
  country(code: string): string;
  /** A commerce code (`in_transit`, `bimonthly`) as a customer reads it. */
  code(value: string): string;
  /** A server failure in the language: its code's sentence, else the server's own message. */
  failure(failure: Failure): string;
}

/** Codes that mean the same to a customer as another one. */
const SAME_FAILURE: Record<string, string> = {
  temporal_unavailable: 'TEMPORAL_UNAVAILABLE',
  unauthorized: 'InvalidToken',
  malformed_token: 'InvalidToken',
};

function buildText(language: WidgetLanguage): Text {
  const words = TEXTS[language];
  const day = new Intl.DateTimeFormat(words.locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const month = new Intl.DateTimeFormat(words.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const regions = new Intl.DisplayNames([words.locale], { type: 'region', fallback: 'code' });
  return {
    ...words,
    language,
    day(value) {
      if (!value) return '—';
      const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
      return Number.isNaN(date.getTime()) ? value : day.format(date);
    },
    month(value) {
      const date = new Date(`${value}-01T00:00:00Z`);
      return Number.isNaN(date.getTime()) ? value : month.format(date);
    },
    money(amount, currency = 'USD') {
      // As the replies write it ("$39", "$39.50"; "39 $", "39 US$"), English as en-US.
      return moneyIn(language === 'en' ? 'en-US' : words.locale, amount, { currency });
    },
    country(code) {
      try {
        return regions.of(code.toUpperCase()) ?? code;
      } catch {
        return code; // not a well-formed region code
      }
    },
    code: (value) => words.codes[value] ?? value.replaceAll('_', ' '),
    failure: ({ code, message }) =>
      (code ? words.failures[SAME_FAILURE[code] ?? code] : undefined) ?? message,
  };
}

const TEXT_CACHE = new Map<WidgetLanguage, Text>();

/** The words and formats of a language (built once per language). */
export function textFor(language: WidgetLanguage): Text {
  let text = TEXT_CACHE.get(language);
  if (!text) {
    text = buildText(language);
    TEXT_CACHE.set(language, text);
  }
  return text;
}

/** Holds the current language's text; the view that chooses the language provides it. */
export const TextContext = createContext<Text>(textFor('en'));

/** The current language's words and formats. */
export const useText = (): Text => useContext(TextContext);

/**
 * The calendar year a message asks about ("the boxes I got this year", "letztes Jahr", "en 2025"),
 * for lists of orders and payments. Matched on normalised text (lower case, no accents).
 */
import { normalizeText } from '../../router/normalize';

const THIS_YEAR =
  /this year|so far in \d{4}|(?:dieses|diesem|dieses ganze) jahr|este ano|en lo que va del ano|cette annee|в этом году|за этот год|השנה(?!\p{L})/u;
const LAST_YEAR =
  /last year|(?:letztes|letzten|vergangenen|vorigen) jahr|el ano pasado|l'annee (?:derniere|passee)|l'an (?:dernier|passe)|в прошлом году|за прошлый год|בשנה שעברה|שנה שעברה/u;
const YEAR = /(?<!\d)(20\d{2})(?!\d)/gu;

/**
 * The year asked about as `YYYY`, or null when the message names none. A bare year counts only when
 * no month of that year is named ("in 2025" does, "March 2025" is a month).
 */
export function yearAsked(text: string, today: string, namedMonths: readonly string[]): string | null {
  const normalized = normalizeText(text);
  const current = Number(today.slice(0, 4));
  if (THIS_YEAR.test(normalized)) return String(current);
  if (LAST_YEAR.test(normalized)) return String(current - 1);
  for (const [, year] of normalized.matchAll(YEAR)) {
    const value = Number(year);
    if (value <= current && value >= current - 5 && !namedMonths.some((m) => m.startsWith(`${year}-`)))
      return String(value);
  }
  return null;
}

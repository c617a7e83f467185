import { MONTH_PATTERNS, NUMBER_WORDS } from './month-names';
import { normalizeText } from './normalize';
import type { RouterFrequency } from './types';

const L = '[\\p{L}\\p{N}]';
// Hebrew patterns are written through normalizeText because matching
// runs on normalised text, where final letters (ם) are regular ones (מ).
const hebrew = (source: string): RegExp => new RegExp(normalizeText(source), 'u');

const HEBREW_PREFIX = '(?:[ובהלמש]{0,3})';
const MONTH_REGEXES = MONTH_PATTERNS.map(
  (names) =>
    new RegExp(`(?<!${L})${HEBREW_PREFIX}(?:${names})(?!${L})(?:\\s*(?:of|de|del|,)?\\s*(20\\d\\d))?`, 'gu'),
);
// "May" is a month only when capitalised and not used as a modal verb ("May I ...").
const ENGLISH_MAY =
  /(?<![\p{L}])May(?![\p{L}])(?!\s+(?:I|we|you|he|she|they|it|be|have)\b)(?:\s*,?\s*(20\d\d))?/gu;

/**
 * Resolves month names to `YYYY-MM`. Without a year, a month up to five months ahead is taken
 * as upcoming and anything else as past (a late or lost box); with `futureOnly` (skips, pauses,
 * which can only concern coming boxes) every month is the next occurrence, this month included.
 */
export function extractMonths(text: string, today: Date, futureOnly = false): string[] {
  const normalized = normalizeText(text);
  const currentYear = today.getUTCFullYear();
  const currentMonth = today.getUTCMonth();
  const found: { index: number; value: string }[] = [];
  const add = (index: number, month: number, year: string | undefined): void => {
    let resolvedYear = year ? Number(year) : currentYear;
    if (!year) {
      const ahead = (month - currentMonth + 12) % 12;
      resolvedYear =
        ahead <= 5 || futureOnly
          ? currentYear + (month < currentMonth ? 1 : 0)
          : currentYear - (month > currentMonth ? 1 : 0);
    }
    found.push({ index, value: `${resolvedYear}-${String(month + 1).padStart(2, '0')}` });
  };
  MONTH_REGEXES.forEach((regex, month) => {
    for (const m of normalized.matchAll(regex)) add(m.index ?? 0, month, m[1]);
  });
  // Raw text keeps the capital that tells the month "May" from the verb; index is approximate.
  for (const m of text.matchAll(ENGLISH_MAY)) add(m.index ?? 0, 4, m[1]);
  found.sort((a, b) => a.index - b.index);
  return [...new Set(found.map((f) => f.value))];
}

const NUMBER = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
// "two months", "zwei Monate", "dos meses", "deux mois", "два месяца", "a couple of months".
const DURATION = new RegExp(
  `(?<!${L})${NUMBER}(?:\\s+(?:of|de))?\\s+(?:months?|monate?n?|mes|meses|mois|месяц\\p{L}*)(?!${L})`,
  'gu',
);
// "на месяц", "לחודש": one month without a number word.
const BARE_MONTH = /(?<![\p{L}])(?:на месяц|לחודש|חודש אחד)(?![\p{L}])/u;
const HEBREW_FREQUENCY: readonly [RouterFrequency, RegExp][] = [
  ['bimonthly', hebrew('(?:כל |אחת ל-?|פעם ב-?)(?:חודשיים|(?:שני|2) חודשים)')],
  ['quarterly', hebrew('(?:כל |אחת ל-?|פעם ב-?)(?:שלושה|3) חודשים|רבעוני')],
  ['monthly', hebrew('כל חודש(?![א-ת])|(?<![א-ת])חודשי(?![א-ת])')],
];
// Hebrew has a dual for two months (חודשיים).
const HEBREW_DURATION: readonly [RegExp, number][] = [
  [hebrew('(?<![א-ת])[ולמ]{0,2}חודשיים(?![א-ת])'), 2],
  [hebrew('(?<![א-ת])[ולמ]{0,2}-?(?:שלושה|3) חודשים(?![א-ת])'), 3],
  [hebrew('(?<![א-ת])[ולמ]{0,2}-?(?:שני|2) חודשים(?![א-ת])'), 2],
];
// A duration after "every" is a frequency, not a pause.
const EVERY_BEFORE =
  /(?:every|each|once|alle|cada|tous les|toutes les|каждые|каждый|раз в|כל|אחת ל|פעם ב)\s*$/u;

/** The first duration in months that is not a frequency ("every two months"), if any. */
export function extractDurationMonths(text: string): number | undefined {
  const normalized = normalizeText(text);
  for (const m of normalized.matchAll(DURATION)) {
    if (EVERY_BEFORE.test(normalized.slice(0, m.index))) continue;
    const token = m[1] ?? '';
    const value = /^\d+$/.test(token) ? Number(token) : NUMBER_WORDS[token];
    if (value !== undefined && value > 0 && value <= 12) return value;
  }
  for (const [pattern, value] of HEBREW_DURATION) {
    const m = pattern.exec(normalized);
    if (m && !EVERY_BEFORE.test(normalized.slice(0, m.index))) return value;
  }
  if (BARE_MONTH.test(normalized)) return 1;
  return undefined;
}

const FREQUENCY_PATTERNS: readonly [RouterFrequency, RegExp][] = [
  [
    'bimonthly',
    /bi-?monthly|every (?:other|two|2|second) months?|alle (?:zwei|2) monate|zweimonatlich|cada (?:dos|2) meses|bimestral|tous les (?:deux|2) mois|bimestriel\p{L}*|(?:каждые|раз в) (?:два|2) месяц\p{L}*/gu,
  ],
  [
    'quarterly',
    /quarterly|every (?:three|3|third) months?|every quarter|once a quarter|alle (?:drei|3) monate|vierteljahrlich|quartalsweise|cada (?:tres|3) meses|trimestral|tous les (?:trois|3) mois|trimestriel\p{L}*|(?:каждые|раз в) (?:три|3) месяц\p{L}*|раз в квартал|ежеквартальн\p{L}*/gu,
  ],
  [
    'monthly',
    /(?<!bi-?)monthly|every month|each month|once a month|monatlich|jeden monat|cada mes|todos los meses|mensual\p{L}*|tous les mois|chaque mois|mensuel\p{L}*|каждый месяц|раз в месяц|ежемесячн\p{L}*/gu,
  ],
];
// A frequency right after these words is the current plan, not the one being asked for.
const NOT_TARGET_BEFORE =
  /(?<![\p{L}])(?:instead of|rather than|from|statt|anstatt|en lugar de|en vez de|au lieu de|plutot que|вместо|במקום|on|currently|current|(?<!to )the)\s*$/u;

/** The frequency the customer asks for: the first one mentioned that is not the current plan. */
export function extractFrequency(text: string): RouterFrequency | undefined {
  const normalized = normalizeText(text);
  const mentions: { index: number; value: RouterFrequency }[] = [];
  for (const [value, pattern] of [...FREQUENCY_PATTERNS, ...HEBREW_FREQUENCY]) {
    for (const m of normalized.matchAll(new RegExp(pattern.source, 'gu'))) {
      if (!NOT_TARGET_BEFORE.test(normalized.slice(0, m.index)))
        mentions.push({ index: m.index ?? 0, value });
    }
  }
  mentions.sort((a, b) => a.index - b.index);
  return mentions[0]?.value;
}

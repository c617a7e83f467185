/**
 * The anchors of a must-mention phrase: the facts a reply must state in some written form, in any
 * of the six languages. Identifiers, money, dates, months, weekdays, times, ranges, numbers and
 * proper names are read off the English phrase by pattern, most specific first; each character of
 * the phrase feeds at most one anchor.
 */
import { ENGLISH_MONTHS, ENGLISH_WEEKDAYS } from './calendar-words';
import { NAME_VARIANTS, SCREEN_PARTS } from './name-gazetteer';
import { PHRASE_UNITS } from './number-words';

/** One fact the reply must state. */
export type Anchor =
  | { kind: 'identifier'; label: string; value: string }
  | { kind: 'money'; label: string; amount: number }
  | { kind: 'date'; label: string; day: number; month: number; year: number | null }
  | { kind: 'month-year'; label: string; month: number; year: number }
  | { kind: 'month'; label: string; month: number }
  | { kind: 'weekday'; label: string; weekday: number }
  | { kind: 'time'; label: string; hour: number; minute: number }
  | { kind: 'range'; label: string; from: number; to: number; unit: string | null }
  | { kind: 'number'; label: string; value: number; unit: string | null }
  | { kind: 'name'; label: string; words: string[] };

/** Reads anchors off `phrase` at one match; returns none to leave the text to later extractors. */
type Extract = (match: RegExpExecArray, phrase: string) => Anchor[];

const MONTH = `(${ENGLISH_MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})`;
const WEEKDAY = `(${ENGLISH_WEEKDAYS.map((d) => d[0]!.toUpperCase() + d.slice(1)).join('|')})`;
const monthIndex = (name: string): number => ENGLISH_MONTHS.indexOf(name.toLowerCase()) + 1;
const gazetteerKeys = [...Object.keys(SCREEN_PARTS), ...Object.keys(NAME_VARIANTS)]
  .sort((a, b) => b.length - a.length)
  .map((key) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

function unitAfter(phrase: string, end: number): string | null {
  const rest = phrase.slice(end).replace(/^[\s-]+/, '');
  return PHRASE_UNITS.find(([pattern]) => pattern.test(rest))?.[1] ?? null;
}

const identifier: Extract = (m) => [{ kind: 'identifier', label: m[0], value: m[0] }];

/** Extractors in order: the first to claim a piece of the phrase wins it. */
const EXTRACTORS: readonly [RegExp, Extract][] = [
  // A quoted code such as 'M5R 1J' is one identifier; other quotes are read word by word.
  [
    /'([^']*[A-Z][^']*\d[^']*|[^']*\d[^']*[A-Z][^']*)'/g,
    (m) => [{ kind: 'identifier', label: m[1]!, value: m[1]! }],
  ],
  [/\bCP\d{9}IL\b|\b1Z[0-9A-Z]{16}\b|\b(?:ord|pay|prod|ph|sub|cus|shp)_[A-Za-z0-9]+\b/g, identifier],
  [/\b[A-Z0-9]+\*[A-Z0-9*]+\b|\b[a-z]+(?:_[a-z]+)+\b|\b\d{10,12}\b|\b\d-[A-Z]\b/g, identifier],
  [/\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,}\b/g, identifier],
  [/\b(\d{2}):(\d{2})\b/g, (m) => [{ kind: 'time', label: m[0], hour: Number(m[1]), minute: Number(m[2]) }]],
  [
    /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    (m) => [{ kind: 'date', label: m[0], day: Number(m[3]), month: Number(m[2]), year: Number(m[1]) }],
  ],
  [
    /\b(\d{4})-(\d{2})\b/g,
    (m) => [{ kind: 'month-year', label: m[0], month: Number(m[2]), year: Number(m[1]) }],
  ],
  [
    new RegExp(
      `\\b(\\d{1,2}(?:(?:,\\s*|\\s+and\\s+|\\s+or\\s+|\\s*-\\s*)\\d{1,2})*)\\s+${MONTH}(?:\\s+(\\d{4}))?\\b`,
      'g',
    ),
    (m) =>
      [...m[1]!.matchAll(/\d{1,2}/g)].map((day) => ({
        kind: 'date' as const,
        label: `${day[0]} ${m[2]}${m[3] ? ` ${m[3]}` : ''}`,
        day: Number(day[0]),
        month: monthIndex(m[2]!),
        year: m[3] ? Number(m[3]) : null,
      })),
  ],
  [
    new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, 'g'),
    (m) => [{ kind: 'month-year', label: m[0], month: monthIndex(m[1]!), year: Number(m[2]) }],
  ],
  [
    /\b(\d{2})\/(\d{4})\b/g,
    (m) => [{ kind: 'month-year', label: m[0], month: Number(m[1]), year: Number(m[2]) }],
  ],
  [new RegExp(`\\b${MONTH}\\b`, 'g'), (m) => [{ kind: 'month', label: m[0], month: monthIndex(m[1]!) }]],
  [
    new RegExp(`\\b${WEEKDAY}\\b`, 'g'),
    (m) => [{ kind: 'weekday', label: m[0], weekday: ENGLISH_WEEKDAYS.indexOf(m[1]!.toLowerCase()) }],
  ],
  [/(?:\$|\bUSD\s?)(\d+(?:\.\d{1,2})?)/g, (m) => [{ kind: 'money', label: m[0], amount: Number(m[1]) }]],
  [
    /(?<![\d.])(\d+(?:\.\d+)?)\s*-\s*(\d+(?:\.\d+)?)(?![\d])/g,
    (m, phrase) => [
      {
        kind: 'range',
        label: m[0],
        from: Number(m[1]),
        to: Number(m[2]),
        unit: unitAfter(phrase, m.index + m[0].length),
      },
    ],
  ],
  [
    /(?<![\d.])(\d+(?:\.\d+)?)(?:st|nd|rd|th)?(?![\d])/g,
    (m, phrase) => {
      const value = Number(m[1]);
      // A year ("2026 boxes") is a number of its own, not a count of the word after it.
      const unit = /^(?:19|20)\d\d$/.test(m[1]!) ? null : unitAfter(phrase, m.index + m[0].length);
      return [{ kind: 'number', label: m[0], value, unit }];
    },
  ],
  [
    new RegExp(`(?<![\\p{L}])(?:${gazetteerKeys.join('|')})(?![\\p{L}])`, 'gu'),
    (m) => [{ kind: 'name', label: m[0], words: [m[0]] }],
  ],
  [
    /(?<![\p{L}])\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/gu,
    (m) => (m[0] === 'I' ? [] : [{ kind: 'name', label: m[0], words: m[0].split(/\s+/) }]),
  ],
];

const extracted = new Map<string, Anchor[]>();

/** The anchors of a must-mention phrase, in phrase order (read once per distinct phrase). */
export function extractAnchors(phrase: string): Anchor[] {
  let anchors = extracted.get(phrase);
  if (!anchors) {
    anchors = readAnchors(phrase);
    extracted.set(phrase, anchors);
  }
  return anchors;
}

function readAnchors(phrase: string): Anchor[] {
  const claimed = new Array<boolean>(phrase.length).fill(false);
  const found: { at: number; anchors: Anchor[] }[] = [];
  for (const [pattern, extract] of EXTRACTORS) {
    for (const match of phrase.matchAll(pattern)) {
      const span = claimed.slice(match.index, match.index + match[0].length);
      if (span.some(Boolean)) continue;
      const anchors = extract(match as RegExpExecArray, phrase);
      if (anchors.length === 0) continue;
      span.forEach((_, i) => (claimed[match.index + i] = true));
      found.push({ at: match.index, anchors });
    }
  }
  return found.sort((a, b) => a.at - b.at).flatMap((f) => f.anchors);
}

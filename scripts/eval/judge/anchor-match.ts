/**
 * Whether a reply states an anchor (see anchors.ts), in whatever language and written form.
 */
import type { Anchor } from './anchors';
import { weekdaySource } from './calendar-words';
import { cachedRegex, lexicon, occursIn, type Lexicon, words } from './lexicon';
import { NAME_VARIANTS, SCREEN_PARTS } from './name-gazetteer';
import { normalizeText, type PreparedText } from './normalize-text';
import { UNITS } from './number-words';
import type { ReplyFacts, StatedNumber } from './reply-facts';

/** A reply prepared for anchor checks. */
export interface AnchorTarget {
  prepared: PreparedText;
  facts: ReplyFacts;
  /** The reply with Cyrillic transliterated, for names written in Russian ("ВОЛКОВ" → volkov). */
  latin: string;
}

/** "Every 3 months" may be written "quarterly", and so on. */
const FREQUENCY_WORDS: Readonly<Record<number, Lexicon>> = {
  1: lexicon(words`
    monthly | every month | ежемесячн* | каждый месяц | mensual* | cada mes | monatlich*
    | jeden monat | mensuel* | chaque mois | חודשי* | כל חודש
  `),
  2: lexicon(words`
    bimonthly | bi-monthly | every other month | раз в два месяца | bimestral* | zweimonatlich*
    | bimestriel* | דו-חודשי* | דו חודשי*
  `),
  3: lexicon(words`
    quarterly | ежеквартальн* | раз в квартал | trimestral* | vierteljahrlich* | quartalsweise
    | trimestriel* | רבעוני* | כל רבעון
  `),
};

const UNIT_WINDOW = 32;
const compact = (text: string): string => text.toLowerCase().replace(/[\s\-.'’]/g, '');
const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function unitNear(target: AnchorTarget, unit: string | null, start: number, end: number): boolean {
  if (unit === null) return true;
  const { text } = target.prepared;
  const window = text.slice(Math.max(0, start - UNIT_WINDOW), end + UNIT_WINDOW);
  return occursIn(UNITS[unit]!, { text: window, cased: window });
}

function numberWithUnit(target: AnchorTarget, value: number, unit: string | null): boolean {
  const said = target.facts.numbers.some((n) => n.value === value && unitNear(target, unit, n.index, n.end));
  const frequency = unit === 'month' ? FREQUENCY_WORDS[value] : undefined;
  return said || (frequency !== undefined && occursIn(frequency, target.prepared));
}

function rangeStated(target: AnchorTarget, from: number, to: number, unit: string | null): boolean {
  const numbers: StatedNumber[] = target.facts.numbers;
  return numbers.some((first, i) => {
    const second = numbers[i + 1];
    if (first.value !== from || !second || second.value !== to) return false;
    const gap = target.prepared.text.slice(first.end, second.index);
    return gap.length <= 20 && unitNear(target, unit, first.index, second.end);
  });
}

function identifierStated(target: AnchorTarget, value: string): boolean {
  const wanted = compact(value);
  // Short codes ("M5R", "1J") must stand as words; long ones may be spaced ("CP 353 362 945 IL").
  if (wanted.length < 6) {
    return cachedRegex(`(?<![\\p{L}\\p{N}])${escapeRegex(normalizeText(value))}(?![\\p{L}\\p{N}])`, 'u').test(
      target.prepared.text,
    );
  }
  return compact(target.prepared.text).includes(wanted);
}

function nameStated(target: AnchorTarget, label: string, words: string[]): boolean {
  const parts = SCREEN_PARTS[label];
  if (parts) return parts.every((variants) => occursIn(lexicon(variants), target.prepared));
  const variants = NAME_VARIANTS[label];
  if (variants) return occursIn(lexicon(variants), target.prepared);
  const pieces = words.flatMap((word) => normalizeText(word).split(/[^\p{L}\p{N}]+/u)).filter(Boolean);
  const haystacks = [target.prepared.text, target.latin];
  // The whole name in one piece ("Peki'in", "Peqi in"), or each of its longer words somewhere.
  const whole = cachedRegex(`(?<![\\p{L}])${pieces.map(escapeRegex).join("[\\s'-]*")}`, 'u');
  if (haystacks.some((h) => whole.test(h))) return true;
  const long = pieces.filter((piece) => piece.length >= 3);
  return (
    long.length > 0 &&
    long.every((piece) =>
      haystacks.some((h) => cachedRegex(`(?<![\\p{L}])${escapeRegex(piece)}`, 'u').test(h)),
    )
  );
}

type AnchorChecks = {
  [K in Anchor['kind']]: (target: AnchorTarget, anchor: Extract<Anchor, { kind: K }>) => boolean;
};

const CHECKS: AnchorChecks = {
  identifier: (target, anchor) => identifierStated(target, anchor.value),
  money: (target, anchor) => target.facts.amounts.has(anchor.amount),
  date: (target, anchor) =>
    target.facts.dates.some(
      (d) =>
        d.day === anchor.day && d.month === anchor.month && (anchor.year === null || d.year === anchor.year),
    ),
  'month-year': (target, anchor) =>
    target.facts.monthYears.some((d) => d.month === anchor.month && d.year === anchor.year),
  month: (target, anchor) => target.facts.months.has(anchor.month),
  weekday: (target, anchor) => cachedRegex(weekdaySource(anchor.weekday), 'u').test(target.prepared.text),
  time: (target, anchor) =>
    target.facts.times.some((t) => t.hour === anchor.hour && t.minute === anchor.minute),
  range: (target, anchor) => rangeStated(target, anchor.from, anchor.to, anchor.unit),
  number: (target, anchor) => numberWithUnit(target, anchor.value, anchor.unit),
  name: (target, anchor) => nameStated(target, anchor.label, anchor.words),
};

/** Whether the reply states `anchor`. */
export function anchorStated(target: AnchorTarget, anchor: Anchor): boolean {
  return (CHECKS[anchor.kind] as (target: AnchorTarget, anchor: Anchor) => boolean)(target, anchor);
}

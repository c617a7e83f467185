/**
 * Pulls a postal address out of a customer's message ("New address: Flat 6, 14 Wilmslow Road,
 * Manchester M14 5TQ") into the `change_address` fields, and says what is wrong when it can't be
 * used as it is (an incomplete postal code, a missing province).
 */
import { countryNamedIn } from './country-names';
import {
  countryOfRegion,
  isValidPostalCode,
  POSTAL_FORMATS,
  REGION_REQUIRED,
  type PostalFormat,
} from './postal-codes';

/** The `change_address` arguments. */
export interface ParsedAddress {
  line1: string;
  line2?: string;
  city: string;
  region?: string;
  postal_code: string;
  country: string;
}

/** A parsed address, or what makes it unusable. */
export type AddressParse =
  | { ok: true; address: ParsedAddress }
  | {
      ok: false;
      problem: 'invalid_postal_code' | 'missing_region' | 'incomplete';
      country: string | null;
      postalCode: string | null;
      partial: Partial<ParsedAddress>;
    };

// Anything that looks like a postal code, most specific first; a partial Canadian code is kept
// so the customer can be told it is incomplete.
const POSTAL_CANDIDATES: readonly { country: string | null; pattern: RegExp }[] = [
  { country: 'CA', pattern: /\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b/ },
  { country: 'GB', pattern: /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/ },
  { country: 'CA', pattern: /\b[A-Z]\d[A-Z] ?\d[A-Z]?(?=[\s.,;!?)]|$)/ },
  { country: 'BR', pattern: /\b\d{5}-\d{3}\b/ },
  { country: null, pattern: /\b\d{5}(?:-\d{4})?\b(?!\s*(?:[.,]\d|%|\$))/ },
  // Seven digits: only Israel's postal codes (kb-004) have them.
  { country: 'IL', pattern: /(?<![\d-])\d{7}(?!\d)/ },
  { country: null, pattern: /(?<=\s)\d{4}(?=\s*(?:$|[.,;!?]|\s+\p{Lu}\p{Ll}))/u },
];

const UNIT =
  /^(?:(?:flat|apt|apartment|unit|suite|ste|app|appt|appartement|wohnung|whg|piso|planta|dpto|depto|floor|fl|étage|etage|stock)(?!\p{L})\.?\s*\S+|\d+\s*(?:ª|º|°|\.|st|nd|rd|th|e|er|ème)?\s*(?:piso|planta|floor|fl\.?|étage|etage|stock|og|obergeschoss|этаж)\b)/iu;
const UNIT_INSIDE = /\s+((?:flat|apt\.?|apartment|unit|suite|app\.?|appt\.?)\s*[\w-]+)$/i;
const STREET_START = /\d+[A-Za-z]?,?\s+\p{L}/gu;
// A street named before its number ("Carrer de Sueca 41", "Leopoldstraße 74"): its words are
// capitalized or short lowercase particles, back to a street type or the words that lead in to it.
const STREET_TYPE =
  /^(?:calle|c\/|carrer|avenida|avda\.?|av\.?|paseo|plaza|camino|carretera|ronda|travesía|rua|via|viale|corso|улица|ул\.?|проспект|переулок|бульвар|шоссе|רחוב|רח'|שדרות|שד'|סמטת|כיכר)$/iu;
const STREET_TYPE_SUFFIX = /(?:straße|strasse|str\.|weg|gasse|allee|platz|ring|damm|ufer|chaussee)$/iu;
// A Hebrew street type with the preposition written onto it: "לרחוב הרצל 12" (to Herzl Street 12).
const HEBREW_PREFIXED_STREET_TYPE = /^[לבו](רחוב|רח'|שדרות|שד'|סמטת|כיכר)$/u;
// A Russian street type in the case a request puts it in: "на улицу Ленина 5" (to Lenin Street 5).
const RUSSIAN_INFLECTED_STREET_TYPE: Readonly<Record<string, string>> = {
  улицу: 'улица',
  улице: 'улица',
  улицы: 'улица',
  проспекту: 'проспект',
  проспекте: 'проспект',
  переулку: 'переулок',
  переулке: 'переулок',
  бульвару: 'бульвар',
  бульваре: 'бульвар',
};

/** The street type a word names, as an address writes it ("לרחוב" → "רחוב", "улицу" → "улица"); null for other words. */
function streetType(word: string): string | null {
  if (STREET_TYPE.test(word) || STREET_TYPE_SUFFIX.test(word)) return word;
  const hebrew = HEBREW_PREFIXED_STREET_TYPE.exec(word)?.[1];
  if (hebrew) return hebrew;
  const russian = RUSSIAN_INFLECTED_STREET_TYPE[word.toLowerCase()];
  return russian ? (/^\p{Lu}/u.test(word) ? russian[0]!.toUpperCase() + russian.slice(1) : russian) : null;
}
const isStreetType = (word: string): boolean => streetType(word) !== null;
const PARTICLE = /^(?:de|del|la|las|los|el|dels|d'|l'|da|do|dos|das|di|der|von|am|an|im|zum|zur)$/iu;
const LEAD_WORD =
  /^(?:address|adresse|lieferadresse|anschrift|dirección|direccion|domicilio|адрес|כתובת|new|neue|neuer|nueva|nuevo|nouvelle|nouveau|новый|my|meine|mein|mi|ma|mon|is|ist|lautet|es|est|ahora|jetzt|now)$/iu;
const STREET_WORD = /^\p{Lu}/u;
const FLOOR_AFTER_ORDINAL = /^(?:OG|UG|EG|DG|Stock|Etage|Obergeschoss)\b/i;
// Abbreviations whose full stop does not end a sentence.
const ABBREVIATION_BEFORE = /(?:app|apt|appt|st|ave|rd|dr|no|nr|ste|whg|dpto|depto|fl)$/i;

function findPostal(text: string): { code: string; index: number; country: string | null } | null {
  for (const { country, pattern } of POSTAL_CANDIDATES) {
    const match = pattern.exec(text);
    if (match) return { code: match[0].trim(), index: match.index, country };
  }
  return null;
}

/** Where the address starts: after the last colon, else after the last sentence end before it. */
function addressStart(before: string): number {
  const colon = before.lastIndexOf(':');
  if (colon >= 0) return colon + 1;
  let start = 0;
  for (const match of before.matchAll(/[.!?]\s+/g)) {
    const head = before.slice(0, match.index);
    const end = (match.index ?? 0) + match[0].length;
    // "3. OG": a German floor's ordinal, not a sentence's end.
    const floor = /\d$/.test(head) && FLOOR_AFTER_ORDINAL.test(before.slice(end));
    if (!ABBREVIATION_BEFORE.test(head) && !floor) start = end;
  }
  return start;
}

const clean = (value: string): string => value.replace(/\s+/g, ' ').replace(/^[\s,]+|[\s,.]+$/g, '');

/**
 * "La nueva dirección es Carrer de Sueca 41" → "Carrer de Sueca 41": for a street named before its
 * number, the words before the number that still belong to the street name.
 */
function streetBeforeNumber(segment: string): string {
  const numbered = /^(.*?)\s+(\d+[A-Za-z]?(?:[-/]\d+[A-Za-z]?)?)$/u.exec(segment);
  if (!numbered) return segment;
  const words = (numbered[1] ?? '').split(/\s+/);
  let start = words.length;
  while (start > 0) {
    const word = words[start - 1] ?? '';
    if (streetType(word) !== null && !STREET_TYPE_SUFFIX.test(word)) {
      start -= 1;
      break;
    }
    if (LEAD_WORD.test(word) || !(STREET_WORD.test(word) || PARTICLE.test(word))) break;
    start -= 1;
  }
  // "wohne ich in der Bergmannstraße 12": a lowercase article before the name is the sentence's,
  // not the street's ("Am Alten Markt" keeps its capital "Am").
  while (
    start < words.length - 1 &&
    PARTICLE.test(words[start] ?? '') &&
    !STREET_WORD.test(words[start] ?? '')
  )
    start += 1;
  // Written in lowercase ("mi dirección es calle mayor 5"): the street starts at its type.
  for (let i = start === words.length ? start - 1 : -1; i >= 0; i--) {
    if (isStreetType(words[i] ?? '')) {
      start = i;
      break;
    }
  }
  if (start === words.length) return segment;
  const [type = '', ...name] = words.slice(start);
  return [streetType(type) ?? type, ...name, numbered[2]].join(' ');
}

/** A segment with no number and no street in it ("Hola", "wir ziehen um"); "Calle Mayor" is a street. */
const isLeadIn = (segment: string): boolean =>
  !/\d/.test(segment) && !segment.split(/\s+/).some(isStreetType);

/** Splits the street part into line1 and an optional unit line2. */
function streetLines(segments: string[]): { line1: string; line2?: string } {
  const units = segments.filter((s) => UNIT.test(s));
  let streets = segments.filter((s) => !UNIT.test(s));
  // "1125, avenue Cartier": a bare house number belongs to the street that follows.
  streets = streets.reduce<string[]>((acc, s) => {
    const last = acc.at(-1);
    if (last !== undefined && /^\d+[A-Za-z]?$/.test(last)) acc[acc.length - 1] = `${last} ${s}`;
    else acc.push(s);
    return acc;
  }, []);
  let line1 = streets.join(', ');
  const inside = UNIT_INSIDE.exec(line1);
  if (inside) {
    line1 = line1.slice(0, inside.index);
    units.push(inside[1] ?? '');
  }
  const line2 = units.join(', ');
  return line2 ? { line1: clean(line1), line2: clean(line2) } : { line1: clean(line1) };
}

/** The rest of the address after its postal code: up to the end of the line or sentence. */
function afterPostal(text: string, postal: { code: string; index: number }): string {
  const rest = text.slice(postal.index + postal.code.length);
  return rest.split(/\n|[.!?](?:\s|$)/)[0] ?? '';
}

/**
 * Finds an address in `text`. `defaultCountry` (the subscription's country) decides codes that
 * several countries share (five digits: the USA, Germany, France, Spain, Mexico).
 */
export function parseAddress(text: string, defaultCountry: string | null): AddressParse | null {
  const postal = findPostal(text);
  if (!postal) return null;
  const before = text.slice(0, postal.index);
  const afterMatch = /^[ \t]*(\p{L}[^\n.,;!?\d]*)/u.exec(text.slice(postal.index + postal.code.length));
  let region: string | undefined;
  const start = addressStart(before);
  const segments = before.slice(start).split(/,|\n/).map(clean).filter(Boolean);
  // "Wir ziehen um, die neue Adresse lautet Am Alten Markt 5": words before the address. After a
  // colon everything is the address ("New address: Rosewood Cottage, 12 Mill Lane").
  if (before[start - 1] !== ':') while (segments.length > 1 && isLeadIn(segments[0] ?? '')) segments.shift();
  // The street starts at the last house number of the first segment ("... will be 1907 Travis ...").
  const first = segments[0] ?? '';
  if (!UNIT.test(first)) {
    const starts = [...first.matchAll(STREET_START)];
    const cut = starts.at(-1)?.index;
    if (cut !== undefined) segments[0] = first.slice(cut);
    else segments[0] = streetBeforeNumber(first);
  }
  let city = '';
  const euStyle =
    segments.length > 0 && afterMatch && !/^\s*$/.test(afterMatch[1] ?? '') && /^\d/.test(postal.code);
  if (euStyle) {
    city = clean((afterMatch?.[1] ?? '').split(/\s+(?:and|und|y|et|и|ו)\s+/)[0] ?? '');
  } else {
    let last = segments.pop() ?? '';
    const regionMatch = /(?:\(([A-Z]{2,3})\)|\b([A-Z]{2,3}))\s*$/.exec(last);
    const code = regionMatch?.[1] ?? regionMatch?.[2];
    if (code && countryOfRegion(code)) {
      region = code;
      last = clean(last.slice(0, regionMatch?.index));
      if (!last) last = segments.pop() ?? '';
    }
    city = last;
  }
  const lines = streetLines(segments);
  // "…, 1060 Wien, Österreich": a country named after the code outranks the code's shape and the
  // subscription's country (a move abroad).
  const named = countryNamedIn(afterPostal(text, postal));
  const country =
    named ?? postal.country ?? (region ? countryOfRegion(region) : null) ?? defaultCountry ?? null;
  const partial: Partial<ParsedAddress> = { ...lines, city, postal_code: postal.code };
  if (region) partial.region = region;
  if (!country) return { ok: false, problem: 'incomplete', country: null, postalCode: postal.code, partial };
  partial.country = country;
  if (!isValidPostalCode(country, postal.code))
    return { ok: false, problem: 'invalid_postal_code', country, postalCode: postal.code, partial };
  if (!lines.line1 || !city)
    return { ok: false, problem: 'incomplete', country, postalCode: postal.code, partial };
  if (REGION_REQUIRED.has(country) && !region)
    return { ok: false, problem: 'missing_region', country, postalCode: postal.code, partial };
  const address: ParsedAddress = {
    line1: lines.line1,
    city,
    postal_code: postal.code.toUpperCase(),
    country,
  };
  if (lines.line2) address.line2 = lines.line2;
  if (region) address.region = region;
  // Keep the customer's key order readable: line1, line2, city, region, postal code, country.
  return { ok: true, address: { ...address } };
}

/** The postal format a country expects, for asking the customer to correct a code. */
export const postalFormatOf = (country: string): PostalFormat | null => POSTAL_FORMATS[country] ?? null;

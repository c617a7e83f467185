/**
 * Country names as customers write them at the end of an address, in the six languages (and the
 * country's own), matched on normalised text: lower case, no accents.
 */
import { escapeRegExp, normalizeText } from '../../router/normalize';

const NAMES: Readonly<Record<string, readonly string[]>> = {
  US: [
    'usa',
    'u.s.a.',
    'united states',
    'america',
    'estados unidos',
    'etats-unis',
    'vereinigte staaten',
    'сша',
    'соединенные штаты',
    'ארצות הברית',
    'ארה"ב',
  ],
  CA: ['canada', 'kanada', 'канада', 'קנדה'],
  GB: [
    'uk',
    'u.k.',
    'united kingdom',
    'great britain',
    'england',
    'scotland',
    'wales',
    'reino unido',
    'royaume-uni',
    'grossbritannien',
    'großbritannien',
    'vereinigtes konigreich',
    'великобритания',
    'англия',
    'בריטניה',
    'אנגליה',
  ],
  DE: ['germany', 'deutschland', 'alemania', 'allemagne', 'германия', 'גרמניה'],
  FR: ['france', 'frankreich', 'francia', 'франция', 'צרפת'],
  ES: ['spain', 'espana', 'spanien', 'espagne', 'испания', 'ספרד'],
  MX: ['mexico', 'mexiko', 'mexique', 'мексика', 'מקסיקו'],
  AU: ['australia', 'australien', 'australie', 'австралия', 'אוסטרליה'],
  ZA: ['south africa', 'sudafrica', 'sudafrika', 'afrique du sud', 'юар', 'южная африка', 'דרום אפריקה'],
  IL: ['israel', 'израиль', 'ישראל'],
  BR: ['brazil', 'brasil', 'brasilien', 'bresil', 'бразилия', 'ברזיל'],
  AT: ['austria', 'osterreich', 'autriche', 'австрия', 'אוסטריה'],
  CH: ['switzerland', 'schweiz', 'suiza', 'suisse', 'швейцария', 'שווייץ', 'שוויץ'],
  IT: ['italy', 'italien', 'italia', 'italie', 'италия', 'איטליה'],
  NL: [
    'netherlands',
    'the netherlands',
    'holland',
    'niederlande',
    'paises bajos',
    'pays-bas',
    'нидерланды',
    'голландия',
    'הולנד',
  ],
  BE: ['belgium', 'belgien', 'belgica', 'belgique', 'бельгия', 'בלגיה'],
};

const PATTERNS: readonly (readonly [string, RegExp])[] = Object.entries(NAMES).map(([code, names]) => [
  code,
  new RegExp(
    `(?<![\\p{L}])(?:${names.map((name) => escapeRegExp(normalizeText(name))).join('|')})(?![\\p{L}])`,
    'u',
  ),
]);

/** The ISO code of a country named in `text` (the part of an address after its postal code). */
export function countryNamedIn(text: string): string | null {
  const normalized = normalizeText(text);
  return PATTERNS.find(([, pattern]) => pattern.test(normalized))?.[0] ?? null;
}

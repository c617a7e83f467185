/**
 * Country names as customers write them, in the six languages (and the country's own), matched on
 * normalised text: lower case, no accents, Hebrew final letters as regular ones. At the end of an
 * address a country is written whole; in a question it is inflected ("в Бразилию", "לגרמניה"),
 * so questions are matched on stems.
 */
import { escapeRegExp, foldPattern, normalizeText } from '../../router/normalize';

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

/** Stems of the countries customers ask about; `ROW` for the rest of the world named by name. */
const STEMS: readonly (readonly [string, RegExp])[] = (
  [
    ['AR', /argentin|аргентин|ארגנטינה/u],
    ['BR', /brazil|brasil|bresil|бразил|ברזיל/u],
    ['MX', /mexic|mexik|мексик|מקסיקו/u],
    ['CA', /canad|kanada|канад|קנדה/u],
    ['AU', /australi|австрал|אוסטרליה/u],
    ['ZA', /south africa|sudafrica|sudafrika|afrique du sud|юар|южн\p{L}* африк|דרום אפריקה/u],
    ['DE', /germany|deutschland|alemania|allemagne|германи|גרמניה/u],
    ['AT', /austria|osterreich|autriche|австри|אוסטריה/u],
    ['CH', /switzerland|schweiz|suiza|suisse|швейцари|שוויצ|שווייצ/u],
    ['FR', /france|francia|frankreich|франци|צרפת/u],
    ['ES', /spain|espana|spanien|espagne|испани|ספרד/u],
    ['IT', /italy|italien|italia|italie|итали|איטליה/u],
    ['NL', /netherlands|holland|niederlande|paises bajos|pays-bas|нидерланд|голланди|הולנד/u],
    ['BE', /belgi|бельги|בלגיה/u],
    [
      'GB',
      /united kingdom|(?<!\p{L})uk(?!\p{L})|england|britain|reino unido|royaume-uni|grossbritannien|великобритан|בריטניה|אנגליה/u,
    ],
    ['US', /(?<!\p{L})usa(?!\p{L})|united states|estados unidos|etats-unis|сша|ארה"ב|ארצות הברית/u],
    ['IL', /israel|израил|ישראל/u],
    ['ROW', /chile|colombia|peru|uruguay|new zealand|japan|india|norway/u],
  ] as const
).map(([code, stem]) => [code, foldPattern(stem)] as const);

/** The ISO code of a country a question names anywhere ("do you ship to Belgium?"), or `ROW`. */
export function countryMentioned(text: string): string | null {
  const normalized = normalizeText(text);
  return STEMS.find(([, pattern]) => pattern.test(normalized))?.[0] ?? null;
}

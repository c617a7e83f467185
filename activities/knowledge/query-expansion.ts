import { tokenize } from './text-normalize';

/**
 * The knowledge base states shipping, customs and wine rules per region ("EU", "UK"), while
 * customers name their country. Each country word adds its region's word to the query.
 */
const REGION_OF: Record<string, string> = Object.fromEntries([
  ...[
    'austria',
    'belgium',
    'bulgaria',
    'croatia',
    'cyprus',
    'czechia',
    'czech',
    'denmark',
    'estonia',
    'finland',
    'france',
    'germany',
    'greece',
    'hungary',
    'ireland',
    'italy',
    'latvia',
    'lithuania',
    'luxembourg',
    'malta',
    'netherlands',
    'holland',
    'poland',
    'portugal',
    'romania',
    'slovakia',
    'slovenia',
    'spain',
    'sweden',
    'германия',
    'германии',
    'франция',
    'франции',
  ].map((country) => [country, 'eu']),
  ...['england', 'scotland', 'wales', 'britain', 'british'].map((country) => [country, 'uk']),
  ...['america', 'american', 'states'].map((country) => [country, 'usa']),
]);

/** Words customers use for what the articles call by another name, or for the places they list. */
const SYNONYMS: Record<string, readonly string[]> = {
  package: ['parcel'],
  packages: ['parcels'],
  parcel: ['package'],
  посылка: ['коробка'],
  shipment: ['parcel'],
  visit: ['visitors'],
  farmer: ['producers'],
  farmers: ['producers'],
  makers: ['producers'],
  // The producers' regions, as the articles name them (kb-016).
  south: ['negev', 'arava', 'gaza', 'sderot'],
  southern: ['negev', 'arava', 'gaza', 'sderot'],
  north: ['galilee', 'golan'],
  northern: ['galilee', 'golan'],
};

/** The query plus the region and synonym words it implies, for every retrieval stage. */
export function expandQuery(query: string): string {
  const extra = new Set<string>();
  for (const token of tokenize(query)) {
    const region = REGION_OF[token];
    if (region) extra.add(region);
    for (const word of SYNONYMS[token] ?? []) extra.add(word);
  }
  return extra.size === 0 ? query : `${query} ${[...extra].join(' ')}`;
}

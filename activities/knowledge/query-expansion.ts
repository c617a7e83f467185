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

/** Words customers use for the same thing the articles call by another name. */
const SYNONYMS: Record<string, string> = {
  package: 'parcel',
  packages: 'parcels',
  parcel: 'package',
  посылка: 'коробка',
  shipment: 'parcel',
};

/** The query plus the region and synonym words it implies, for every retrieval stage. */
export function expandQuery(query: string): string {
  const extra = new Set<string>();
  for (const token of tokenize(query)) {
    const added = REGION_OF[token] ?? SYNONYMS[token];
    if (added) extra.add(added);
  }
  return extra.size === 0 ? query : `${query} ${[...extra].join(' ')}`;
}

/**
 * Catalog facts the product answers rely on: who makes what (kb-016 "Our producers"), and which
 * product a question is about. The descriptions themselves are in each language's phrasebook.
 */
import { normalizeText } from '../../router/normalize';

/** A producer and where they are. */
export interface Producer {
  producer: string;
  place: string;
}

/** Producers by the products they make for us (kb-016). */
const PRODUCERS: readonly (readonly [RegExp, Producer])[] = [
  [
    /galilee extra virgin olive oil|cracked souri olives|olive oil soap/i,
    { producer: 'Zeitim HaGalil Cooperative', place: "Peki'in" },
  ],
  [/negev desert olive oil/i, { producer: 'Ramat Negev Olive Farm', place: 'Ramat Negev' }],
  [
    /medjool dates|silan|carob syrup|date & walnut/i,
    { producer: 'Arava Date Growers', place: 'Moshav Hatzeva, Arava' },
  ],
  [
    /za'atar blend|sumac|herbal tea|rose petal jam/i,
    { producer: 'Galilee Herb Collective', place: 'Moshav Amirim, Upper Galilee' },
  ],
  [/baharat|hawaij/i, { producer: 'Levinsky Spice House', place: 'Levinsky Market, Tel Aviv' }],
  [/honey(?! dish)/i, { producer: 'Dvorat HaEmek Apiary', place: 'Jezreel Valley' }],
  [/tahini/i, { producer: 'Even HaGalil Tahini Mill', place: 'Nazareth' }],
  [/pomegranate molasses/i, { producer: 'Rimon HaGolan Press', place: 'Golan Heights' }],
  [/halva(?! pieces)/i, { producer: 'Golan Halva House', place: 'Katzrin, Golan Heights' }],
  [/schug|amba/i, { producer: 'Rosh HaAyin Yemenite Kitchen', place: 'Rosh HaAyin' }],
  [/chocolate|gelt/i, { producer: "Shokolad Ha'Ir", place: 'Jaffa' }],
  [/rugelach|crackers/i, { producer: 'Rehovot Family Bakery', place: 'Rehovot' }],
  [/gefen zero/i, { producer: 'Gefen Zero', place: "Zichron Ya'akov" }],
  [/dead sea|body butter/i, { producer: 'Ein Bokek Mineral Lab', place: 'Dead Sea' }],
  [/olive wood/i, { producer: 'Galilee Woodcraft', place: 'Kfar Tavor' }],
  [/candle/i, { producer: 'Safed Candle Workshop', place: 'Tzfat' }],
];

/** The producer of a product, by its name. */
export function producerOf(productName: string): Producer | null {
  return PRODUCERS.find(([pattern]) => pattern.test(productName))?.[1] ?? null;
}

/** The products customers ask about by name, with the words that name them in six languages. */
export type ProductTopic =
  | 'hawaijCoffee'
  | 'hawaijSoup'
  | 'zaatar'
  | 'sumac'
  | 'tahini'
  | 'silan'
  | 'amba'
  | 'schug'
  | 'halva'
  | 'baharat'
  | 'negevOil'
  | 'galileeOil'
  | 'cosmetics'
  | 'pomegranate'
  | 'kosher';

const TOPICS: readonly (readonly [ProductTopic, RegExp])[] = [
  [
    'hawaijCoffee',
    /hawaij (?:for )?coffee|hawaij.*(?:coffee|kaffee|cafe|кофе|קפה)|(?:coffee|kaffee|cafe|кофе|קפה).*(?:hawaij|хаваидж|חוואיג')/u,
  ],
  ['hawaijSoup', /hawaij (?:for )?soup|hawaij.*(?:soup|suppe|sopa|soupe|суп|מרק)/u],
  ['zaatar', /za'?atar|zaatar|заатар|זעתר/u],
  ['sumac', /sumac|sumach|sumaq|сумах|סומאק/u],
  ['tahini', /tahini|tahin|тахини|טחינה/u],
  ['silan', /silan|date syrup|dattelsirup|сироп из фиников|סילאנ/u],
  ['amba', /\bamba\b|амба|עמבה/u],
  ['schug', /s[cz]?hc?ug|zhug|схуг|סחוג/u],
  ['halva', /halva|halwa|халва|חלבה/u],
  ['baharat', /baharat|бахарат|בהרט/u],
  ['negevOil', /negev.*(?:oil|ol|aceite|huile|масл)|(?:oil|aceite|huile|масл).*negev/u],
  ['galileeOil', /galilee.*(?:oil|ol|aceite|huile|масл)|souri/u],
  [
    'cosmetics',
    /cosmetic|kosmetik|cosmetico|cosmetique|dead sea|mer morte|mar muerto|toten meer|косметик|мертв\p{L}* мор|ים המלח|קוסמטיק|paraben|парабен|פרבנ/u,
  ],
  [
    'pomegranate',
    /pomegranate molasses|granatapfel|melaza de granada|melasse de grenade|гранатов|סילאנ רימונימ|דבס רימונימ/u,
  ],
  // Certification of the whole box (kb-013), not one product.
  ['kosher', /kosher|koscher|casher|cacher|кошерн|мевушал|mevushal|(?<!\p{L})כשר|מבושל/u],
];

/** The products a question names, in the order they are listed above. */
export function productTopics(text: string): ProductTopic[] {
  const normalized = normalizeText(text);
  const found = TOPICS.filter(([, pattern]) => pattern.test(normalized)).map(([topic]) => topic);
  // "hawaij for coffee" also mentions coffee, not the soup blend.
  return found.includes('hawaijCoffee') ? found.filter((t) => t !== 'hawaijSoup') : found;
}

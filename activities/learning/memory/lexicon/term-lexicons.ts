import type { CuesByLanguage } from './cue-matching';

/** A term and the words that name it, in any of the six languages (cue mini-syntax). */
export interface Term {
  /** The English name stored in facts and memories. */
  name: string;
  pattern: string;
}

/** Allergens customers ask to exclude. */
export const ALLERGENS: readonly Term[] = [
  { name: 'sesame', pattern: 'sesame;sesam;sésame;sésamo;ajonjolí;кунжут*;שומשום' },
  {
    name: 'peanuts',
    pattern: 'peanut*;erdnuss*;erdnüsse*;cacahuète*;arachide*;cacahuete*;maní;арахис*;בוטנ*',
  },
  {
    name: 'tree nuts',
    pattern: 'nuts;nut;tree nuts;nüsse;nuss*;noix;fruits à coque;nueces;frutos secos;орех*;אגוז*',
  },
  { name: 'gluten', pattern: 'gluten;wheat;celiac;coeliac;zöliakie;céliaque;celíac*;глютен*;пшениц*;גלוטן' },
  {
    name: 'dairy',
    pattern:
      'dairy;lactose;milk;laktose;milch*;lait;lactosa;leche;lácteos;молок*;молочн*;лактоз*;לקטוז;מוצרי חלב',
  },
  { name: 'eggs', pattern: 'egg;eggs;eier;œuf*;oeuf*;huevo*;яйц*;ביצים;ביצה' },
  { name: 'soy', pattern: 'soy;soya;soja;сои;соя;סויה' },
  { name: 'fish', pattern: 'fish;fisch;poisson*;pescado;рыб*;דגים' },
];

/** Words that tie an allergen to the customer ("allergic to", "intolerant", "celiac"). */
export const ALLERGY_CUES: CuesByLanguage = {
  en: "allergic|allergy|allergies|intolerant|intolerance; can't|cannot eat",
  he: 'אלרגי*|אלרגיה|רגיש*',
  ru: 'аллерги*|непереносимост*',
  es: 'alérgic*|alergia*|intolerant*|intolerancia',
  de: 'allergisch|allergie*|unverträglich*|intoleranz',
  fr: 'allergique*|allergie*|intolérant*|intolérance',
};

/** "Gluten-free", "sans gluten": a wish, weaker than an allergy (it may be a question). */
export const FREE_FROM_CUES: CuesByLanguage = {
  en: 'free|without',
  he: 'ללא|בלי',
  ru: 'без',
  es: 'sin',
  de: 'ohne|frei',
  fr: 'sans',
};

/** Just before an allergy word, these turn it around ("not allergic"). */
export const NEGATION_BEFORE = /(?:^|\s)(?:not|no|nicht|kein\p{L}*|pas|не|לא)\s+$/u;

/** Products of the boxes customers say they like or dislike. */
export const PRODUCTS: readonly Term[] = [
  { name: 'olive oil', pattern: 'olive oil;olivenöl;huile d olive;aceite de oliva;оливков* масл*;שמן זית' },
  { name: 'wine', pattern: 'wine;wines;wein;weine;vin;vins;vino;vinos;вин*;יין;יינות' },
  { name: 'dates', pattern: 'dates;datteln;dattes;dátiles;финик*;תמרים' },
  { name: 'halva', pattern: 'halva;halwa;halvah;халв*;חלבה' },
  { name: 'tahini', pattern: 'tahini;tahina;тахин*;טחינה' },
  { name: 'honey', pattern: 'honey;honig;miel;мед;мёд;דבש' },
  { name: 'spices', pattern: "spices;za'atar;zaatar;gewürz*;épices;especias;специ*;пряност*;תבלינ*;זעתר" },
  { name: 'spicy food', pattern: 'spicy;hot sauce;scharf*;épicé*;picante*;остр*;חריף*' },
  {
    name: 'Dead Sea cosmetics',
    pattern: 'cosmetics;dead sea;kosmetik;cosmétique*;cosmética*;косметик*;קוסמטיקה;ים המלח',
  },
  { name: 'Judaica', pattern: 'judaica;judaika;иудаик*;יודאיקה' },
  { name: 'chocolate', pattern: 'chocolate;schokolade;chocolat;шоколад*;שוקולד' },
  { name: 'coffee', pattern: 'coffee;kaffee;café;кофе;קפה' },
];

/** "We love ...": what the customer enjoys. Plain "like" is left out: it is mostly a preposition. */
export const LIKE_CUES: CuesByLanguage = {
  en: 'i|we love|loved|adore|adored|enjoy|enjoyed; i|we ~ really|absolutely ~ like|liked; favorite|favourite',
  he: 'אוהב|אוהבת|אוהבים|אהבנו|אהבתי; מת|מתה|מתים ~ על',
  ru: 'люблю|любим|обожаю|нравится|понравил*',
  es: 'me|nos ~ encanta|encantan|encantó|gusta|gustan|gustó; favorit*',
  de: 'liebe|lieben|mag|mögen|lieblings*',
  fr: 'adore|adorons|aime|aimons|préféré*',
};

/** "We don't like ...": what the customer would rather not get. Checked before the likes. */
export const DISLIKE_CUES: CuesByLanguage = {
  en: "don't|dont|didn't|didnt ~ like|enjoy; do not ~ like|enjoy; hate|dislike; not a fan of; can't stand",
  he: 'לא ~ אוהב|אוהבת|אוהבים|אהבנו|אהבתי; שונא|שונאת|שונאים',
  ru: 'не ~ люблю|любим|нравится|понравил*; ненавижу',
  es: 'no ~ me|nos ~ gusta|gustan|gustó; odio',
  de: 'mag|mögen ~ kein*|nicht; hasse|hassen',
  fr: "n'aime|n'aimons ~ pas; aime pas; déteste",
};

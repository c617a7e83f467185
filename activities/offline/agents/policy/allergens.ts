/**
 * Allergens a customer asks about ("any nuts in the December box?", "enthält sie Gluten?") and the
 * items of a box whose label lists them. The catalogue's allergen labels are English, sometimes
 * with the source in brackets: "tree nuts (almond)", "gluten (wheat)".
 */
import { foldPattern, normalizeText } from '../../router/normalize';

/** The allergen families the offline agents check a box for. */
export type AllergenFamily = 'nuts' | 'gluten' | 'milk' | 'eggs' | 'soy' | 'sesame' | 'sulphites' | 'mustard';

interface FamilyRule {
  /** The words that name the family in a message, in six languages (normalised text). */
  asked: RegExp;
  /** Whether a catalogue label belongs to the family. */
  label: RegExp;
}

const FAMILIES: Readonly<Record<AllergenFamily, FamilyRule>> = {
  nuts: {
    asked:
      /(?<!\p{L})(?:nut|nuts|tree ?nuts?|peanuts?|almonds?|pistachios?|walnuts?|hazelnuts?|cashews?)(?!\p{L})|nuss|nusse|mandel|erdnuss|pistazie|walnuss|haselnuss|frutos? secos?|nuez|nueces|almendra|cacahuete|mani(?!\p{L})|pistacho|noix|fruits? a coque|amande|arachide|pistache|орех|миндал|арахис|фисташк|אגוז|שקד|בוטנ|פיסטוק/u,
    label: /^(?:tree nuts|peanuts?)/,
  },
  gluten: {
    asked:
      /gluten|(?<!\p{L})wheat|coeliac|celiac|weizen|zoliakie|trigo|(?<!\p{L})ble(?!\p{L})|глютен|пшениц|целиак|גלוטנ|חיטה|צליאק/u,
    label: /^gluten/,
  },
  milk: {
    asked:
      /(?<!\p{L})(?:milk|dairy|lactose)(?!\p{L})|milch|laktose|leche|lactosa|lacteo|(?<!\p{L})lait(?!\p{L})|laitier|молок|молочн|лактоз|(?<!\p{L})(?:ה|ב|מ)?חלב(?!\p{L})|חלבי|לקטוז/u,
    label: /^milk/,
  },
  eggs: {
    asked: /(?<!\p{L})eggs?(?!\p{L})|(?<!\p{L})eier|huevo|(?<!\p{L})oeufs?(?!\p{L})|яйц|ביצימ|ביצה/u,
    label: /^eggs?/,
  },
  soy: {
    asked: /(?<!\p{L})(?:soy|soya|soja)(?!\p{L})|(?<!\p{L})со(?:я|и|ей)(?!\p{L})|סויה/u,
    label: /^soy/,
  },
  sesame: {
    asked: /sesame|sesam|sesamo|кунжут|שומשומ/u,
    label: /^sesame/,
  },
  sulphites: {
    asked: /sul(?:ph|f)it|sulfito|сульфит|סולפיט/u,
    label: /^sul(?:ph|f)ites?/,
  },
  mustard: {
    asked: /mustard|(?<!\p{L})senf|mostaza|moutarde|горчиц|חרדל/u,
    label: /^mustard/,
  },
};

const ORDER = Object.keys(FAMILIES) as AllergenFamily[];
const ASKED = ORDER.map((family) => [family, foldPattern(FAMILIES[family].asked)] as const);

/** The allergen families a message names, in a fixed order. */
export function allergensAsked(text: string): AllergenFamily[] {
  const normalized = normalizeText(text);
  return ASKED.filter(([, pattern]) => pattern.test(normalized)).map(([family]) => family);
}

/** The labels of a product that belong to a family ("tree nuts (almond)" for nuts). */
export const labelsIn = (family: AllergenFamily, labels: readonly string[]): string[] =>
  labels.filter((label) => FAMILIES[family].label.test(label.toLowerCase()));

/** Labels outside a family that people who avoid it often avoid too ("shea butter" for nuts). */
const RELATED: Readonly<Partial<Record<AllergenFamily, RegExp>>> = { nuts: /^shea/ };

/** The labels of a product related to a family without belonging to it. */
export const relatedLabelsIn = (family: AllergenFamily, labels: readonly string[]): string[] => {
  const related = RELATED[family];
  return related ? labels.filter((label) => related.test(label.toLowerCase())) : [];
};

/** The catalogue word each family's plain labels start with ("gluten (wheat)", "milk"). */
const PLAIN: Readonly<Record<AllergenFamily, string>> = {
  nuts: 'tree nuts',
  gluten: 'gluten',
  milk: 'milk',
  eggs: 'egg',
  soy: 'soy',
  sesame: 'sesame',
  sulphites: 'sul',
  mustard: 'mustard',
};

/**
 * What a label adds to the family's name: the source it gives in brackets ("almond" for
 * "tree nuts (almond)"), the label itself when it is not the family's plain word ("peanuts" for
 * nuts), or null ("milk" for milk).
 */
export function labelDetail(family: AllergenFamily, label: string): string | null {
  const bracket = /\(([^)]+)\)/.exec(label)?.[1];
  if (bracket) return bracket;
  return label.toLowerCase().startsWith(PLAIN[family]) ? null : label;
}

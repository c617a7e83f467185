import type { Box, Preferences, Product, Tier } from './types';

/** Wine with alcohol is packed only for Israel, the UK and the EU (fixtures/README.md, boxes). */
const WINE_COUNTRIES = new Set([
  'IL',
  'GB',
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
]);

/** Why an item differs from the box's published list. */
export type SubstitutionReason = 'alcohol_free' | 'allergen_exclusion' | 'not_shipped_to_country' | 'other';

/** One item of a customer's box, with what it replaced. */
export interface BoxLine {
  /** Null when the replacement is not decided yet (a box not packed). */
  productId: string | null;
  name: string;
  substitutedFor?: { productId: string; name: string };
  substitutionReason?: SubstitutionReason;
  /** Plain-English reason, e.g. "alcohol-free preference". */
  note?: string;
  /** The destination that ruled the original out (ISO alpha-2), so the widget can word the reason. */
  country?: string;
  /** The excluded allergens that ruled the original out. */
  allergens?: string[];
  /** The allergens the item's label lists, as the catalogue words them; empty until a replacement is picked. */
  labelAllergens: string[];
}

/** Why a line differs, in codes and facts as well as in English. */
type Reason = Pick<BoxLine, 'country' | 'allergens'> & { reason: SubstitutionReason; note: string };

/** Whose box it is: the facts that decide substitutions. */
export interface Recipient {
  country: string;
  preferences: Preferences;
}

const isAlcoholicWine = (product: Product | undefined): boolean =>
  product !== undefined && product.alcoholFree === false && (product.abvPct ?? 1) > 0;

function reasonFor(original: Product | undefined, box: Box, recipient: Recipient): Reason {
  if (original && (box.alcoholFreeSubstitutions[original.id] || isAlcoholicWine(original))) {
    return recipient.preferences.alcoholFree
      ? { reason: 'alcohol_free', note: 'alcohol-free preference' }
      : {
          reason: 'alcohol_free',
          note: `wine with alcohol is not shipped to ${recipient.country}`,
          country: recipient.country,
        };
  }
  if (original?.notShippedTo.includes(recipient.country)) {
    return {
      reason: 'not_shipped_to_country',
      note: `${original.name} is not shipped to ${recipient.country}`,
      country: recipient.country,
    };
  }
  const excluded =
    original?.allergens.filter((a) => recipient.preferences.allergenExclusions.includes(a)) ?? [];
  if (excluded.length > 0) {
    return {
      reason: 'allergen_exclusion',
      note: `allergen exclusion (${excluded.join(', ')})`,
      allergens: excluded,
    };
  }
  return { reason: 'other', note: 'substituted by the warehouse' };
}

/** The line fields that explain a substitution. */
const explained = ({ reason, ...facts }: Reason): Omit<BoxLine, 'productId' | 'name' | 'labelAllergens'> => ({
  substitutionReason: reason,
  ...facts,
});

/** Every product id a box and its packed items mention, for one `getProducts` call. */
export function productIdsOf(box: Box, tier: Tier, packed: readonly string[] = []): string[] {
  return [...new Set([...box.tiers[tier], ...packed, ...Object.values(box.alcoholFreeSubstitutions)])];
}

/**
 * The lines of a packed order. Packed items keep the position of the published item they replace
 * (true of every order in the seed), so a difference at a position is a substitution.
 */
export function packedLines(
  box: Box,
  tier: Tier,
  packed: readonly string[],
  products: ReadonlyMap<string, Product>,
  recipient: Recipient,
): BoxLine[] {
  const published = box.tiers[tier];
  return packed.map((id, index) => {
    const name = products.get(id)?.name ?? id;
    const labelAllergens = products.get(id)?.allergens ?? [];
    const originalId = published[index];
    if (!originalId || originalId === id) return { productId: id, name, labelAllergens };
    const original = products.get(originalId);
    return {
      productId: id,
      name,
      labelAllergens,
      substitutedFor: { productId: originalId, name: original?.name ?? originalId },
      ...explained(reasonFor(original, box, recipient)),
    };
  });
}

/** Whether wine with alcohol may be shipped to a country (ISO alpha-2, upper case). */
export function shipsWineWithAlcohol(country: string): boolean {
  return WINE_COUNTRIES.has(country);
}

/**
 * The lines of a box not packed yet, as the warehouse will pack it: alcohol-free alternatives for
 * wine where the preference or the destination calls for it; other replacements (allergens, products
 * not shipped to the country) are flagged with no product, since the warehouse picks them at packing.
 */
export function projectedLines(
  box: Box,
  tier: Tier,
  products: ReadonlyMap<string, Product>,
  recipient: Recipient,
): BoxLine[] {
  const wineAllowed = shipsWineWithAlcohol(recipient.country) && !recipient.preferences.alcoholFree;
  return box.tiers[tier].map((id): BoxLine => {
    const product = products.get(id);
    const name = product?.name ?? id;
    const alternative = box.alcoholFreeSubstitutions[id] ?? product?.alcoholFreeAlternative ?? null;
    if (!wineAllowed && alternative && isAlcoholicWine(product)) {
      return {
        productId: alternative,
        name: products.get(alternative)?.name ?? alternative,
        labelAllergens: products.get(alternative)?.allergens ?? [],
        substitutedFor: { productId: id, name },
        ...explained(reasonFor(product, box, recipient)),
      };
    }
    const reason = reasonFor(product, box, recipient);
    if (reason.reason === 'not_shipped_to_country' || reason.reason === 'allergen_exclusion') {
      return {
        productId: null,
        name: `Replacement for ${name}`,
        labelAllergens: [],
        substitutedFor: { productId: id, name },
        ...explained(reason),
      };
    }
    return { productId: id, name, labelAllergens: product?.allergens ?? [] };
  });
}

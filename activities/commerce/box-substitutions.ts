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
}

/** Whose box it is: the facts that decide substitutions. */
export interface Recipient {
  country: string;
  preferences: Preferences;
}

const isAlcoholicWine = (product: Product | undefined): boolean =>
  product !== undefined && product.alcoholFree === false && (product.abvPct ?? 1) > 0;

function reasonFor(
  original: Product | undefined,
  box: Box,
  recipient: Recipient,
): { reason: SubstitutionReason; note: string } {
  if (original && (box.alcoholFreeSubstitutions[original.id] || isAlcoholicWine(original))) {
    const note = recipient.preferences.alcoholFree
      ? 'alcohol-free preference'
      : `wine with alcohol is not shipped to ${recipient.country}`;
    return { reason: 'alcohol_free', note };
  }
  if (original?.notShippedTo.includes(recipient.country)) {
    return {
      reason: 'not_shipped_to_country',
      note: `${original.name} is not shipped to ${recipient.country}`,
    };
  }
  const excluded =
    original?.allergens.filter((a) => recipient.preferences.allergenExclusions.includes(a)) ?? [];
  if (excluded.length > 0)
    return { reason: 'allergen_exclusion', note: `allergen exclusion (${excluded.join(', ')})` };
  return { reason: 'other', note: 'substituted by the warehouse' };
}

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
    const originalId = published[index];
    if (!originalId || originalId === id) return { productId: id, name };
    const original = products.get(originalId);
    const { reason, note } = reasonFor(original, box, recipient);
    return {
      productId: id,
      name,
      substitutedFor: { productId: originalId, name: original?.name ?? originalId },
      substitutionReason: reason,
      note,
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
      const { note } = reasonFor(product, box, recipient);
      return {
        productId: alternative,
        name: products.get(alternative)?.name ?? alternative,
        substitutedFor: { productId: id, name },
        substitutionReason: 'alcohol_free',
        note,
      };
    }
    const { reason, note } = reasonFor(product, box, recipient);
    if (reason === 'not_shipped_to_country' || reason === 'allergen_exclusion') {
      return {
        productId: null,
        name: `Replacement for ${name}`,
        substitutedFor: { productId: id, name },
        substitutionReason: reason,
        note,
      };
    }
    return { productId: id, name };
  });
}

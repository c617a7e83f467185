import type { Box as BoxRow, Product as ProductRow } from '../../schema/tables';
import type { Box, Product } from './types';

/** Maps a `products` row. */
export function toProduct(row: ProductRow): Product {
  return {
    id: row.id,
    name: row.name,
    category: row.category,
    producer: row.producer,
    origin: row.origin,
    description: row.description,
    itemValueUsd: row.item_value_usd,
    allergens: row.allergens,
    mayContain: row.may_contain,
    notShippedTo: row.not_shipped_to,
    alcoholFree: row.alcohol_free,
    abvPct: row.abv_pct,
    alcoholFreeAlternative: row.alcohol_free_alternative,
    fragile: row.fragile,
    kosher: row.kosher,
  };
}

/** Maps a `boxes` row. */
export function toBox(row: BoxRow): Box {
  return {
    month: row.month,
    theme: row.theme,
    contentsPublishedAt: row.contents_published_at,
    tiers: row.tiers,
    alcoholFreeSubstitutions: row.alcohol_free_substitutions,
    notes: row.notes,
  };
}

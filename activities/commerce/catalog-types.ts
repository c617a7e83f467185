import type { Tier } from '../../schema/tables';

/** A catalogue product. */
export interface Product {
  id: string;
  name: string;
  category: string;
  producer: string;
  origin: string;
  description: string;
  itemValueUsd: number;
  allergens: string[];
  mayContain: string[];
  /** ISO countries this product is never shipped to. */
  notShippedTo: string[];
  alcoholFree: boolean | null;
  abvPct: number | null;
  alcoholFreeAlternative: string | null;
  fragile: boolean | null;
  kosher: boolean | null;
}

/** The published contents of one month's box. */
export interface Box {
  /** `YYYY-MM` */
  month: string;
  theme: string;
  contentsPublishedAt: string;
  tiers: Record<Tier, string[]>;
  /** Wine product id -> alcohol-free alternative. */
  alcoholFreeSubstitutions: Record<string, string>;
  notes: string | null;
}

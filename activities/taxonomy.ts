import { readFileSync } from 'node:fs';
import { z } from 'zod';

const categorySchema = z.object({
  id: z.string().min(1),
  description: z.string(),
  specialist: z.string().nullable(),
  auto_send_threshold: z.number().min(0).max(1).nullable(),
  always_escalate: z.boolean(),
});

const taxonomySchema = z.object({
  version: z.string(),
  specialists: z.record(z.string(), z.string()),
  categories: z.array(categorySchema).min(1),
});

export type Taxonomy = z.infer<typeof taxonomySchema>;
export type TaxonomyCategory = z.infer<typeof categorySchema>;

/** The taxonomy shipped with Kesher (fixtures/taxonomy.json). */
export const DEFAULT_TAXONOMY_PATH = new URL('../fixtures/taxonomy.json', import.meta.url);

/** Reads and validates the category taxonomy. */
export function loadTaxonomy(path: URL | string = DEFAULT_TAXONOMY_PATH): Taxonomy {
  return taxonomySchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** The catch-all category: anything that fits no other. */
export const FALLBACK_CATEGORY = 'other';

/** The category's entry, or the catch-all when a model names a category the taxonomy does not have. */
export function categoryOf(taxonomy: Taxonomy, id: string): TaxonomyCategory {
  const found = taxonomy.categories.find((category) => category.id === id);
  const fallback = taxonomy.categories.find((category) => category.id === FALLBACK_CATEGORY);
  return found ?? fallback ?? taxonomy.categories[0]!;
}

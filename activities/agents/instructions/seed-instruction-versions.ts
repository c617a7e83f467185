import type { Kysely } from 'kysely';
import type { Database } from '../../../schema/tables';
import { GENERALIST_INSTRUCTIONS, GENERALIST_KEY, isSpecialistName, SPECIALIST_INSTRUCTIONS } from './index';

/**
 * Inserts version 1, deployed, for every taxonomy category that has a specialist (its
 * specialist's shipped instructions) and for the generalist. Idempotent: a category that has a
 * version 1 keeps it, and whatever was deployed since stays deployed. Returns the keys seeded now.
 */
export async function seedInstructionVersions(db: Kysely<Database>): Promise<string[]> {
  const categories = await db
    .selectFrom('categories')
    .select(['id', 'specialist'])
    .where('specialist', 'is not', null)
    .orderBy('id')
    .execute();
  const rows = [
    ...categories
      .filter((category) => isSpecialistName(category.specialist!))
      .map((category) => ({
        category: category.id,
        specialist: category.specialist,
        content: SPECIALIST_INSTRUCTIONS[category.specialist as keyof typeof SPECIALIST_INSTRUCTIONS],
      })),
    { category: GENERALIST_KEY, specialist: GENERALIST_KEY, content: GENERALIST_INSTRUCTIONS },
  ];
  const now = new Date();
  const inserted = await db
    .insertInto('instruction_versions')
    .values(
      rows.map((row) => ({
        ...row,
        version: 1,
        status: 'deployed' as const,
        created_by: 'seed',
        change_note: 'Shipped instructions',
        deployed_at: now,
      })),
    )
    // A category that already has a version 1 (or a deployed one) is left as it is.
    .onConflict((oc) => oc.doNothing())
    .returning('category')
    .execute();
  return inserted.map((row) => row.category);
}

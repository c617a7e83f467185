import type { Kysely } from 'kysely';
import { GENERALIST_KEY } from '../../activities/agents/instructions';
import type { Database } from '../../schema/tables';
import { HttpError } from '../http-error';

/**
 * Checks that a path's category has versioned instructions: a taxonomy category with a
 * specialist, or the generalist. Anything else is 404, so a typo cannot create a stray category.
 */
export async function assertInstructionCategory(db: Kysely<Database>, category: string): Promise<void> {
  if (category === GENERALIST_KEY) return;
  const row = await db
    .selectFrom('categories')
    .select('id')
    .where('id', '=', category)
    .where('specialist', 'is not', null)
    .executeTakeFirst();
  if (!row)
    throw new HttpError(404, 'unknown_category', `No instructions are kept for category ${category}.`);
}

/** Each taxonomy category's specialist. */
export async function specialistsByCategory(db: Kysely<Database>): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('categories')
    .select(['id', 'specialist'])
    .where('specialist', 'is not', null)
    .execute();
  return new Map(rows.map((row) => [row.id, row.specialist!]));
}

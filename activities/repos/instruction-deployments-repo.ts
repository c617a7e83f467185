import type { Kysely } from 'kysely';
import type { Database, InstructionVersion } from '../../schema/tables';

/** Category (or role key) → the number of its deployed instruction version. */
export async function deployedVersions(db: Kysely<Database>): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('instruction_versions')
    .select(['category', 'version'])
    .where('status', '=', 'deployed')
    .orderBy('category')
    .execute();
  return Object.fromEntries(rows.map((row) => [row.category, row.version]));
}

/** The versions still deployed that were deployed in `(after, until]`, oldest deployment first. */
export async function deployedBetween(
  db: Kysely<Database>,
  window: { after: Date; until: Date },
): Promise<InstructionVersion[]> {
  return db
    .selectFrom('instruction_versions')
    .selectAll()
    .where('status', '=', 'deployed')
    .where('deployed_at', '>', window.after)
    .where('deployed_at', '<=', window.until)
    .orderBy('deployed_at')
    .orderBy('category')
    .execute();
}

import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, InstructionStatus, InstructionVersion } from '../../schema/tables';
import { LearningConflictError, LearningNotFoundError } from '../learning/learning-errors';

/** A database handle or an open transaction. */
export type Db = Kysely<Database> | Transaction<Database>;

/** The content and number of the deployed version of a category, or null when none is deployed. */
export async function getDeployedInstructions(
  db: Db,
  category: string,
): Promise<{ version: number; content: string } | null> {
  const row = await db
    .selectFrom('instruction_versions')
    .select(['version', 'content'])
    .where('category', '=', category)
    .where('status', '=', 'deployed')
    .executeTakeFirst();
  return row ?? null;
}

/** One version of a category, whatever its status (a draft can be replayed), or null. */
export async function findVersion(
  db: Db,
  category: string,
  version: number,
): Promise<InstructionVersion | null> {
  const row = await db
    .selectFrom('instruction_versions')
    .selectAll()
    .where('category', '=', category)
    .where('version', '=', version)
    .executeTakeFirst();
  return row ?? null;
}

/** Every version of a category, newest first. */
export async function listVersions(db: Db, category: string): Promise<InstructionVersion[]> {
  return db
    .selectFrom('instruction_versions')
    .selectAll()
    .where('category', '=', category)
    .orderBy('version', 'desc')
    .execute();
}

/** A new draft version: the next number of the category. */
export async function createVersion(
  db: Kysely<Database>,
  input: {
    category: string;
    content: string;
    specialist?: string | null;
    createdBy: string;
    changeNote?: string | null;
    suggestionId?: number | null;
  },
): Promise<InstructionVersion> {
  return db.transaction().execute(async (trx) => {
    await lockCategory(trx, input.category);
    return insertDraft(trx, input);
  });
}

/** Deploys a version: it becomes the category's only deployed one; the previous one is retired. */
export async function deployVersion(
  db: Kysely<Database>,
  category: string,
  version: number,
): Promise<InstructionVersion> {
  return db.transaction().execute(async (trx) => {
    await lockCategory(trx, category);
    return deployLocked(trx, category, version);
  });
}

/**
 * Rolls a category back: the deployed version becomes `rolled_back` and `toVersion` (default: the
 * version deployed before it, skipping rolled-back ones) is deployed again.
 */
export async function rollbackInstructions(
  db: Kysely<Database>,
  category: string,
  toVersion?: number,
): Promise<{ rolledBack: InstructionVersion; deployed: InstructionVersion }> {
  return db.transaction().execute(async (trx) => {
    await lockCategory(trx, category);
    const current = await trx
      .selectFrom('instruction_versions')
      .selectAll()
      .where('category', '=', category)
      .where('status', '=', 'deployed')
      .executeTakeFirst();
    if (!current) throw new LearningConflictError('instructions', category, 'no version is deployed');
    let target: InstructionVersion | undefined;
    if (toVersion !== undefined) {
      target = await getVersion(trx, category, toVersion);
      if (target.id === current.id) {
        throw new LearningConflictError('instructions', category, `version ${toVersion} is the deployed one`);
      }
    } else {
      target = await trx
        .selectFrom('instruction_versions')
        .selectAll()
        .where('category', '=', category)
        .where('status', '=', 'retired')
        .where('deployed_at', 'is not', null)
        .orderBy('deployed_at', 'desc')
        .orderBy('version', 'desc')
        .executeTakeFirst();
      if (!target) throw new LearningConflictError('instructions', category, 'no earlier deployed version');
    }
    const rolledBack = await trx
      .updateTable('instruction_versions')
      .set({ status: 'rolled_back', rolled_back_at: new Date() })
      .where('id', '=', current.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const deployed = await setStatus(trx, target.id, 'deployed');
    return { rolledBack, deployed };
  });
}

/** Serialises changes to one category's versions (numbering and the single deployed version). */
export async function lockCategory(trx: Transaction<Database>, category: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`instructions:${category}`}))`.execute(trx);
}

/** Inserts the category's next version number as a draft (the category must be locked). */
export async function insertDraft(
  trx: Transaction<Database>,
  input: {
    category: string;
    content: string;
    specialist?: string | null;
    createdBy: string;
    changeNote?: string | null;
    suggestionId?: number | null;
  },
): Promise<InstructionVersion> {
  const latest = await trx
    .selectFrom('instruction_versions')
    .select(['version', 'specialist'])
    .where('category', '=', input.category)
    .orderBy('version', 'desc')
    .executeTakeFirst();
  return trx
    .insertInto('instruction_versions')
    .values({
      category: input.category,
      specialist: input.specialist ?? latest?.specialist ?? null,
      version: (latest?.version ?? 0) + 1,
      content: input.content,
      status: 'draft',
      created_by: input.createdBy,
      change_note: input.changeNote ?? null,
      suggestion_id: input.suggestionId ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Deploys a version of a locked category, retiring the deployed one. */
export async function deployLocked(
  trx: Transaction<Database>,
  category: string,
  version: number,
): Promise<InstructionVersion> {
  const target = await getVersion(trx, category, version);
  if (target.status === 'deployed') return target;
  // The partial unique index allows one deployed row per category: retire the old one first.
  await trx
    .updateTable('instruction_versions')
    .set({ status: 'retired' })
    .where('category', '=', category)
    .where('status', '=', 'deployed')
    .execute();
  return setStatus(trx, target.id, 'deployed');
}

async function setStatus(
  trx: Transaction<Database>,
  id: number,
  status: InstructionStatus,
): Promise<InstructionVersion> {
  return trx
    .updateTable('instruction_versions')
    .set({ status, ...(status === 'deployed' ? { deployed_at: new Date() } : {}) })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** One version of a category, whatever its status; a missing one is a LearningNotFoundError. */
export async function getVersion(db: Db, category: string, version: number): Promise<InstructionVersion> {
  const row = await findVersion(db, category, version);
  if (!row) throw new LearningNotFoundError(`instruction version of ${category}`, version);
  return row;
}

import { Migrator, NO_MIGRATIONS, type Kysely, type MigrationResult, type MigrationResultSet } from 'kysely';
import { migrations } from './migrations';
import type { Database } from './tables';

/** A migration run failed; names the migration and keeps the database error as `cause`. */
export class MigrationError extends Error {
  constructor(
    readonly migrationName: string | undefined,
    readonly results: readonly MigrationResult[],
    cause: unknown,
  ) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    super(`Migration ${migrationName ?? '(setup)'} failed: ${detail}`, { cause });
    this.name = 'MigrationError';
  }
}

function migratorFor(db: Kysely<Database>): Migrator {
  // The provider returns the static index, so bundled builds migrate without reading the disk.
  return new Migrator({ db, provider: { getMigrations: () => Promise.resolve({ ...migrations }) } });
}

function settle(resultSet: MigrationResultSet): MigrationResult[] {
  const results = resultSet.results ?? [];
  if (resultSet.error !== undefined) {
    const failed = results.find((result) => result.status === 'Error');
    throw new MigrationError(failed?.migrationName, results, resultSet.error);
  }
  return results;
}

/** Runs every pending migration; returns what ran. Throws `MigrationError` on failure (nothing of it stays applied). */
export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationResult[]> {
  return settle(await migratorFor(db).migrateToLatest());
}

/** Reverts the latest applied migration. */
export async function migrateDown(db: Kysely<Database>): Promise<MigrationResult[]> {
  return settle(await migratorFor(db).migrateDown());
}

/** Reverts every applied migration, newest first. */
export async function migrateAllDown(db: Kysely<Database>): Promise<MigrationResult[]> {
  return settle(await migratorFor(db).migrateTo(NO_MIGRATIONS));
}

/** The names of the migrations applied so far, oldest first. */
export async function appliedMigrations(db: Kysely<Database>): Promise<string[]> {
  const all = await migratorFor(db).getMigrations();
  return all.filter((migration) => migration.executedAt !== undefined).map((migration) => migration.name);
}

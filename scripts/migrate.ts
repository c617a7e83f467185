/**
 * Migrates the configured database (DATABASE_URL, else embedded PGlite in KESHER_DATA_DIR/pglite).
 * Usage: `npm run migrate [up|down|reset]` — up (default) applies every pending migration, down
 * reverts the latest one, reset reverts all and applies them again (destroys the data).
 */
import type { MigrationResult } from 'kysely';
import { loadConfig } from '../config/config';
import { createDb } from '../schema/db';
import { migrateAllDown, migrateDown, migrateToLatest } from '../schema/migrate';

const COMMANDS = ['up', 'down', 'reset'] as const;
type Command = (typeof COMMANDS)[number];

function print(results: MigrationResult[]): void {
  if (results.length === 0) console.log('  nothing to do');
  for (const result of results)
    console.log(`  ${result.direction.padEnd(4)} ${result.migrationName}: ${result.status}`);
}

async function main(): Promise<void> {
  const command = (process.argv[2] ?? 'up') as Command;
  if (!COMMANDS.includes(command))
    throw new Error(`unknown command "${command}"; expected one of: ${COMMANDS.join(', ')}`);
  const config = loadConfig();
  const { db, kind, close } = await createDb(config.database);
  try {
    console.log(
      `migrate ${command} (${kind === 'postgres' ? 'postgres' : `embedded at ${config.database.embeddedDir}`})`,
    );
    if (command === 'down') print(await migrateDown(db));
    else if (command === 'reset') {
      print(await migrateAllDown(db));
      print(await migrateToLatest(db));
    } else print(await migrateToLatest(db));
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

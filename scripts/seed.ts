/**
 * Migrates the configured database and loads the demo commerce data and the category taxonomy
 * (`fixtures/`). Idempotent: a second run reports every row unchanged.
 * Usage: `npm run seed [commerce-seed.json] [taxonomy.json]`
 */
import { loadConfig } from '../config/config';
import { createDb } from '../schema/db';
import { migrateToLatest } from '../schema/migrate';
import { fixtureFiles, readJsonFile, seedCommerce, seedTaxonomy, type SeedReport } from '../schema/seed';

function print(report: SeedReport): void {
  for (const [table, count] of Object.entries(report)) {
    console.log(
      `  ${table.padEnd(14)} ${count.inserted} inserted, ${count.updated} updated, ${count.unchanged} unchanged`,
    );
  }
}

async function main(): Promise<void> {
  const [commercePath = fixtureFiles.commerce, taxonomyPath = fixtureFiles.taxonomy] = process.argv.slice(2);
  const config = loadConfig();
  const { db, kind, close } = await createDb(config.database);
  try {
    await migrateToLatest(db);
    console.log(`seed (${kind === 'postgres' ? 'postgres' : `embedded at ${config.database.embeddedDir}`})`);
    print(await seedCommerce(db, await readJsonFile(commercePath)));
    print(await seedTaxonomy(db, await readJsonFile(taxonomyPath)));
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

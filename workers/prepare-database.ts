import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../schema/tables';
import { fixtureFiles, readJsonFile, seedCommerce, seedTaxonomy } from '../schema/seed';
import { seedInstructionVersions } from '../activities/agents/instructions/seed-instruction-versions';

/**
 * Keeps the taxonomy in step with the shipped file, seeds each category's instructions (version 1),
 * and loads the demo commerce data into an empty database so `npm start` has customers to talk
 * to. A database that already has customers (real or seeded) keeps them.
 */
export async function prepareDatabase(db: Kysely<Database>, log: Logger): Promise<void> {
  await seedTaxonomy(db, await readJsonFile(fixtureFiles.taxonomy));
  // Every category with a specialist gets its shipped instructions as deployed version 1, once.
  const seeded = await seedInstructionVersions(db);
  if (seeded.length) log.info({ categories: seeded }, 'seeded instruction versions');
  const existing = await db.selectFrom('customers').select('id').limit(1).executeTakeFirst();
  if (existing) return;
  await seedCommerce(db, await readJsonFile(fixtureFiles.commerce));
  log.info('loaded the demo commerce data');
}

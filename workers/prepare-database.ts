import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../schema/tables';
import { fixtureFiles, readJsonFile, seedCommerce, seedTaxonomy } from '../schema/seed';

/**
 * Keeps the taxonomy in step with the shipped file, and loads the demo commerce data into an
 * empty database so `npm start` has customers to talk to. A database that already has customers
 * (real or seeded) keeps them.
 */
export async function prepareDatabase(db: Kysely<Database>, log: Logger): Promise<void> {
  await seedTaxonomy(db, await readJsonFile(fixtureFiles.taxonomy));
  const existing = await db.selectFrom('customers').select('id').limit(1).executeTakeFirst();
  if (existing) return;
  await seedCommerce(db, await readJsonFile(fixtureFiles.commerce));
  log.info('loaded the demo commerce data');
}

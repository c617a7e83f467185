import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../schema/tables';
import { seedCommerce } from '../schema/seed';

const COMMERCE_SEED = new URL('../fixtures/commerce-seed.json', import.meta.url);

/**
 * Loads the demo data into an empty database, so `npm start` has customers to talk to. A database
 * that already has customers (real or seeded) is left alone.
 */
export async function prepareDatabase(db: Kysely<Database>, log: Logger): Promise<void> {
  const existing = await db.selectFrom('customers').select('id').limit(1).executeTakeFirst();
  if (existing) return;
  await seedCommerce(db, JSON.parse(readFileSync(COMMERCE_SEED, 'utf8')));
  log.info('loaded the demo commerce data');
}

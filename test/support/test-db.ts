import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { createDb } from '../../schema/db';
import { migrateToLatest } from '../../schema/migrate';
import { fixtureFiles, readJsonFile, seedCommerce, seedTaxonomy } from '../../schema/seed';
import type { Database } from '../../schema/tables';

/** The Postgres server tests create their databases on (`TEST_PG_URL` overrides). */
export const testServerUrl = (): string =>
  process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh, uniquely named database for one test file. */
export interface TestDatabase {
  db: Kysely<Database>;
  /** Connection URL of the test database. */
  url: string;
  name: string;
  /** Closes the connections and drops the database. */
  destroy(): Promise<void>;
}

/** The URL of database `name` on the test server. */
function databaseUrl(name: string): string {
  const url = new URL(testServerUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates a fresh database on the test server, migrated to the latest schema unless
 * `migrate: false`, and seeded with the demo commerce data and taxonomy when `seed: true`.
 */
export async function createTestDatabase(
  options: { seed?: boolean; migrate?: boolean } = {},
): Promise<TestDatabase> {
  const name = `kesher_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  // The name is generated above from [a-z0-9_], so quoting it as an identifier is enough.
  await onServer((client) => client.query(`create database "${name}"`));
  const url = databaseUrl(name);
  const { db, close } = await createDb({ url, poolMax: 5 });
  const destroy = async (): Promise<void> => {
    await close();
    await onServer((client) => client.query(`drop database if exists "${name}" with (force)`));
  };
  try {
    if (options.migrate !== false) await migrateToLatest(db);
    if (options.seed) {
      await seedCommerce(db, await readJsonFile(fixtureFiles.commerce));
      await seedTaxonomy(db, await readJsonFile(fixtureFiles.taxonomy));
    }
  } catch (error) {
    await destroy();
    throw error;
  }
  return { db, url, name, destroy };
}

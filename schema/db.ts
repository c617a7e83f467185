import { Kysely, PostgresDialect, type PostgresPool } from 'kysely';
import pg from 'pg';
import { pgTypeParsers } from './pg-types';
import type { Database } from './tables';

/** How to reach the database: a Postgres URL, or embedded PGlite (on disk in `embeddedDir`, else in memory). */
export interface DbOptions {
  url?: string;
  embeddedDir?: string;
  /** Pool size for a Postgres URL (default 10); embedded PGlite is always one session. */
  poolMax?: number;
  /** Errors of idle pooled connections (e.g. a server restart); the pool replaces the connection. */
  onError?: (error: Error) => void;
}

/** An open database handle. */
export interface DbHandle {
  db: Kysely<Database>;
  kind: 'postgres' | 'embedded';
  /** Destroys the Kysely instance and its pool (closing PGlite). */
  close(): Promise<void>;
}

function createPgPool(url: string, options: DbOptions): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: options.poolMax ?? 10, types: pgTypeParsers() });
  // PGlite runs in UTC; pin Postgres sessions to UTC too so date arithmetic agrees.
  pool.on('connect', (client) => {
    client.query("set time zone 'UTC'").catch((error: Error) => options.onError?.(error));
  });
  pool.on('error', (error) => options.onError?.(error));
  return pool;
}

/**
 * Opens the database behind one Kysely dialect (PostgresDialect) for both Postgres and embedded
 * PGlite, with the same JS value types on both: int8/numeric as numbers, dates as `YYYY-MM-DD`
 * strings, timestamptz as `Date`, json/jsonb parsed.
 */
export async function createDb(options: DbOptions): Promise<DbHandle> {
  let pool: PostgresPool;
  let kind: DbHandle['kind'];
  if (options.url) {
    pool = createPgPool(options.url, options);
    kind = 'postgres';
  } else {
    // Loaded lazily: the WASM build is only needed without a server.
    const { openPGlitePool } = await import('./pglite-pool');
    pool = await openPGlitePool(options.embeddedDir);
    kind = 'embedded';
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind, close: () => db.destroy() };
}

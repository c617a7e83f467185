import { mkdir } from 'node:fs/promises';
import { PGlite, types as pgliteTypes, type ParserOptions } from '@electric-sql/pglite';
import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import { keepText, parseNumber, scalarTypeParsers, TYPE_OIDS, type TextParser } from './pg-types';

type Command = PostgresQueryResult<unknown>['command'];

/** The pg-pool conventions of `pg-types.ts`, for PGlite (whose defaults are int8 -> bigint, date -> Date). */
function pgliteTypeParsers(): ParserOptions {
  const arrayOf =
    (element: TextParser, oid: number): TextParser =>
    (value) =>
      pgliteTypes.arrayParser(value, element, oid);
  return {
    ...scalarTypeParsers,
    [TYPE_OIDS.int8Array]: arrayOf(parseNumber, TYPE_OIDS.int8Array),
    [TYPE_OIDS.numericArray]: arrayOf(parseNumber, TYPE_OIDS.numericArray),
    [TYPE_OIDS.dateArray]: arrayOf(keepText, TYPE_OIDS.dateArray),
  };
}

/** One checked-out "connection": queries go straight to PGlite while this client holds the lock. */
class PGliteClient implements PostgresPoolClient {
  #released = false;

  constructor(
    private readonly pglite: PGlite,
    private readonly unlock: () => void,
  ) {}

  query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
  query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  query<R>(
    sqlOrCursor: string | PostgresCursor<R>,
    parameters?: ReadonlyArray<unknown>,
  ): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    if (typeof sqlOrCursor !== 'string') {
      throw new Error('Streaming queries (cursors) are not supported on embedded PGlite');
    }
    if (this.#released) throw new Error('PGlite client used after release');
    return this.run<R>(sqlOrCursor, parameters ?? []);
  }

  release(): void {
    if (this.#released) return;
    this.#released = true;
    this.unlock();
  }

  private async run<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> {
    const result = await this.pglite.query<R>(sql, [...parameters]);
    return {
      command: (result.command ?? 'SELECT') as Command,
      rowCount: result.rowCount ?? result.affectedRows ?? result.rows.length,
      rows: result.rows,
    };
  }
}

/**
 * A node-postgres-compatible pool over one embedded PGlite instance, for Kysely's PostgresDialect.
 * PGlite is a single session, so `connect()` hands out one client at a time: a transaction's
 * statements can never interleave with another caller's. (Like a pg pool of size 1, a caller that
 * opens a second connection while holding the first waits forever: use the transaction object.)
 */
export class PGlitePool implements PostgresPool {
  #tail: Promise<void> = Promise.resolve();
  #ended = false;

  constructor(
    private readonly pglite: PGlite,
    private readonly ownsInstance: boolean,
  ) {}

  async connect(): Promise<PostgresPoolClient> {
    if (this.#ended) throw new Error('PGlite pool has been ended');
    let unlock!: () => void;
    const held = new Promise<void>((resolve) => (unlock = resolve));
    const previous = this.#tail;
    this.#tail = previous.then(() => held);
    await previous;
    return new PGliteClient(this.pglite, unlock);
  }

  /** Waits for the last client to be released, then closes PGlite if this pool opened it. */
  async end(): Promise<void> {
    if (this.#ended) return;
    this.#ended = true;
    await this.#tail;
    if (this.ownsInstance && !this.pglite.closed) await this.pglite.close();
  }
}

/**
 * Opens embedded Postgres persisted in `dataDir` (created if missing), or in memory without one,
 * with Kesher's type conventions, and wraps it in a pool.
 */
export async function openPGlitePool(dataDir?: string): Promise<PGlitePool> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const pglite = await PGlite.create({ dataDir, parsers: pgliteTypeParsers() });
  return new PGlitePool(pglite, true);
}

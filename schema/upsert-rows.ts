import { sql, type Kysely } from 'kysely';
import type { Database, TableName } from './tables';

/** What an upsert did: new rows, rows changed to match the input, rows already identical. */
export interface UpsertCount {
  inserted: number;
  updated: number;
  unchanged: number;
}

// Postgres accepts at most 65535 bind parameters per statement.
const MAX_PARAMETERS = 60_000;

/**
 * Inserts `rows` into `table`, updating existing rows (matched on `key`) only where a column
 * differs, so re-running with the same input writes nothing. Every row must have the same keys;
 * jsonb values must already be JSON text. `touch` names a timestamp column set to now() on update.
 */
export async function upsertRows(
  db: Kysely<Database>,
  table: TableName,
  key: string,
  rows: ReadonlyArray<Record<string, unknown>>,
  options: { touch?: string } = {},
): Promise<UpsertCount> {
  const count: UpsertCount = { inserted: 0, updated: 0, unchanged: 0 };
  const first = rows[0];
  if (!first) return count;
  const columns = Object.keys(first);
  const updatable = columns.filter((column) => column !== key);
  const target = sql.table(table);
  const assignments = updatable.map((column) => sql`${sql.ref(column)} = excluded.${sql.ref(column)}`);
  if (options.touch) assignments.push(sql`${sql.ref(options.touch)} = now()`);
  const current = sql.join(updatable.map((column) => sql`${target}.${sql.ref(column)}`));
  const incoming = sql.join(updatable.map((column) => sql`excluded.${sql.ref(column)}`));
  const chunkSize = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));

  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const values = sql.join(
      chunk.map((row) => sql`(${sql.join(columns.map((column) => row[column] ?? null))})`),
    );
    // xmax = 0 marks a freshly inserted row; unchanged rows fail the WHERE and are not returned.
    const result = await sql<{ inserted: boolean }>`
      insert into ${target} (${sql.join(columns.map((column) => sql.ref(column)))})
      values ${values}
      on conflict (${sql.ref(key)}) do update set ${sql.join(assignments)}
      where (${current}) is distinct from (${incoming})
      returning (xmax = 0) as inserted`.execute(db);
    const inserted = result.rows.filter((row) => row.inserted).length;
    count.inserted += inserted;
    count.updated += result.rows.length - inserted;
    count.unchanged += chunk.length - result.rows.length;
  }
  return count;
}

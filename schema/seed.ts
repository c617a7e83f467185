import { readFile } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import { commerceSeedSchema, taxonomySchema, type CommerceSeed } from './seed-schema';
import type { Database, TableName } from './tables';
import { upsertRows, type UpsertCount } from './upsert-rows';

/** Per table, what a seed run did. */
export type SeedReport = Partial<Record<TableName, UpsertCount>>;

type Row = Record<string, unknown>;
const json = (value: unknown): string | null =>
  value === null || value === undefined ? null : JSON.stringify(value);

const PRODUCT_COLUMNS = [
  'id',
  'name',
  'category',
  'producer',
  'origin',
  'unit',
  'description',
  'item_value_usd',
  'allergens',
  'may_contain',
  'not_shipped_to',
  'kosher',
  'fragile',
  'alcohol_free',
  'abv_pct',
  'mevushal',
  'alcohol_free_alternative',
  'grade',
  'paraben_free',
  'notes',
] as const;

function productRow(product: CommerceSeed['products'][number]): Row {
  const row: Row = {};
  const attributes: Row = {};
  const columns: ReadonlySet<string> = new Set(PRODUCT_COLUMNS);
  for (const column of PRODUCT_COLUMNS) row[column] = product[column] ?? null;
  for (const [name, value] of Object.entries(product)) if (!columns.has(name)) attributes[name] = value;
  return { ...row, attributes: JSON.stringify(attributes) };
}

/** The seed's lists as rows of each table, in an order that satisfies the foreign keys. */
function commerceRows(seed: CommerceSeed): Array<[TableName, Row[]]> {
  return [
    ['customers', seed.customers.map((c) => ({ ...c, notes: c.notes ?? null }))],
    [
      'subscriptions',
      seed.subscriptions.map((s) => ({
        ...s,
        pause_history: json(s.pause_history),
        shipping_address: json(s.shipping_address),
        payment_method: json(s.payment_method),
        preferences: json(s.preferences),
        dunning: json(s.dunning),
        gift: json(s.gift),
      })),
    ],
    ['products', seed.products.map(productRow)],
    [
      'boxes',
      seed.boxes.map((b) => ({
        ...b,
        tiers: json(b.tiers),
        alcohol_free_substitutions: json(b.alcohol_free_substitutions),
        notes: b.notes ?? null,
      })),
    ],
    ['orders', seed.orders.map((o) => ({ ...o, items: json(o.items) }))],
    [
      'shipments',
      seed.shipments.map((s) => ({ ...s, destination: json(s.destination), events: json(s.events) })),
    ],
    ['payments', seed.payments.map((p) => ({ ...p, dispute: json(p.dispute) }))],
  ];
}

const KEYS: Partial<Record<TableName, string>> = { boxes: 'month' };
const TOUCHED: Partial<Record<TableName, string>> = { customers: 'updated_at', subscriptions: 'updated_at' };

/** Every column a table's rows may carry, so rows missing an optional field still line up. */
function aligned(rows: Row[]): Row[] {
  const columns = new Set(rows.flatMap((row) => Object.keys(row)));
  return rows.map((row) => Object.fromEntries([...columns].map((column) => [column, row[column] ?? null])));
}

/**
 * Loads the commerce data (`fixtures/commerce-seed.json` shape, validated) in one transaction.
 * Idempotent: existing rows are updated only where they differ from the seed, so a second run
 * changes nothing, and a run after the demo changed a subscription restores it.
 */
export async function seedCommerce(db: Kysely<Database>, seed: unknown): Promise<SeedReport> {
  const parsed = commerceSeedSchema.parse(seed);
  return db.transaction().execute(async (trx) => {
    const report: SeedReport = {};
    for (const [table, rows] of commerceRows(parsed)) {
      report[table] = await upsertRows(trx, table, KEYS[table] ?? 'id', aligned(rows), {
        touch: TOUCHED[table],
      });
    }
    return report;
  });
}

/** Loads the category taxonomy (`fixtures/taxonomy.json` shape) into `categories`, idempotently. */
export async function seedTaxonomy(db: Kysely<Database>, taxonomy: unknown): Promise<SeedReport> {
  const { categories } = taxonomySchema.parse(taxonomy);
  const rows = categories.map((category) => ({ ...category }));
  return { categories: await upsertRows(db, 'categories', 'id', rows, { touch: 'updated_at' }) };
}

/** Reads and parses a JSON fixture file. */
export async function readJsonFile(path: string | URL): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8')) as unknown;
}

/** The repository's demo fixtures. */
export const fixtureFiles = {
  commerce: new URL('../fixtures/commerce-seed.json', import.meta.url),
  taxonomy: new URL('../fixtures/taxonomy.json', import.meta.url),
} as const;

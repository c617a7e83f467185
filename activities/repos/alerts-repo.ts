import { sql, type Kysely } from 'kysely';
import type { Alert, AlertSeverity, Database, JsonObject } from '../../schema/tables';

/** An alert to raise. */
export interface NewAlertInput {
  kind: string;
  category: string | null;
  severity: AlertSeverity;
  message: string;
  details: JsonObject;
  /** One alert per key, however often the check that raises it runs. */
  dedupeKey: string;
}

/** Raises an alert once per dedupe key; returns the stored alert and whether this call created it. */
export async function insertAlertOnce(
  db: Kysely<Database>,
  alert: NewAlertInput,
): Promise<{ alert: Alert; created: boolean }> {
  const inserted = await db
    .insertInto('alerts')
    .values({
      kind: alert.kind,
      category: alert.category,
      severity: alert.severity,
      message: alert.message,
      details: JSON.stringify(alert.details),
      dedupe_key: alert.dedupeKey,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted) return { alert: inserted, created: true };
  const existing = await db
    .selectFrom('alerts')
    .selectAll()
    .where('dedupe_key', '=', alert.dedupeKey)
    .executeTakeFirstOrThrow();
  return { alert: existing, created: false };
}

/** Alerts of a kind and category whose dedupe key starts with `keyPrefix`, raised at or after `since`. */
export async function alertsSince(
  db: Kysely<Database>,
  filter: { kind: string; keyPrefix: string; since: Date },
): Promise<Alert[]> {
  return db
    .selectFrom('alerts')
    .selectAll()
    .where('kind', '=', filter.kind)
    .where('dedupe_key', 'like', `${escapeLike(filter.keyPrefix)}%`)
    .where('created_at', '>=', filter.since)
    .orderBy('created_at')
    .execute();
}

/** One alert, or null. */
export async function findAlert(db: Kysely<Database>, id: number): Promise<Alert | null> {
  return (await db.selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

/** Marks an alert delivered (idempotent). */
export async function markAlertDelivered(db: Kysely<Database>, id: number, channel: string): Promise<void> {
  await db
    .updateTable('alerts')
    .set({
      delivered: true,
      delivered_at: new Date(),
      details: sql`details || ${JSON.stringify({ deliveredVia: channel })}::jsonb`,
    })
    .where('id', '=', id)
    .where('delivered', '=', false)
    .execute();
}

/** Alerts, newest first. */
export async function listAlerts(
  db: Kysely<Database>,
  filter: { kind?: string; category?: string; undelivered?: boolean; limit?: number } = {},
): Promise<Alert[]> {
  let query = db
    .selectFrom('alerts')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit ?? 100);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.category) query = query.where('category', '=', filter.category);
  if (filter.undelivered) query = query.where('delivered', '=', false);
  return query.execute();
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

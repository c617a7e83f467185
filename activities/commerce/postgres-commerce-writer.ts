import { sql, type Kysely, type UpdateObject } from 'kysely';
import type { Address as AddressRow, Database, PauseRecord as PauseRow } from '../../schema/tables';
import type { CommerceWriter } from './commerce-writer';
import type { Address, PauseRecord } from './types';

/** Thrown when the record a change targets does not exist (the tool checked it, so this is a race). */
export class CommerceRecordMissingError extends Error {
  override readonly name = 'CommerceRecordMissingError';
  readonly type = 'CommerceRecordMissing';

  constructor(
    readonly table: string,
    readonly id: string,
  ) {
    super(`No ${table} row ${id} to change.`);
  }
}

const toPauseRow = (pause: PauseRecord): PauseRow => ({
  requested_at: pause.requestedAt,
  start_month: pause.startMonth,
  months: pause.months,
  resumed_on: pause.resumedOn,
});

function toAddressRow(address: Address): AddressRow {
  return {
    ...(address.name ? { name: address.name } : {}),
    ...(address.line1 ? { line1: address.line1 } : {}),
    ...(address.line2 ? { line2: address.line2 } : {}),
    city: address.city,
    ...(address.region ? { region: address.region } : {}),
    postal_code: address.postalCode,
    country: address.country,
  };
}

/**
 * Records approved changes in the commerce tables. Each write re-reads what it changes inside the
 * caller's transaction; the idempotency key is not stored here because the audit row
 * (`tool_executions`, locked by the caller) already makes a change happen once.
 */
export function createPostgresCommerceWriter(db: Kysely<Database>): CommerceWriter {
  async function updateSubscription(
    subscriptionId: string,
    values: UpdateObject<Database, 'subscriptions'>,
  ): Promise<void> {
    const result = await db
      .updateTable('subscriptions')
      .set(values)
      .set({ updated_at: sql`now()` })
      .where('id', '=', subscriptionId)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw new CommerceRecordMissingError('subscriptions', subscriptionId);
  }

  return {
    async pauseSubscription(change) {
      const row = await db
        .selectFrom('subscriptions')
        .select('pause_history')
        .where('id', '=', change.subscriptionId)
        .forUpdate()
        .executeTakeFirst();
      if (!row) throw new CommerceRecordMissingError('subscriptions', change.subscriptionId);
      const history = change.extendsCurrent
        ? row.pause_history.map((p) =>
            p.start_month === change.pause.startMonth ? toPauseRow(change.pause) : p,
          )
        : [...row.pause_history, toPauseRow(change.pause)];
      await updateSubscription(change.subscriptionId, {
        status: 'paused',
        paused_until: change.pausedUntil,
        next_charge_date: change.nextChargeDate,
        pause_history: JSON.stringify(history),
      });
    },

    async skipMonth(change) {
      await updateSubscription(change.subscriptionId, {
        // A set: skipping a month twice leaves it skipped once.
        skipped_months: sql`(select coalesce(array_agg(distinct m order by m), '{}') from unnest(array_append(skipped_months, ${change.month}::text)) as m)`,
        next_charge_date: change.nextChargeDate,
        ...(change.giftPostponedTo
          ? {
              gift: sql`gift || jsonb_build_object('last_box_month', ${change.giftPostponedTo}::text, 'postponed_months', coalesce(gift -> 'postponed_months', '[]'::jsonb) || to_jsonb(${change.month}::text))`,
            }
          : {}),
      });
    },

    async changeFrequency(change) {
      await updateSubscription(change.subscriptionId, {
        frequency: change.frequency,
        price_usd: change.priceUsd,
      });
    },

    async changeAddress(change) {
      await updateSubscription(change.subscriptionId, {
        shipping_address: JSON.stringify(toAddressRow(change.address)),
        address_updated_at: change.changedOn,
      });
    },

    async fileDamageClaim(claim) {
      // No claims table in the default store: the claim goes on the order, where the quality team
      // and the order-history tool see it; the full claim is in the tool_executions audit row.
      const note = `Damage claim ${claim.claimNumber} filed ${claim.filedOn}: ${claim.items.join(', ') || 'items not listed'}; ${claim.photoKeys.length + claim.photoIds.length} photo(s)${claim.knownIssue ? `; known issue ${claim.knownIssue}` : ''}.`;
      const result = await db
        .updateTable('orders')
        .set({
          notes: sql`case when notes is null or notes = '' then ${note} else notes || E'\n' || ${note} end`,
        })
        .where('id', '=', claim.orderId)
        .where('customer_id', '=', claim.customerId)
        // A claim number already on the order means this claim is recorded.
        .where(sql<boolean>`coalesce(notes, '') not like ${`%${claim.claimNumber}%`}`)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) {
        const exists = await db
          .selectFrom('orders')
          .select('id')
          .where('id', '=', claim.orderId)
          .where('customer_id', '=', claim.customerId)
          .executeTakeFirst();
        if (!exists) throw new CommerceRecordMissingError('orders', claim.orderId);
      }
    },
  };
}

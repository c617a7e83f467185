import type { Kysely, Transaction } from 'kysely';
import type { CustomerMemoryEntry, Database, JsonObject } from '../../schema/tables';
import type { MemoryMergePlan } from '../learning/memory/merge-memory';
import {
  CUSTOMER_FACT_FIELDS,
  customerFactsSchema,
  type CustomerFacts,
  type CustomerMemoryView,
  type StoredMemory,
} from '../learning/memory/memory-types';

/** A customer's stored facts and typed memories (most recently updated first), or null when none. */
export async function findCustomerMemory(
  db: Kysely<Database> | Transaction<Database>,
  customerId: string,
): Promise<CustomerMemoryView | null> {
  const profile = await db
    .selectFrom('customer_memory')
    .select(['customer_id', 'facts'])
    .where('customer_id', '=', customerId)
    .executeTakeFirst();
  if (!profile) return null;
  const rows = await db
    .selectFrom('customer_memories')
    .selectAll()
    .where('customer_id', '=', customerId)
    .orderBy('updated_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return { customerId, facts: parseFacts(profile.facts), memories: rows.map(toStoredMemory) };
}

/** What an update of a customer's memory writes. */
export interface MemoryUpdate {
  facts: CustomerFacts;
  plan: MemoryMergePlan;
}

/**
 * Reads, merges and writes a customer's memory in one transaction, with the customer's row locked,
 * so two extractions finishing together cannot lose each other's memories. `merge` decides what
 * to keep (see `mergeMemories`); this function only stores its plan.
 */
export async function updateCustomerMemory(
  db: Kysely<Database>,
  customer: { id: string; email: string | null },
  merge: (current: CustomerMemoryView) => MemoryUpdate,
): Promise<CustomerMemoryView> {
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('customer_memory')
      .values({ customer_id: customer.id, customer_email: customer.email })
      .onConflict((oc) => oc.column('customer_id').doNothing())
      .execute();
    await trx
      .selectFrom('customer_memory')
      .select('customer_id')
      .where('customer_id', '=', customer.id)
      .forUpdate()
      .execute();
    const current = (await findCustomerMemory(trx, customer.id))!;
    const { facts, plan } = merge(current);
    const now = new Date();
    await trx
      .updateTable('customer_memory')
      .set({
        facts: JSON.stringify(facts),
        ...(customer.email ? { customer_email: customer.email } : {}),
        updated_at: now,
      })
      .where('customer_id', '=', customer.id)
      .execute();
    if (plan.drop.length) {
      await trx
        .deleteFrom('customer_memories')
        .where('customer_id', '=', customer.id)
        .where('id', 'in', plan.drop)
        .execute();
    }
    for (const entry of plan.keep.filter((item) => item.changed)) {
      const values = {
        memory_type: entry.type,
        content: entry.content,
        confidence: entry.confidence,
        source_conversation_id: entry.sourceConversationId,
        updated_at: entry.updatedAt,
      };
      if (entry.id === undefined) {
        await trx
          .insertInto('customer_memories')
          .values({ ...values, customer_id: customer.id, created_at: entry.createdAt })
          .execute();
      } else {
        await trx.updateTable('customer_memories').set(values).where('id', '=', entry.id).execute();
      }
    }
    return (await findCustomerMemory(trx, customer.id))!;
  });
}

/** Forgets everything about a customer; false when there was nothing stored. */
export async function deleteCustomerMemory(db: Kysely<Database>, customerId: string): Promise<boolean> {
  // The typed memories go with the profile row (on delete cascade).
  const result = await db
    .deleteFrom('customer_memory')
    .where('customer_id', '=', customerId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Forgets one typed memory of a customer; false when the customer has no such memory. */
export async function deleteCustomerMemoryItem(
  db: Kysely<Database>,
  customerId: string,
  memoryId: number,
): Promise<boolean> {
  const result = await db
    .deleteFrom('customer_memories')
    .where('customer_id', '=', customerId)
    .where('id', '=', memoryId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Facts written by older code or by hand may not parse; what does parse is kept. */
function parseFacts(raw: JsonObject): CustomerFacts {
  const parsed = customerFactsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const field = CUSTOMER_FACT_FIELDS[key as keyof CustomerFacts];
    if (field?.safeParse(value).success) kept[key] = value;
  }
  return customerFactsSchema.parse(kept);
}

function toStoredMemory(row: CustomerMemoryEntry): StoredMemory {
  return {
    id: row.id,
    type: row.memory_type,
    content: row.content,
    confidence: row.confidence,
    sourceConversationId: row.source_conversation_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

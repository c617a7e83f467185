import type { Kysely } from 'kysely';
import type { Database } from '../../schema/tables';
import type {
  CarriedState,
  ConversationRef,
  CustomerRef,
  PersistedConversation,
} from '../../workflows/types';

/** Creates the conversation row if missing (refreshing the customer), and returns what was persisted. */
export async function upsertConversation(
  db: Kysely<Database>,
  ref: ConversationRef,
  customer: CustomerRef,
): Promise<PersistedConversation | null> {
  const existing = await db
    .selectFrom('conversations')
    .selectAll()
    .where('id', '=', ref.workflowId)
    .executeTakeFirst();
  if (!existing) {
    await db
      .insertInto('conversations')
      .values({
        id: ref.workflowId,
        account_id: ref.accountId,
        chatwoot_conversation_id: ref.chatwootConversationId,
        channel: ref.channel,
        customer_email: customer.email,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    return null;
  }
  if (customer.email && customer.email !== existing.customer_email) {
    await db
      .updateTable('conversations')
      .set({ customer_email: customer.email, updated_at: new Date() })
      .where('id', '=', ref.workflowId)
      .execute();
  }
  return {
    status: existing.status === 'escalated' ? 'open' : (existing.status as PersistedConversation['status']),
    aiPaused: existing.ai_paused,
    escalated: existing.escalated,
    turnCount: existing.turn_count,
    summary: existing.summary ?? '',
    lastCategory: existing.category,
    lastSentiment: existing.sentiment as PersistedConversation['lastSentiment'],
    lastSpecialist: existing.specialist,
    verifiedEmail: existing.verified_email,
  };
}

/** Persists the conversation's state after a turn or a status change. */
export async function saveConversationState(
  db: Kysely<Database>,
  conversationId: string,
  carried: CarriedState,
): Promise<void> {
  await db
    .updateTable('conversations')
    .set({
      status: carried.status,
      ai_paused: carried.aiPaused,
      escalated: carried.escalated,
      turn_count: carried.turnCount,
      summary: carried.summary || null,
      category: carried.lastCategory,
      sentiment: carried.lastSentiment,
      specialist: carried.lastSpecialist,
      updated_at: new Date(),
    })
    .where('id', '=', conversationId)
    .execute();
}

/** Ties the conversation to the account its sender proved with a code. */
export async function markConversationVerified(
  db: Kysely<Database>,
  conversationId: string,
  account: { email: string; customerId: string },
): Promise<void> {
  await db
    .updateTable('conversations')
    .set({ verified_email: account.email, customer_id: account.customerId, updated_at: new Date() })
    .where('id', '=', conversationId)
    .execute();
}

import type { Kysely } from 'kysely';
import type { Database } from '../../schema/tables';
import type { RouteResult } from '../../workflows/types';

/** Stores the router's verdict for one message, once per idempotency key. */
export async function insertRouterOutput(
  db: Kysely<Database>,
  input: { conversationId: string; idempotencyKey: string; route: RouteResult; model: string },
): Promise<void> {
  await db
    .insertInto('router_outputs')
    .values({
      conversation_id: input.conversationId,
      category: input.route.category,
      sentiment: input.route.sentiment,
      escalation_signal: input.route.escalationSignal,
      language: input.route.language,
      confidence: input.route.confidence,
      secondary_intents: JSON.stringify(input.route.secondaryIntents),
      model: input.model,
      idempotency_key: input.idempotencyKey,
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .execute();
}

/** The language the router last gave the conversation's messages; null before any. */
export async function lastRoutedLanguage(
  db: Kysely<Database>,
  conversationId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('router_outputs')
    .select('language')
    .where('conversation_id', '=', conversationId)
    .where('language', 'is not', null)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.language ?? null;
}

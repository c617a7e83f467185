import type { Kysely } from 'kysely';
import type { Database } from '../../schema/tables';
import type { RouteResult } from '../../workflows/types';

/** Ends the key of the verdict on a verified sender's waiting request, stored beside the code message's. */
export const WAITING_QUESTION_SUFFIX = ':question';

/** The key a message's router verdict is stored under. */
const routeKey = (conversationId: string, messageKey: string, waitingQuestion = false): string =>
  `${conversationId}:route:${messageKey}${waitingQuestion ? WAITING_QUESTION_SUFFIX : ''}`;

/**
 * Stores the router's verdict on one message, once per key, tied to the message's row (recorded
 * before the turn routes it) and to the turn.
 */
export async function insertRouterOutput(
  db: Kysely<Database>,
  input: {
    conversationId: string;
    messageKey: string;
    turn: number | null;
    waitingQuestion: boolean;
    route: RouteResult;
    model: string;
  },
): Promise<void> {
  const messageRow = db
    .selectFrom('messages')
    .select('id')
    .where('idempotency_key', '=', `${input.conversationId}:in:${input.messageKey}`)
    .limit(1);
  await db
    .insertInto('router_outputs')
    .values({
      conversation_id: input.conversationId,
      message_id: messageRow,
      turn: input.turn,
      category: input.route.category,
      sentiment: input.route.sentiment,
      escalation_signal: input.route.escalationSignal,
      language: input.route.language,
      confidence: input.route.confidence,
      secondary_intents: JSON.stringify(input.route.secondaryIntents),
      model: input.model,
      idempotency_key: routeKey(input.conversationId, input.messageKey, input.waitingQuestion),
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

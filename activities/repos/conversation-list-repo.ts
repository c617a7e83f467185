import { sql, type Kysely } from 'kysely';
import type { Database } from '../../schema/tables';

/** A conversation as an operator's list shows it. */
export interface ConversationListItem {
  id: string;
  channel: string;
  customerEmail: string | null;
  verifiedEmail: string | null;
  status: string;
  escalated: boolean;
  aiPaused: boolean;
  category: string | null;
  sentiment: string | null;
  turnCount: number;
  updatedAt: Date;
  /** The outcome of the last AI turn: sent, drafted, escalated or skipped. */
  lastOutcome: string | null;
  /** A person has to answer: handed over, or the last turn is a draft no person has answered. */
  waiting: boolean;
  lastCustomerMessage: { content: string; at: Date } | null;
  /** The handoff note or the unsent draft a person answers from, when one waits. */
  note: string | null;
}

/**
 * The newest conversations of a channel (all, or only those a person has to answer), with what an
 * operator needs to pick one up: the customer's last message and the note or draft that waits.
 */
export async function listConversations(
  db: Kysely<Database>,
  query: { channel?: string | undefined; waiting: boolean; limit: number },
): Promise<ConversationListItem[]> {
  let listed = db
    .selectFrom('conversations as c')
    .selectAll('c')
    .select((eb) => {
      // The last turn's outcome, and whether a person answered in public after it.
      const lastTurns = () =>
        eb
          .selectFrom('conversation_turns as t')
          .whereRef('t.conversation_id', '=', 'c.id')
          .orderBy('t.turn', 'desc')
          .limit(1);
      const lastOutcome = () => lastTurns().select('t.outcome');
      const answeredSince = eb
        .selectFrom('messages as h')
        .select(sql<number>`1`.as('one'))
        .whereRef('h.conversation_id', '=', 'c.id')
        .where('h.author', '=', 'human')
        .where('h.private', '=', false)
        .where('h.created_at', '>', lastTurns().select('t.created_at'));
      return [
        lastOutcome().as('last_outcome'),
        eb
          .or([
            eb('c.escalated', '=', true),
            eb('c.ai_paused', '=', true),
            eb.and([eb(lastOutcome(), '=', 'drafted'), eb.not(eb.exists(answeredSince))]),
          ])
          .as('waiting'),
      ];
    });
  if (query.channel) listed = listed.where('c.channel', '=', query.channel);
  let select = db.selectFrom(listed.as('listed')).selectAll();
  if (query.waiting) select = select.where('waiting', '=', true);
  const rows = await select.orderBy('updated_at', 'desc').orderBy('id').limit(query.limit).execute();
  return Promise.all(
    rows.map(async (row) => {
      const [customer, note] = await Promise.all([
        db
          .selectFrom('messages')
          .select(['content', 'created_at'])
          .where('conversation_id', '=', row.id)
          .where('author', '=', 'customer')
          .orderBy('id', 'desc')
          .limit(1)
          .executeTakeFirst(),
        row.waiting
          ? db
              .selectFrom('messages')
              .select('content')
              .where('conversation_id', '=', row.id)
              .where('author', '=', 'ai')
              .where('private', '=', true)
              .orderBy('id', 'desc')
              .limit(1)
              .executeTakeFirst()
          : undefined,
      ]);
      return {
        id: row.id,
        channel: row.channel,
        customerEmail: row.customer_email,
        verifiedEmail: row.verified_email,
        status: row.status,
        escalated: row.escalated,
        aiPaused: row.ai_paused,
        category: row.category,
        sentiment: row.sentiment,
        turnCount: row.turn_count,
        updatedAt: row.updated_at,
        lastOutcome: row.last_outcome ?? null,
        waiting: Boolean(row.waiting),
        lastCustomerMessage: customer ? { content: customer.content, at: customer.created_at } : null,
        note: note?.content ?? null,
      };
    }),
  );
}

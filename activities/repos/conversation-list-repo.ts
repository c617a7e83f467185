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
  // Each conversation with its last turn, its customer's last message and its last private AI
  // message (the handoff note or the draft), each read once by a lateral join.
  let listed = db
    .selectFrom('conversations as c')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('conversation_turns as t')
          .select(['t.outcome', 't.created_at'])
          .whereRef('t.conversation_id', '=', 'c.id')
          .orderBy('t.turn', 'desc')
          .limit(1)
          .as('turn'),
      (join) => join.onTrue(),
    )
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('messages as m')
          .select(['m.content', 'm.created_at'])
          .whereRef('m.conversation_id', '=', 'c.id')
          .where('m.author', '=', 'customer')
          .orderBy('m.id', 'desc')
          .limit(1)
          .as('asked'),
      (join) => join.onTrue(),
    )
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('messages as n')
          .select('n.content')
          .whereRef('n.conversation_id', '=', 'c.id')
          .where('n.author', '=', 'ai')
          .where('n.private', '=', true)
          .orderBy('n.id', 'desc')
          .limit(1)
          .as('note'),
      (join) => join.onTrue(),
    )
    .selectAll('c')
    .select((eb) => [
      'turn.outcome as last_outcome',
      'asked.content as asked_content',
      'asked.created_at as asked_at',
      'note.content as note_content',
      // Handed over, or a draft no person has answered in public since.
      eb
        .or([
          eb('c.escalated', '=', true),
          eb('c.ai_paused', '=', true),
          eb.and([
            eb('turn.outcome', '=', 'drafted'),
            eb.not(
              eb.exists(
                eb
                  .selectFrom('messages as h')
                  .select(sql<number>`1`.as('one'))
                  .whereRef('h.conversation_id', '=', 'c.id')
                  .where('h.author', '=', 'human')
                  .where('h.private', '=', false)
                  .whereRef('h.created_at', '>', 'turn.created_at'),
              ),
            ),
          ]),
        ])
        .as('waiting'),
    ]);
  if (query.channel) listed = listed.where('c.channel', '=', query.channel);
  let select = db.selectFrom(listed.as('listed')).selectAll();
  if (query.waiting) select = select.where('waiting', '=', true);
  const rows = await select.orderBy('updated_at', 'desc').orderBy('id').limit(query.limit).execute();
  return rows.map((row) => ({
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
    lastCustomerMessage:
      row.asked_content !== null && row.asked_at !== null
        ? { content: row.asked_content, at: row.asked_at }
        : null,
    note: row.waiting ? (row.note_content ?? null) : null,
  }));
}

/**
 * The stored turns a replay re-runs: a `conversation_turns` row with the customer message it
 * answered and the router's stored verdict on it (both found by the keys the conversation
 * workflow stores them under), plus what the turn produced: QA's last verdict, the tools it
 * called, its reply or draft, and the handoff note.
 */
import { sql, type Kysely } from 'kysely';
import type { Database, JsonObject, QaVerdict, Sentiment } from '../../schema/tables';
import { WAITING_QUESTION_SUFFIX } from './router-outputs-repo';

/** The generalist's instructions cover whatever category the generalist arm answered. */
const GENERALIST_KEY = 'generalist';

/** One stored turn and everything a replay needs to re-run and compare it. */
export interface StoredTurn {
  conversationId: string;
  turn: number;
  messageKey: string;
  category: string;
  experimentArm: string | null;
  outcome: 'sent' | 'drafted' | 'escalated';
  qaPassed: boolean | null;
  qaRounds: number;
  instructionVersion: number | null;
  channel: string;
  customerEmail: string | null;
  message: {
    rowId: number;
    chatwootMessageId: number | null;
    content: string;
    attributes: JsonObject | null;
    sentAt: Date;
  };
  route: {
    category: string;
    sentiment: Sentiment;
    escalationSignal: boolean;
    language: string | null;
    confidence: number;
    secondaryIntents: string[];
  };
  /** QA's verdict in the turn's last round, when QA reviewed it. */
  qaVerdict: QaVerdict | null;
  toolCalls: string[];
  /** The reply or draft message's text (a draft's own text, without the note's header). */
  reply: string | null;
  escalationReason: string | null;
}

/**
 * Turns of `category` a replay can re-run: answered (not skipped), recorded with their message
 * key, and answered by that category's specialist (the generalist arm for `generalist`), joined
 * to their conversation, their customer message and their router output. Turns the identity step
 * answered are left out, and so is the one that answered a request waiting for the sender's
 * verification: its message is the code.
 */
function replayable(db: Kysely<Database>, category: string) {
  // The key the turn's router verdict is stored under (`routeKey` in router-outputs-repo).
  const routeKey = sql<string>`t.conversation_id || ':route:' || t.message_key`;
  const query = db
    .selectFrom('conversation_turns as t')
    .innerJoin('conversations as c', 'c.id', 't.conversation_id')
    .innerJoin('messages as m', (join) =>
      join.on(sql<boolean>`m.idempotency_key = t.conversation_id || ':in:' || t.message_key`),
    )
    .innerJoin('router_outputs as r', (join) => join.on(sql<boolean>`r.idempotency_key = ${routeKey}`))
    .where('t.message_key', 'is not', null)
    .where('t.outcome', '!=', 'skipped')
    // An agent answered it: not the identity step, which answers a sender before any agent does.
    .where('t.specialist', 'is not', null)
    // Nor a turn that answered the request waiting for the sender's code: its message is the code.
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('router_outputs as q')
            .select('q.id')
            .where(sql<boolean>`q.idempotency_key = ${routeKey} || ${WAITING_QUESTION_SUFFIX}`),
        ),
      ),
    );
  return category === GENERALIST_KEY
    ? query.where('t.experiment_arm', '=', GENERALIST_KEY)
    : query
        .where('t.category', '=', category)
        .where((eb) =>
          eb.or([eb('t.experiment_arm', 'is', null), eb('t.experiment_arm', '!=', GENERALIST_KEY)]),
        );
}

/** How many stored turns of a category a replay could re-run. */
export async function countReplayableTurns(db: Kysely<Database>, category: string): Promise<number> {
  const row = await replayable(db, category)
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The category's most recent replayable turns, newest first, with their originals' outcomes. */
export async function replayableTurns(
  db: Kysely<Database>,
  category: string,
  limit: number,
): Promise<StoredTurn[]> {
  const rows = await replayable(db, category)
    .select([
      't.conversation_id',
      't.turn',
      't.message_key',
      't.category',
      't.experiment_arm',
      't.outcome',
      't.qa_passed',
      't.qa_rounds',
      't.instruction_version',
      'c.channel',
      'c.customer_email',
      'm.id as message_row_id',
      'm.chatwoot_message_id',
      'm.content',
      'm.content_attributes',
      'm.created_at as message_at',
      'r.category as route_category',
      'r.sentiment',
      'r.escalation_signal',
      'r.language',
      'r.confidence',
      'r.secondary_intents',
    ])
    .orderBy('t.created_at', 'desc')
    .orderBy('t.id', 'desc')
    .limit(limit)
    .execute();
  if (rows.length === 0) return [];

  const conversationIds = [...new Set(rows.map((row) => row.conversation_id))];
  const outputKeys = rows.flatMap((row) => [
    `${row.conversation_id}:reply:${row.message_key}`,
    `${row.conversation_id}:handoff:${row.message_key}:note`,
  ]);
  const [verdicts, tools, outputs] = await Promise.all([
    db
      .selectFrom('qa_verdicts')
      .select(['conversation_id', 'turn', 'round', 'verdict'])
      .where('conversation_id', 'in', conversationIds)
      .orderBy('round')
      .execute(),
    db
      .selectFrom('tool_executions')
      .select(['conversation_id', 'tool_call_id', 'tool_name'])
      .where('conversation_id', 'in', conversationIds)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('messages')
      .select(['idempotency_key', 'content', 'content_attributes'])
      .where('idempotency_key', 'in', outputKeys)
      .execute(),
  ]);
  const output = new Map(outputs.map((row) => [row.idempotency_key, row]));

  return rows.map((row): StoredTurn => {
    const key = row.message_key!;
    const lastVerdict = verdicts
      .filter((v) => v.conversation_id === row.conversation_id && v.turn === row.turn)
      .at(-1);
    // Tool calls of a turn are scoped `<conversation>.<message key>.<model call id>` (turn-pipeline.ts).
    const toolPrefix = `${row.conversation_id}.${key}.`;
    const reply = output.get(`${row.conversation_id}:reply:${key}`);
    const note = output.get(`${row.conversation_id}:handoff:${key}:note`);
    const draftText = reply?.content_attributes?.['draftText'];
    const handoff = note?.content_attributes?.['handoff'];
    const reason =
      handoff && typeof handoff === 'object' && !Array.isArray(handoff) ? handoff['reason'] : null;
    return {
      conversationId: row.conversation_id,
      turn: row.turn,
      messageKey: key,
      category: row.category ?? row.route_category,
      experimentArm: row.experiment_arm,
      outcome: row.outcome as StoredTurn['outcome'],
      qaPassed: row.qa_passed,
      qaRounds: row.qa_rounds,
      instructionVersion: row.instruction_version,
      channel: row.channel,
      customerEmail: row.customer_email,
      message: {
        rowId: row.message_row_id,
        chatwootMessageId: row.chatwoot_message_id,
        content: row.content,
        attributes: row.content_attributes,
        sentAt: row.message_at,
      },
      route: {
        category: row.route_category,
        sentiment: row.sentiment,
        escalationSignal: row.escalation_signal,
        language: row.language,
        confidence: row.confidence,
        secondaryIntents: row.secondary_intents,
      },
      qaVerdict: lastVerdict?.verdict ?? null,
      toolCalls: tools.filter((t) => t.tool_call_id.startsWith(toolPrefix)).map((t) => t.tool_name),
      reply: reply ? (typeof draftText === 'string' ? draftText : reply.content) : null,
      escalationReason: typeof reason === 'string' ? reason : null,
    };
  });
}

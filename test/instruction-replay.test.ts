import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { ApplicationFailure } from '@temporalio/common';
import pino from 'pino';
import { SPECIALIST_INSTRUCTIONS } from '../activities/agents/instructions';
import { compareReplay, summarizeReplay, turnVerdict } from '../activities/learning/replay/compare-replay';
import type { ReplayCase, ReplayOutcome, ReplayReport } from '../activities/learning/replay/replay-types';
import { LEARNED_HEADING } from '../activities/learning/instructions/merge-suggestion';
import { getDeployedInstructions } from '../activities/repos/instructions-repo';
import type { TableName } from '../schema/tables';
import { prepareDatabase } from '../workers/prepare-database';
import { eventually, startHarness, type Harness, harnessActivities } from './support/kesher-harness';
import { operatorCall } from './support/learning-fixtures';
import { customerMessage, postWebhook } from './support/webhooks';

/**
 * Replay against a candidate instruction version, end to end: real conversations of one category
 * go through the webhook and the conversation workflow; an operator creates candidate versions
 * and replays the stored turns through the replay workflow (real Temporal, real PostgreSQL, the
 * offline models, which follow the guidelines learned into the instructions); the report compares
 * each turn with its original, nothing reaches the customer or the conversation's records, and
 * the deploy route is gated by the latest replay.
 */

const TOKEN = 'operator-token-for-tests';
const CATEGORY = 'shipping_tracking';
/** Learned guidelines the offline agent follows (activities/offline/agents/compose/lessons.ts). */
const NEXT_CHARGE = 'Always mention the next charge date and amount.';
const REFUNDS = 'When a box is late or missing, also explain how refunds work.';

/** Shipping questions of the golden set's customers (fixtures/golden-dev.jsonl). */
const QUESTIONS = [
  {
    email: 'mateo.rodriguez@example.org',
    text: 'hola, el rastreo de mi caja de noviembre dice que llego a ciudad de mexico el 20 de noviembre. cuanto tarda mas o menos en llegar a guadalajara??',
  },
  { email: 'mike.brennan@example.org', text: 'tracking for nov box?' },
  {
    email: 'olga.petrova@example.com',
    text: 'Здравствуйте! Ноябрьская коробка всё ещё в пути, в отслеживании написано «Held for customs inspection» во Франкфурте. Это нормально? Мне нужно что-то платить?',
  },
];
/** A follow-up in the first conversation: its replay must see only what came before it. */
const FOLLOW_UP = 'ok thanks, and what is the tracking number of that box?';

/** What a replay must leave alone: everything a live turn writes or sends. */
const RECORD_TABLES: TableName[] = [
  'messages',
  'outbox',
  'tool_executions',
  'qa_verdicts',
  'router_outputs',
  'conversation_turns',
  'conversations',
  'webhook_deliveries',
];

let harness: Harness;
let nextConversation = 54_000; // workflow ids are shared on the suite's Temporal server: a range of its own
let nextMessage = 9_520_000;
const call = (method: string, path: string, body?: unknown) =>
  operatorCall(harness.url, method, path, { token: TOKEN, body });

async function say(conversationId: number, content: string, email: string): Promise<void> {
  const response = await postWebhook(
    harness.url,
    customerMessage({ conversationId, messageId: nextMessage++, content, email }),
    { deliveryId: randomUUID() },
  );
  assert.equal(response.status, 200);
}

async function turnsOf(workflowId: string, count: number) {
  return eventually(
    async () => {
      const rows = await harness.db
        .selectFrom('conversation_turns')
        .selectAll()
        .where('conversation_id', '=', workflowId)
        .orderBy('turn')
        .execute();
      return rows.length >= count ? rows : undefined;
    },
    60_000,
    `${count} turn(s) of ${workflowId}`,
  );
}

async function recordCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of RECORD_TABLES) {
    const row = await harness.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  counts['chatwoot requests'] = harness.chatwoot.requests.length;
  return counts;
}

async function createCandidate(guideline: string): Promise<number> {
  const content = `${SPECIALIST_INSTRUCTIONS.shipping.trimEnd()}\n\n${LEARNED_HEADING}\n- ${guideline}\n`;
  const created = await call('POST', `/api/instructions/${CATEGORY}/versions`, { content });
  assert.equal(created.status, 201);
  return created.body.version.version;
}

async function replay(version: number, body: unknown = {}): Promise<ReplayReport> {
  const response = await call('POST', `/api/instructions/${CATEGORY}/versions/${version}/replay`, body);
  assert.equal(response.status, 200, JSON.stringify(response.body));
  return response.body.replay;
}

before(async () => {
  harness = await startHarness({
    // Short tracking questions get 0.5-0.8 from the offline router: let them auto-send from 0.5.
    env: { ADMIN_API_TOKEN: TOKEN, CATEGORY_THRESHOLDS: '{"shipping_tracking":0.5}' },
  });
  // Version 1 of every category deployed, as `npm start` prepares a database.
  await prepareDatabase(harness.db, pino({ level: 'silent' }));
  const conversations = QUESTIONS.map(() => nextConversation++);
  for (const [index, question] of QUESTIONS.entries()) {
    await say(conversations[index]!, question.text, question.email);
  }
  for (const id of conversations) await turnsOf(`conversation-1-${id}`, 1);
  await say(conversations[0]!, FOLLOW_UP, QUESTIONS[0]!.email);
  await turnsOf(`conversation-1-${conversations[0]}`, 2);
});
after(async () => {
  await harness?.close();
});

describe('replaying stored turns with a candidate instruction version', () => {
  let storedTurns: Awaited<ReturnType<typeof turnsOf>>;
  let calmVersion: number;
  let calm: ReplayReport;

  test('a candidate replays every stored turn of the category, compared with its original, and changes nothing', async () => {
    storedTurns = await harness.db
      .selectFrom('conversation_turns')
      .selectAll()
      .where('category', '=', CATEGORY)
      .orderBy('id', 'desc')
      .execute();
    assert.ok(
      storedTurns.length >= QUESTIONS.length,
      'the conversations were answered as shipping questions',
    );
    assert.ok(storedTurns.every((turn) => turn.instruction_version === 1 && turn.message_key));

    calmVersion = await createCandidate(NEXT_CHARGE);
    const before = await recordCounts();
    const usageBefore = await harness.db
      .selectFrom('llm_usage')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('conversation_id', 'like', 'conversation-%')
      .executeTakeFirstOrThrow();

    calm = await replay(calmVersion);

    assert.equal(calm.status, 'completed');
    assert.equal(calm.category, CATEGORY);
    assert.equal(calm.candidateVersion, calmVersion);
    assert.equal(calm.deployedVersion, 1);
    assert.deepEqual(
      calm.turns.map((turn) => turn.caseId),
      storedTurns.map((turn) => `${turn.conversation_id}#${turn.turn}`),
      'each stored turn once, newest first',
    );
    for (const turn of calm.turns) {
      const stored = storedTurns.find((row) => `${row.conversation_id}#${row.turn}` === turn.caseId)!;
      const outcome = { sent: 'send', drafted: 'draft', escalated: 'escalate' }[stored.outcome as 'sent'];
      assert.equal(turn.original.decision, outcome, `${turn.caseId}: the stored decision`);
      assert.equal(turn.original.qaPassed, stored.qa_passed);
      assert.equal(turn.original.instructionVersion, 1);
      assert.equal(
        turn.original.toolCalls.length,
        stored.tool_calls,
        `${turn.caseId}: the stored tool calls`,
      );
      if (turn.original.decision !== 'escalate') assert.ok(turn.original.reply, `${turn.caseId}: the reply`);
      assert.equal(turn.candidate?.instructionVersion, calmVersion, 'the candidate answered');
      // The guideline adds a paragraph on the next charge; the rest of the turn is what it was.
      assert.equal(turn.replyChanged, true, `${turn.caseId}: the reply follows the guideline`);
      assert.ok((turn.candidate!.reply ?? '').length > (turn.original.reply ?? '').length);
      assert.equal(turn.verdict, 'same', `${turn.caseId}: ${turn.changes.join('; ')}`);
      assert.deepEqual(turn.candidate!.toolCalls, turn.original.toolCalls);
    }
    assert.equal(calm.summary?.turns, storedTurns.length);
    assert.equal(calm.summary?.same, storedTurns.length);
    assert.equal(calm.summary?.repliesChanged, storedTurns.length);
    assert.equal(calm.summary?.regressed, false);
    assert.equal(calm.summary?.qaPassRate.candidate, calm.summary?.qaPassRate.original);

    // Side effects off: nothing sent to Chatwoot, nothing added to any conversation's records.
    assert.deepEqual(await recordCounts(), before);
    const usageAfter = await harness.db
      .selectFrom('llm_usage')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('conversation_id', 'like', 'conversation-%')
      .executeTakeFirstOrThrow();
    assert.equal(usageAfter.n, usageBefore.n, "the replay's model calls are not the conversations' cost");
    const replayUsage = await harness.db
      .selectFrom('llm_usage')
      .select('role')
      .where('conversation_id', 'like', `replay-${calm.runId}:%`)
      .execute();
    assert.ok(
      replayUsage.some((row) => row.role === 'specialist'),
      "the replay's own cost is recorded",
    );
    assert.equal(
      (await getDeployedInstructions(harness.db, CATEGORY))?.version,
      1,
      'a replay deploys nothing',
    );

    // The report is stored: an eval run of type replay, one result per turn.
    const run = await harness.db
      .selectFrom('eval_runs')
      .selectAll()
      .where('id', '=', calm.runId)
      .executeTakeFirstOrThrow();
    assert.equal(run.run_type, 'replay');
    assert.equal(run.status, 'completed');
    assert.deepEqual(run.instruction_versions, { [CATEGORY]: calmVersion });
    const results = await harness.db
      .selectFrom('eval_results')
      .selectAll()
      .where('run_id', '=', calm.runId)
      .execute();
    assert.equal(results.length, storedTurns.length);
    assert.ok(results.every((result) => result.passed));
    const fetched = await call('GET', `/api/instructions/${CATEGORY}/replays/${calm.runId}`);
    assert.equal(fetched.status, 200);
    assert.deepEqual(fetched.body.replay, calm);
  });

  test("a follow-up is replayed on the conversation as it was, with the candidate's text", async () => {
    const followUp = calm.turns.find((turn) => turn.message === FOLLOW_UP);
    assert.ok(followUp, 'the follow-up was a shipping turn too');
    const first = calm.turns.find(
      (turn) => turn.conversationId === followUp.conversationId && turn.turn === followUp.turn - 1,
    )!;
    const messages = await harness.db
      .selectFrom('messages')
      .select(['id', 'content', 'author'])
      .where('conversation_id', '=', first.conversationId)
      .orderBy('id')
      .execute();
    const firstMessage = messages.find((m) => m.author === 'customer' && m.content === first.message)!;
    const activities = harnessActivities(harness);
    const asOfFirst = await activities.gatherContext({
      conversationId: 'replay-probe',
      customerEmail: QUESTIONS[0]!.email,
      category: CATEGORY,
      agent: 'shipping',
      instructionOverride: { version: calmVersion },
      historyAsOf: { conversationId: first.conversationId, messageId: firstMessage.id },
    });
    assert.equal(asOfFirst.history, '', 'nothing came before the first message');
    const followUpMessage = messages.find((m) => m.author === 'customer' && m.content === FOLLOW_UP)!;
    const asOfFollowUp = await activities.gatherContext({
      conversationId: 'replay-probe',
      customerEmail: QUESTIONS[0]!.email,
      category: CATEGORY,
      agent: 'shipping',
      historyAsOf: { conversationId: first.conversationId, messageId: followUpMessage.id },
    });
    assert.ok(asOfFollowUp.history.includes(first.message), 'the first question came before');
    const laterReply = messages.find((m) => m.author === 'ai' && m.id > followUpMessage.id);
    assert.ok(laterReply, 'the follow-up was answered');
    const laterLine = laterReply.content.split('\n').find((line) => line.trim().length > 20)!;
    assert.equal(asOfFirst.instructions.version, calmVersion);
    assert.ok(
      asOfFirst.instructions.content.includes(NEXT_CHARGE),
      'the draft version, not the deployed one',
    );
    const live = await activities.gatherContext({
      conversationId: first.conversationId,
      customerEmail: QUESTIONS[0]!.email,
      category: CATEGORY,
      agent: 'shipping',
    });
    assert.equal(live.instructions.version, 1, 'without an override the deployed version answers');
    assert.ok(live.history.includes(first.message), 'the live history has the first question');
    assert.ok(live.history.includes(laterLine), 'the live history has the answer to the follow-up');
    assert.ok(!asOfFollowUp.history.includes(laterLine), 'the replay does not see what came after');

    await assert.rejects(
      activities.gatherContext({
        conversationId: 'replay-probe',
        customerEmail: null,
        category: CATEGORY,
        agent: 'shipping',
        instructionOverride: { version: 99 },
      }),
      (error: unknown) =>
        error instanceof ApplicationFailure && error.type === 'NotFound' && error.nonRetryable,
    );
  });

  test('a version that makes turns worse is refused at deploy unless forced; a version never replayed deploys and says so', async () => {
    const riskyVersion = await createCandidate(REFUNDS);
    const risky = await replay(riskyVersion);
    assert.equal(risky.summary?.regressed, true);
    assert.ok((risky.summary?.worse ?? 0) > 0);
    for (const turn of risky.turns) {
      // Explaining refunds promises the billing team's decision: QA hands the draft to a person.
      assert.equal(turn.candidate?.decision, 'escalate', turn.caseId);
      assert.equal(turn.candidate?.escalationReason, 'policy_restriction');
      assert.equal(turn.candidate?.instructionVersion, riskyVersion);
      if (turn.original.qaPassed) {
        assert.equal(turn.verdict, 'worse');
        assert.ok(
          turn.changes.includes(`decision: ${turn.original.decision} → escalate`),
          turn.changes.join(),
        );
        assert.ok(turn.changes.includes('escalation reason: none → policy_restriction'));
      }
    }
    assert.ok(
      (risky.summary?.qaPassRate.candidate ?? 1) < (risky.summary?.qaPassRate.original ?? 0),
      'QA passes fewer drafts',
    );

    const refused = await call('POST', `/api/instructions/${CATEGORY}/versions/${riskyVersion}/deploy`);
    assert.equal(refused.status, 409);
    assert.equal(refused.body.error.code, 'replay_regressed');
    assert.match(refused.body.error.message, new RegExp(`Replay ${risky.runId} `));
    assert.match(refused.body.error.message, /"force": true/);
    assert.equal((await getDeployedInstructions(harness.db, CATEGORY))?.version, 1);

    const deployed = await call('POST', `/api/instructions/${CATEGORY}/versions/${calmVersion}/deploy`);
    assert.equal(deployed.status, 200);
    assert.equal(deployed.body.deployed.version, calmVersion);
    assert.equal(deployed.body.replay.runId, calm.runId, 'the replay it was deployed on');
    assert.equal(deployed.body.replay.summary.regressed, false);
    assert.equal(deployed.body.forced, false);

    const forced = await call('POST', `/api/instructions/${CATEGORY}/versions/${riskyVersion}/deploy`, {
      force: true,
    });
    assert.equal(forced.status, 200);
    assert.equal(forced.body.forced, true);
    assert.equal(forced.body.replay.runId, risky.runId);
    assert.equal((await getDeployedInstructions(harness.db, CATEGORY))?.version, riskyVersion);
    await call('POST', `/api/instructions/${CATEGORY}/rollback`, { toVersion: 1 });

    // No replay at all: the deploy goes through and reports that none was run.
    const unreplayed = await createCandidate('Be brief and friendly.');
    const blind = await call('POST', `/api/instructions/${CATEGORY}/versions/${unreplayed}/deploy`);
    assert.equal(blind.status, 200);
    assert.equal(blind.body.replay, null);
    await call('POST', `/api/instructions/${CATEGORY}/rollback`, { toVersion: 1 });

    const listed = await call('GET', `/api/instructions/${CATEGORY}/replays?version=${riskyVersion}`);
    assert.deepEqual(
      listed.body.replays.map((run: { runId: number }) => run.runId),
      [risky.runId],
    );
  });

  test('a replay started without waiting is found by its version, limited to the most recent turns', async () => {
    const started = await call('POST', `/api/instructions/${CATEGORY}/versions/${calmVersion}/replay`, {
      limit: 2,
      wait: false,
    });
    assert.equal(started.status, 202);
    assert.match(started.body.workflowId, new RegExp(`^instruction-replay-${CATEGORY}-v${calmVersion}-`));
    const run = await eventually(async () => {
      const listed = await call('GET', `/api/instructions/${CATEGORY}/replays?version=${calmVersion}`);
      const found = listed.body.replays.find(
        (r: { workflowId: string; status: string }) =>
          r.workflowId === started.body.workflowId && r.status === 'completed',
      );
      return found as { runId: number; summary: { turns: number } } | undefined;
    }, 60_000);
    assert.equal(run.summary.turns, 2);
    const report = await call('GET', `/api/instructions/${CATEGORY}/replays/${run.runId}`);
    assert.deepEqual(
      report.body.replay.turns.map((turn: { caseId: string }) => turn.caseId),
      calm.turns.slice(0, 2).map((turn) => turn.caseId),
    );
  });

  test('bad requests get a 4xx with a reason', async () => {
    const replayPath = (category: string, version: number | string) =>
      `/api/instructions/${category}/versions/${version}/replay`;
    const unknownCategory = await call('POST', replayPath('no_such_category', 1), {});
    assert.equal(unknownCategory.status, 404);
    assert.equal(unknownCategory.body.error.code, 'unknown_category');
    const unknownVersion = await call('POST', replayPath(CATEGORY, 99), {});
    assert.equal(unknownVersion.status, 404);
    assert.match(unknownVersion.body.error.message, /no instruction version 99/);
    assert.equal((await call('POST', replayPath(CATEGORY, 'abc'), {})).status, 404);

    // Nobody asked a billing question yet: there is nothing to compare a billing version with.
    const nothing = await call('POST', replayPath('billing_payment', 1), {});
    assert.equal(nothing.status, 409);
    assert.equal(nothing.body.error.code, 'nothing_to_replay');

    for (const body of [{ limit: 0 }, { limit: 101 }, { limit: 'all' }, { wait: 'yes' }]) {
      const invalid = await call('POST', replayPath(CATEGORY, 1), body);
      assert.equal(invalid.status, 422, JSON.stringify(body));
      assert.equal(invalid.body.error.code, 'invalid_request');
    }
    const badForce = await call('POST', `/api/instructions/${CATEGORY}/versions/1/deploy`, { force: 'yes' });
    assert.equal(badForce.status, 422);

    const otherCategory = await call('GET', `/api/instructions/billing_payment/replays/${calm.runId}`);
    assert.equal(otherCategory.status, 404);
    assert.equal((await call('GET', `/api/instructions/${CATEGORY}/replays/999999`)).status, 404);

    const anonymous = await operatorCall(harness.url, 'POST', replayPath(CATEGORY, 1), { body: {} });
    assert.equal(anonymous.status, 401);
  });
});

describe('comparing a replayed turn with its original', () => {
  const outcome = (over: Partial<ReplayOutcome> = {}): ReplayOutcome => ({
    decision: 'send',
    qaVerdict: 'pass',
    qaPassed: true,
    qaRounds: 1,
    toolCalls: ['track_package'],
    escalationReason: null,
    instructionVersion: 1,
    reply: 'Your box is on its way: https://kesher.example/forms/abc?token=1',
    ...over,
  });
  const failedQa = { decision: 'draft', qaVerdict: 'refine', qaPassed: false, qaRounds: 2 } as const;

  test("QA's word decides first, then the decision, then QA rounds; other differences are changes", () => {
    assert.equal(turnVerdict(outcome(failedQa), outcome()), 'better');
    assert.equal(turnVerdict(outcome(), outcome(failedQa)), 'worse');
    assert.equal(turnVerdict(outcome({ decision: 'draft' }), outcome()), 'better', 'QA passed both times');
    assert.equal(turnVerdict(outcome({ qaRounds: 2 }), outcome()), 'better', 'passed at the first try');
    assert.equal(
      turnVerdict(outcome(), outcome({ toolCalls: ['track_package', 'get_subscription'] })),
      'changed',
    );
    assert.equal(
      turnVerdict(outcome(), outcome({ reply: 'Different words.' })),
      'same',
      'rephrasing is no verdict',
    );
    // A handoff QA never reviewed, against a sent answer: the decision ranks them.
    const handoff = outcome({
      decision: 'escalate',
      qaVerdict: null,
      qaPassed: null,
      escalationReason: 'customer_request',
    });
    assert.equal(turnVerdict(handoff, outcome()), 'better');
  });

  test('the report lists the changes, ignores signed links, and counts a turn the candidate could not answer', () => {
    const item = (caseId: string, original: ReplayOutcome): ReplayCase => ({
      caseId,
      conversationId: caseId.split('#')[0]!,
      turn: 1,
      channel: 'chatwoot',
      customerEmail: null,
      message: {
        messageId: caseId,
        chatwootMessageId: null,
        content: 'where is my box?',
        attachments: [],
        sentAt: '2026-11-23T09:00:00Z',
        customer: { email: null, name: null, chatwootContactId: null },
      },
      messageRowId: 1,
      route: {
        category: CATEGORY,
        secondaryIntents: [],
        sentiment: 'neutral',
        escalationSignal: false,
        language: 'en',
        confidence: 0.9,
        specialist: 'shipping',
        alwaysEscalate: false,
      },
      arm: 'specialists',
      original,
    });
    const cases = [item('a#1', outcome()), item('b#1', outcome()), item('c#1', outcome(failedQa))];
    const turns = compareReplay(cases, [
      {
        caseId: 'a#1',
        candidate: outcome({
          instructionVersion: 2,
          reply: 'Your box is on its way: https://kesher.example/forms/abc?token=2',
        }),
      },
      {
        caseId: 'b#1',
        candidate: outcome({
          decision: 'escalate',
          qaVerdict: 'escalate',
          qaPassed: false,
          escalationReason: 'policy_restriction',
        }),
      },
      { caseId: 'c#1', error: 'every model provider failed' },
    ]);
    assert.deepEqual(
      turns.map((turn) => [turn.verdict, turn.replyChanged]),
      [
        ['same', false],
        ['worse', false],
        ['failed', false],
      ],
    );
    assert.deepEqual(turns[1]!.changes, [
      'decision: send → escalate',
      'qa: pass → escalate',
      'escalation reason: none → policy_restriction',
    ]);
    assert.equal(turns[2]!.error, 'every model provider failed');
    const summary = summarizeReplay(turns);
    assert.deepEqual(
      { ...summary, decisions: undefined },
      {
        turns: 3,
        same: 1,
        changed: 0,
        better: 0,
        worse: 1,
        failed: 1,
        repliesChanged: 0,
        qaPassRate: { original: 1, candidate: 0.5 },
        decisions: undefined,
        regressed: true,
      },
    );
    assert.deepEqual(summary.decisions.candidate, { send: 1, draft: 0, escalate: 1 });
  });
});

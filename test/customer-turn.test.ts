import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import type { QaReview } from '../activities/agents/agent-contract';
import { defineOfflineHandler } from '../activities/llm';
import { replayableTurns } from '../activities/repos/replay-turns-repo';
import { z } from 'zod';
import { statusChangedSignal } from '../workflows/messages';
import { eventually, firstWriteAction, startHarness, type Harness } from './support/kesher-harness';
import { operatorCall } from './support/learning-fixtures';
import { customerMessage, humanMessage, postWebhook } from './support/webhooks';

/**
 * Every decision path of a turn, end to end: webhook → workflow → router, context, knowledge,
 * agent with tools, QA → Chatwoot. The offline models answer; where a path needs a model to say
 * something specific (QA asking for a refinement, or escalating), a stand-in handler for that one
 * task kind does, the way a test drives an agent with a fake model.
 */

const MATEO = 'mateo.rodriguez@example.org';
const JAMES = 'james.whitfield@example.net';
const SARAH = 'sarah.mitchell@example.com';

let qaScript: Array<Partial<QaReview>> = [];
const qaRounds: number[] = [];
const scriptedQa = defineOfflineHandler(
  z.object({ round: z.number(), draft: z.string() }).passthrough(),
  (input) => {
    qaRounds.push(input.round);
    const next = qaScript.shift() ?? {};
    const review: QaReview = {
      tone: 0.9,
      accuracy: 0.9,
      safety: 1,
      completeness: 0.9,
      verdict: 'pass',
      reasons: [],
      ...next,
    };
    return { json: review };
  },
);

let harness: Harness;
let scripted: Harness;
let nextConversation = 31_000;
let nextMessage = 7_100_000;

before(async () => {
  // The offline router is cautious with short messages (0.5–0.8); these tests are about the
  // decision, so tracking questions auto-send from 0.5 (the CATEGORY_THRESHOLDS override).
  const thresholds = { CATEGORY_THRESHOLDS: '{"shipping_tracking":0.5}' };
  harness = await startHarness({
    env: { ...thresholds, CHATWOOT_TEAM_IDS: '{"human":5,"billing":7,"retention":8,"shipping":9}' },
  });
  scripted = await startHarness({ env: thresholds, offlineHandlers: { 'qa.review': scriptedQa } });
});
after(async () => {
  await harness?.close();
  await scripted?.close();
});

async function say(
  target: Harness,
  content: string,
  email: string | undefined,
  conversationId = nextConversation++,
) {
  const messageId = nextMessage++;
  const response = await postWebhook(
    target.url,
    customerMessage({ conversationId, messageId, content, email }),
    {
      deliveryId: randomUUID(),
    },
  );
  assert.equal(response.status, 200);
  return { conversationId, workflowId: `conversation-1-${conversationId}` };
}

const outgoing = (target: Harness, conversationId: number) =>
  target.chatwoot.messages(1, conversationId).filter((message) => message.message_type === 1);

/** The conversation's latest turn row, or turn `number` when given, once it is recorded. */
async function turnRow(target: Harness, workflowId: string, number?: number) {
  return eventually(
    () => {
      const query = target.db
        .selectFrom('conversation_turns')
        .selectAll()
        .where('conversation_id', '=', workflowId);
      return (number === undefined ? query : query.where('turn', '=', number))
        .orderBy('turn', 'desc')
        .executeTakeFirst();
    },
    45_000,
    number === undefined ? 'the turn row' : `turn ${number}`,
  );
}

/** The tools the conversation's turns called, in order. */
async function toolCalls(workflowId: string): Promise<string[]> {
  const rows = await harness.db
    .selectFrom('tool_executions')
    .select('tool_name')
    .where('conversation_id', '=', workflowId)
    .orderBy('id')
    .execute();
  return rows.map((row) => row.tool_name);
}

/** The email with the verification code the conversation's sender asked for, once it is queued. */
async function codeMail(workflowId: string) {
  return eventually(
    () =>
      harness.db
        .selectFrom('mail_outbox')
        .selectAll()
        .where('conversation_id', '=', workflowId)
        .executeTakeFirst(),
    10_000,
    'the emailed code',
  );
}

/** Waits for a public reply matching `pattern` and returns its text. */
async function replyMatching(conversationId: number, pattern: RegExp): Promise<string> {
  const found = await eventually(
    () => outgoing(harness, conversationId).find((m) => !m.private && pattern.test(m.content ?? '')),
    45_000,
    `a reply matching ${pattern}`,
  ).catch((error: Error) => {
    const seen = outgoing(harness, conversationId).map((m) => `${m.private ? '[private] ' : ''}${m.content}`);
    throw new Error(`${error.message}; the conversation's messages:\n${seen.join('\n---\n')}`);
  });
  return found.content ?? '';
}

describe('the full customer turn', () => {
  test('auto-send: a confident, QA-passed answer is sent, grounded in the tool result, and every step is stored', async () => {
    const { conversationId, workflowId } = await say(
      harness,
      'hola, ¿dónde está mi caja de noviembre? ¿cuándo llega a Guadalajara?',
      MATEO,
    );
    const turn = await turnRow(harness, workflowId);
    assert.equal(turn.outcome, 'sent');
    assert.equal(turn.qa_passed, true);
    const [reply] = outgoing(harness, conversationId).filter((m) => !m.private);
    assert.ok(reply, 'a public reply');
    assert.match(reply!.content ?? '', /CP353362945IL/, 'states the tracking number from track_package');

    const tools = await harness.db
      .selectFrom('tool_executions')
      .selectAll()
      .where('conversation_id', '=', workflowId)
      .execute();
    assert.ok(
      tools.some((t) => t.tool_name === 'track_package' && t.kind === 'read' && t.status === 'succeeded'),
    );
    const verdicts = await harness.db
      .selectFrom('qa_verdicts')
      .selectAll()
      .where('conversation_id', '=', workflowId)
      .execute();
    assert.equal(verdicts.at(-1)?.verdict, 'pass');
    const roles = await harness.db
      .selectFrom('llm_usage')
      .select('role')
      .where('conversation_id', '=', workflowId)
      .execute();
    assert.deepEqual(new Set(roles.map((r) => r.role)), new Set(['router', 'specialist', 'qa']));
    const router = await harness.db
      .selectFrom('router_outputs')
      .selectAll()
      .where('conversation_id', '=', workflowId)
      .executeTakeFirstOrThrow();
    assert.equal(router.category, 'shipping_tracking');
    assert.equal(router.language, 'es');
    assert.equal(router.turn, 1);
    const incoming = await harness.db
      .selectFrom('messages')
      .select('id')
      .where('conversation_id', '=', workflowId)
      .where('author', '=', 'customer')
      .executeTakeFirstOrThrow();
    assert.equal(router.message_id, incoming.id, 'the verdict is tied to the message it classified');
    const stored = await harness.db
      .selectFrom('messages')
      .selectAll()
      .where('conversation_id', '=', workflowId)
      .where('author', '=', 'ai')
      .executeTakeFirstOrThrow();
    assert.equal(stored.instruction_version, turn.instruction_version);
  });

  test('draft: outside the rollout share the answer becomes a private note for a human', async () => {
    const local = await startHarness({ env: { ROLLOUT_SHARE: '0' } });
    try {
      const { conversationId, workflowId } = await say(
        local,
        'hola, ¿dónde está mi caja de noviembre? ¿cuándo llega a Guadalajara?',
        MATEO,
      );
      const turn = await turnRow(local, workflowId);
      assert.equal(turn.outcome, 'drafted');
      const messages = outgoing(local, conversationId);
      assert.equal(messages.filter((m) => !m.private).length, 0, 'nothing public');
      assert.match(messages.find((m) => m.private)?.content ?? '', /AI draft for review .*rollout share/s);
    } finally {
      await local.close();
    }
  });

  test("draft with a change: the form is held until a teammate's public reply carries its link", async () => {
    const local = await startHarness({ env: { ROLLOUT_SHARE: '0' } });
    try {
      const { conversationId, workflowId } = await say(
        local,
        'Can I switch to every other month, please?',
        SARAH,
      );
      const turn = await turnRow(local, workflowId);
      assert.equal(turn.outcome, 'drafted');
      const writeRow = async () => (await firstWriteAction(local.db, workflowId))!;
      const proposal = await writeRow();
      assert.equal(proposal.tool_name, 'change_frequency');
      assert.ok(proposal.held_at instanceof Date, 'the audit row says it is held');
      const messages = outgoing(local, conversationId);
      assert.equal(messages.filter((m) => !m.private).length, 0, 'nothing public');
      const draft = messages.find((m) => m.private)?.content ?? '';
      const notice =
        /is held: the customer can confirm it only once a public reply of yours includes its form link: (\S+)$/.exec(
          draft,
        );
      assert.ok(notice, draft);
      const link = new URL(notice[1]!);
      assert.equal(link.searchParams.get('conversation'), workflowId);
      assert.ok(draft.split(link.href).length > 2, 'the drafted reply itself carries the link');
      const token = link.searchParams.get('token')!;
      const pending = async () => {
        const response = await fetch(`${local.url}/api/conversations/${workflowId}/pending-actions`, {
          headers: { authorization: `Bearer ${token}` },
        });
        assert.equal(response.status, 200);
        return ((await response.json()) as { actions: Array<{ actionId: string }> }).actions;
      };
      const confirm = () =>
        fetch(`${local.url}/api/conversations/${workflowId}/actions/${proposal.tool_call_id}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ decision: 'approve' }),
        });
      assert.deepEqual(await pending(), [], 'an earlier link shows no form');
      assert.equal((await confirm()).status, 404, 'a held change cannot be confirmed');

      // A private note, or a public reply without the link, offers nothing.
      const humans = async (count: number) =>
        eventually(
          async () => {
            const rows = await local.db
              .selectFrom('messages')
              .select('content')
              .where('conversation_id', '=', workflowId)
              .where('author', '=', 'human')
              .execute();
            return rows.length === count ? rows : undefined;
          },
          20_000,
          `${count} human messages recorded`,
        );
      const teammate = async (messageId: number, content: string, isPrivate: boolean) => {
        const response = await postWebhook(
          local.url,
          humanMessage(conversationId, messageId, content, isPrivate),
          {
            deliveryId: randomUUID(),
          },
        );
        assert.equal(response.status, 200);
      };
      await teammate(nextMessage++, `Offer this one: ${link.href}`, true);
      await teammate(nextMessage++, 'Hi Sarah, let me check the dates for you first.', false);
      await humans(2);
      assert.deepEqual(await pending(), []);
      assert.ok((await writeRow()).held_at instanceof Date, 'still held');

      await teammate(
        nextMessage++,
        `Hi Sarah, happy to: please confirm every 2 months here: ${link.href}`,
        false,
      );
      const offered = await eventually(
        async () => {
          const actions = await pending();
          return actions.length === 1 ? actions : undefined;
        },
        20_000,
        'the offered form',
      );
      assert.equal(offered[0]!.actionId, proposal.tool_call_id);
      assert.equal((await writeRow()).held_at, null);
      assert.equal((await confirm()).status, 200);
      const done = await eventually(
        async () => {
          const row = await writeRow();
          return row.status === 'succeeded' ? row : undefined;
        },
        20_000,
        'the executed change',
      );
      assert.equal(done.user_approved, true);
    } finally {
      await local.close();
    }
  });

  test('escalate on a request for a person: public handoff message, note, team assignment, labels, then silence', async () => {
    const { conversationId, workflowId } = await say(
      harness,
      'I want to talk to a real person please, not a bot.',
      JAMES,
    );
    const turn = await turnRow(harness, workflowId);
    assert.equal(turn.outcome, 'escalated');
    const messages = outgoing(harness, conversationId);
    assert.ok(
      messages.some((m) => !m.private && (m.content ?? '').length > 10),
      'the customer is told',
    );
    assert.match(messages.find((m) => m.private)?.content ?? '', /reason: customer request/);
    const state = harness.chatwoot.conversation(1, conversationId);
    assert.ok(state.labels.includes('reason-customer_request'));
    assert.ok(
      harness.chatwoot.requests.some((r) => r.path.endsWith(`/conversations/${conversationId}/assignments`)),
    );

    const before = outgoing(harness, conversationId).length;
    await say(harness, 'Hello? Where is my box?', JAMES, conversationId);
    await eventually(async () => {
      const rows = await harness.db
        .selectFrom('messages')
        .select('id')
        .where('conversation_id', '=', workflowId)
        .where('author', '=', 'customer')
        .execute();
      return rows.length === 2 ? true : undefined;
    });
    await sleep(1_500);
    assert.equal(outgoing(harness, conversationId).length, before, 'the AI stays silent after a handoff');

    // A human hands it back (status pending): the AI answers again.
    await harness.system.client.workflow
      .getHandle(workflowId)
      .signal(statusChangedSignal, { status: 'pending', changedBy: 'human' });
    await say(harness, 'Where is my November box?', JAMES, conversationId);
    await eventually(
      () => (outgoing(harness, conversationId).length > before ? true : undefined),
      45_000,
      'an answer after hand-back',
    );
  });

  test('a frustrated customer on a risky topic is handed to a person with the draft in the note', async () => {
    const { conversationId, workflowId } = await say(
      harness,
      'This is ridiculous!!! Cancel my subscription NOW. I am so done with you people, worst service ever.',
      JAMES,
    );
    const turn = await turnRow(harness, workflowId);
    assert.equal(turn.outcome, 'escalated');
    const note = outgoing(harness, conversationId).find((m) => m.private)?.content ?? '';
    assert.match(note, /reason: frustrated customer/);
    assert.match(note, /Suggested reply \(not sent\)/);
    assert.equal(outgoing(harness, conversationId).filter((m) => !m.private).length, 0);
  });

  test('unknown customer: the agent asks for the account email or order number and reads nothing', async () => {
    const { conversationId, workflowId } = await say(
      harness,
      'Where is my order? It is late and I need it this week.',
      'stranger@example.com',
    );
    await turnRow(harness, workflowId);
    const text = outgoing(harness, conversationId)
      .map((m) => m.content)
      .join('\n');
    assert.match(text, /email address your subscription is under, or your order number/);
    assert.doesNotMatch(text, /CP\d{9}IL/, 'no tracking data leaks');
    assert.equal((await toolCalls(workflowId)).length, 0);
  });

  test('an unknown sender names the account by email, types back the code it was sent, and the waiting question is answered', async () => {
    const stranger = 'sm.office@example.com';
    const { conversationId, workflowId } = await say(
      harness,
      'Where is my November box? What is the tracking number?',
      stranger,
    );
    await replyMatching(conversationId, /order number\? Then I can verify the account/);

    await say(harness, `It's under ${SARAH}`, stranger, conversationId);
    await replyMatching(conversationId, /I've just sent a 6-digit code to the email address on it/);
    const mail = await codeMail(workflowId);
    assert.equal(mail.to_address, SARAH, 'the code goes to the account, not to the sender');
    // With no SMTP_URL the operator API is the mailbox.
    const listed = await operatorCall(
      harness.url,
      'GET',
      `/api/mail?to=${encodeURIComponent(SARAH)}&limit=1`,
    );
    assert.equal(listed.status, 200);
    assert.deepEqual(
      listed.body.mail.map((m: { subject: string; body: string; status: string }) => [
        m.subject,
        m.body,
        m.status,
      ]),
      [['Your Lev Haolam verification code', mail.body, 'local']],
    );
    const refused = await operatorCall(harness.url, 'GET', '/api/mail?to=not-an-address');
    assert.equal(refused.status, 422);
    assert.equal(refused.body.error.code, 'invalid_query');
    assert.equal((await toolCalls(workflowId)).length, 0, 'nothing is read before the code is back');

    await say(
      harness,
      '000000' === mail.body.match(/\d{6}/)?.[0] ? '111111' : '000000',
      stranger,
      conversationId,
    );
    await replyMatching(conversationId, /That code doesn't match\. .* \(4 tries left\)/);

    const code = mail.body.match(/\b\d{6}\b/)?.[0] ?? '';
    await say(harness, code, stranger, conversationId);
    const answer = await replyMatching(conversationId, /^Thank you, your account is confirmed\./);
    assert.match(answer, /7293556800/, "Sarah's November parcel, from her account");
    assert.ok((await toolCalls(workflowId)).includes('track_package'));
    // Both verdicts of the code's turn are stored, tied to the code's row: the code's own, and the
    // waiting question's, which the turn answered.
    const routes = await harness.db
      .selectFrom('router_outputs as r')
      .innerJoin('messages as m', 'm.id', 'r.message_id')
      .select(['r.idempotency_key', 'r.category', 'r.turn', 'm.content'])
      .where('r.conversation_id', '=', workflowId)
      .orderBy('r.id')
      .execute();
    assert.deepEqual(
      routes.map((r) => r.turn),
      [1, 2, 3, 4, 4],
      'one verdict per turn, two for the code',
    );
    const [codeRoute, questionRoute] = routes.slice(-2);
    assert.equal(codeRoute?.content, code);
    assert.equal(questionRoute?.content, code);
    assert.equal(questionRoute?.idempotency_key, `${codeRoute?.idempotency_key}:question`);
    assert.equal(questionRoute?.category, 'shipping_tracking');
    const row = await harness.db
      .selectFrom('conversations')
      .select(['verified_email', 'customer_id'])
      .where('id', '=', workflowId)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { verified_email: SARAH, customer_id: 'cus_1001' });
    // The team sees it in Chatwoot: the contact carries the account, and a private note says so.
    const put = harness.chatwoot.requests.findLast(
      (r) => r.method === 'PUT' && r.path === '/api/v1/accounts/1/contacts/42',
    );
    assert.deepEqual(
      put?.body,
      {
        identifier: 'cus_1001',
        custom_attributes: { kesher_customer_id: 'cus_1001', kesher_verified_email: SARAH },
      },
      "the contact's own email is kept",
    );
    assert.ok(
      outgoing(harness, conversationId).some(
        (m) =>
          m.private && (m.content ?? '').startsWith(`✅ The sender proved the account ${SARAH} (cus_1001)`),
      ),
    );

    // The conversation now speaks for Sarah: the next question is answered without a new code.
    await say(harness, 'And when is my next charge?', stranger, conversationId);
    await replyMatching(conversationId, /\$\d+/);
    // A replay re-runs an agent's answer to a stored message: the first turn (the agent asked for
    // the account) and the next question, not the identity step's answers (turns 2 and 3), nor
    // the code's turn, whose message is the code.
    const replayed = async (category: string) =>
      (await replayableTurns(harness.db, category, 1000))
        .filter((t) => t.conversationId === workflowId)
        .map((t) => t.turn);
    assert.deepEqual(await replayed('shipping_tracking'), [1]);
    await eventually(
      async () => ((await replayed('billing_payment')).includes(5) ? true : undefined),
      30_000,
      'the next-charge turn among the replayable billing turns',
    );
    assert.equal(
      (
        await harness.db
          .selectFrom('mail_outbox')
          .select('id')
          .where('conversation_id', '=', workflowId)
          .execute()
      ).length,
      1,
    );
  });

  test("a verified sender's Chatwoot contact gets the account's email when it has none; when another contact holds the account, only its attributes", async () => {
    const verify = async (contactId: number) => {
      const conversationId = nextConversation++;
      const workflowId = `conversation-1-${conversationId}`;
      const send = async (content: string) => {
        const message = customerMessage({
          conversationId,
          messageId: nextMessage++,
          content,
          email: null,
          contactId,
        });
        assert.equal((await postWebhook(harness.url, message, { deliveryId: randomUUID() })).status, 200);
      };
      await send(`Hi, my account is ${JAMES}. When is my next charge?`);
      await replyMatching(conversationId, /6-digit code/);
      await send((await codeMail(workflowId)).body.match(/\b\d{6}\b/)?.[0] ?? '');
      // James has a late parcel, so the answer itself goes to the shipping team: the note comes first.
      const note = await eventually(
        () => outgoing(harness, conversationId).find((m) => m.private && (m.content ?? '').startsWith('✅')),
        45_000,
        'the note that the sender is verified',
      );
      return { note: note.content ?? '', contact: harness.chatwoot.contact(1, contactId) };
    };
    const attributes = { kesher_customer_id: 'cus_1002', kesher_verified_email: JAMES };

    const first = await verify(4301);
    assert.deepEqual(first.contact, {
      id: 4301,
      email: JAMES,
      identifier: 'cus_1002',
      custom_attributes: attributes,
    });
    assert.match(
      first.note,
      /The Chatwoot contact now carries the account \(identifier cus_1002, email james\.whitfield@example\.net\)\.$/,
    );

    // The same account from another contact: Chatwoot keeps email and identifier unique (422).
    const second = await verify(4302);
    assert.deepEqual(second.contact, {
      id: 4302,
      email: null,
      identifier: null,
      custom_attributes: attributes,
    });
    assert.match(second.note, /another contact holds it\), so only its custom attributes/);
  });

  test("an order number in an unknown sender's first message: the code goes to the order's owner, and that message is answered once it is back", async () => {
    const { conversationId, workflowId } = await say(
      harness,
      'Where is my order ord_64641? It is late.',
      'stranger@example.com',
    );
    await replyMatching(conversationId, /If that matches an account, I've just sent a 6-digit code/);
    const text = outgoing(harness, conversationId)
      .map((m) => m.content)
      .join('\n');
    assert.doesNotMatch(text, /1ZV8R5426692093885|UPS|delivered/, 'nothing about the order before the code');
    const mail = await codeMail(workflowId);
    assert.equal(mail.to_address, 'carlos.mendoza@example.com');
    await say(harness, mail.body.match(/\b\d{6}\b/)?.[0] ?? '', 'stranger@example.com', conversationId);
    const answer = await replyMatching(conversationId, /^Thank you, your account is confirmed\./);
    assert.match(answer, /1ZV8R5426692093885/);
  });

  test('a follow-up takes up the plan the last reply offered: "switch me to that" gets the form for it', async () => {
    const sarah = 'sarah.mitchell@example.com';
    const { conversationId, workflowId } = await say(
      harness,
      'How much would it cost if I switched to every 3 months?',
      sarah,
    );
    await eventually(
      () => outgoing(harness, conversationId).find((m) => !m.private && /\$99/.test(m.content ?? '')),
      45_000,
      'the price answer',
    );
    await say(harness, 'OK, please switch me to that', sarah, conversationId);
    const proposal = await eventually(
      () =>
        harness.db
          .selectFrom('tool_executions')
          .selectAll()
          .where('conversation_id', '=', workflowId)
          .where('tool_name', '=', 'change_frequency')
          .executeTakeFirst(),
      45_000,
      'the change_frequency proposal',
    );
    assert.deepEqual(proposal.proposed_args, { frequency: 'quarterly' });
    const routes = await harness.db
      .selectFrom('router_outputs')
      .selectAll()
      .where('conversation_id', '=', workflowId)
      .orderBy('id')
      .execute();
    assert.equal(routes.at(-1)?.category, 'subscription_frequency');
    assert.ok(Number(routes.at(-1)?.confidence) >= 0.9, 'confident enough to send the form');
    const turn = await turnRow(harness, workflowId, 2);
    assert.equal(turn.outcome, 'sent');
    const replies = outgoing(harness, conversationId).filter((m) => !m.private);
    assert.match(replies.at(-1)?.content ?? '', /every 3 months/);
  });

  test('a "yes" to a tier offer is handed over with the offer it agrees to in the note', async () => {
    const olga = 'olga.petrova@example.com';
    const { conversationId, workflowId } = await say(harness, 'Сколько стоит Deluxe?', olga);
    const offer = await eventually(
      () => outgoing(harness, conversationId).find((m) => !m.private && /89\u00a0\$/.test(m.content ?? '')),
      45_000,
      'the price answer',
    );
    await say(harness, 'Да, давайте', olga, conversationId);
    const turn = await turnRow(harness, workflowId, 2);
    assert.equal(turn.outcome, 'escalated');
    const note =
      outgoing(harness, conversationId)
        .filter((m) => m.private)
        .at(-1)?.content ?? '';
    // The reply opens with "Здравствуйте, Olga!": the note quotes what follows the greeting.
    const [greeting, answer] = (offer.content ?? '').split(/\n\s*\n/u);
    assert.match(greeting ?? '', /Olga/);
    const opening = (answer ?? '').replace(/\s+/gu, ' ').slice(0, 40);
    assert.ok(note.includes(`answering the reply “${opening}`), `the note quotes the offer:\n${note}`);
    assert.match(note, /Deluxe/);
    assert.match(note, /: “Да, давайте”/);
  });

  test('tool failure: when a lookup keeps failing the conversation goes to a person with reason tool_failure', async () => {
    // Only get_box_contents reads `boxes`: the context still builds, the tool keeps failing.
    await sql`alter table boxes rename to boxes_offline`.execute(harness.db);
    try {
      const { conversationId, workflowId } = await say(
        harness,
        'What will be in my December box? Is there wine in it?',
        JAMES,
      );
      const turn = await turnRow(harness, workflowId);
      assert.equal(turn.outcome, 'escalated');
      assert.match(
        outgoing(harness, conversationId).find((m) => m.private)?.content ?? '',
        /reason: tool failure/,
      );
    } finally {
      await sql`alter table boxes_offline rename to boxes`.execute(harness.db);
    }
  });
});

describe('the QA loop', () => {
  test('refine sends the reasons back to the agent and QA checks again until it passes', async () => {
    qaScript = [{ verdict: 'refine', accuracy: 0.4, reasons: ['state the carrier'] }, { verdict: 'pass' }];
    qaRounds.length = 0;
    const { conversationId, workflowId } = await say(scripted, 'Where is my November box?', MATEO);
    const turn = await turnRow(scripted, workflowId);
    assert.equal(turn.outcome, 'sent');
    assert.equal(turn.qa_rounds, 2);
    assert.deepEqual(qaRounds, [1, 2]);
    const verdicts = await scripted.db
      .selectFrom('qa_verdicts')
      .select(['round', 'verdict'])
      .where('conversation_id', '=', workflowId)
      .orderBy('round')
      .execute();
    assert.deepEqual(verdicts, [
      { round: 1, verdict: 'refine' },
      { round: 2, verdict: 'pass' },
    ]);
    assert.equal(outgoing(scripted, conversationId).filter((m) => !m.private).length, 1);
  });

  test('QA escalation hands over with the reason QA named', async () => {
    qaScript = [
      { verdict: 'escalate', reasons: ['no article covers this'], escalationReason: 'missing_knowledge' },
    ];
    const { conversationId, workflowId } = await say(scripted, 'Where is my November box?', MATEO);
    const turn = await turnRow(scripted, workflowId);
    assert.equal(turn.outcome, 'escalated');
    assert.match(
      outgoing(scripted, conversationId).find((m) => m.private)?.content ?? '',
      /reason: missing knowledge/,
    );
  });

  test('a draft that never passes within the rounds goes to a human as a draft', async () => {
    qaScript = [
      { verdict: 'refine', reasons: ['too vague'] },
      { verdict: 'refine', reasons: ['still too vague'] },
    ];
    const { conversationId, workflowId } = await say(scripted, 'Where is my November box?', MATEO);
    const turn = await turnRow(scripted, workflowId);
    assert.equal(turn.outcome, 'drafted');
    assert.equal(turn.qa_rounds, 2);
    assert.match(outgoing(scripted, conversationId).find((m) => m.private)?.content ?? '', /still too vague/);
  });
});

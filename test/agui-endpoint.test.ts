import assert from 'node:assert/strict';
import type { ConversationListItem } from '../activities/repos/conversation-list-repo';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import {
  EventSchemas,
  EventType,
  HttpAgent,
  RunAgentInputSchema,
  runHttpRequest,
  transformHttpEventStream,
  verifyEvents,
  type BaseEvent,
  type Message,
  type RunAgentInput,
} from '@ag-ui/client';
import { widgetTokenSettings } from '../api/agui/widget-tokens';
import { buildTranscript } from '../api/agui/transcript';
import type { MessageRecord, ToolRecord } from '../api/agui/conversation-records';
import { issueConversationToken } from '../workflows/conversation-token';
import { createWidgetSession, type WidgetSession } from './support/browser';
import { eventually, firstWriteAction, startHarness, type Harness } from './support/kesher-harness';

let harness: Harness;
const AUTO_SEND = { product_question: 0, subscription_pause: 0, shipping_tracking: 0, other: 0 };

before(async () => {
  harness = await startHarness({
    chatwoot: false,
    // Replies go out without a human's review, so every turn here has a public reply to stream.
    env: { CATEGORY_THRESHOLDS: JSON.stringify(AUTO_SEND) },
  });
});
after(async () => {
  await harness?.close();
});

const aguiUrl = (): string => `${harness.url}/api/agui`;

function runInput(threadId: string, messages: Message[], extra: Partial<RunAgentInput> = {}): RunAgentInput {
  return { threadId, runId: randomUUID(), messages, tools: [], context: [], forwardedProps: {}, ...extra };
}

/**
 * Posts a run and reads its stream with the official client's HTTP and SSE pipeline and its
 * ordering checks (`verifyEvents`); every event must also validate against `@ag-ui/core`.
 */
async function streamRun(token: string, input: RunAgentInput, url = aguiUrl()): Promise<BaseEvent[]> {
  assert.ok(RunAgentInputSchema.safeParse(input).success, 'the test sends a valid RunAgentInput');
  const http$ = runHttpRequest(() =>
    fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'text/event-stream',
        Authorization: `Bearer ${token}`,
      },
      body: JSON.stringify(input),
    }),
  );
  const events = await new Promise<BaseEvent[]>((resolve, reject) => {
    const seen: BaseEvent[] = [];
    verifyEvents()(transformHttpEventStream(http$)).subscribe({
      next: (event) => seen.push(event),
      error: reject,
      complete: () => resolve(seen),
    });
  });
  for (const event of events) {
    const checked = EventSchemas.safeParse(event);
    assert.ok(checked.success, `${event.type} validates against @ag-ui/core: ${JSON.stringify(event)}`);
  }
  return events;
}

const ofType = <T extends BaseEvent>(events: BaseEvent[], type: EventType): T[] =>
  events.filter((event) => event.type === type) as T[];

async function postRaw(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(aguiUrl(), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  const body = (await response.json()) as { error: { code: string; message: string } };
  return body.error;
}

describe('AG-UI endpoint: a customer turn', () => {
  let session: WidgetSession;
  const messageId = randomUUID();
  const question = 'What is in my next box?';

  test('a first message with a read tool streams its card (tool call and result), then the reply', async () => {
    session = await createWidgetSession(harness.url, 'sarah.mitchell@example.com');
    const events = await streamRun(
      session.token,
      runInput(session.conversationId, [{ id: messageId, role: 'user', content: question }]),
    );

    assert.equal(events[0]?.type, EventType.RUN_STARTED);
    assert.equal(events.at(-1)?.type, EventType.RUN_FINISHED);
    const starts = ofType<BaseEvent & { toolCallId: string; toolCallName: string }>(
      events,
      EventType.TOOL_CALL_START,
    );
    const card = starts.find((start) => start.toolCallName === 'get_box_contents');
    assert.ok(
      card,
      `a get_box_contents card was streamed (tool calls: ${starts.map((s) => s.toolCallName)})`,
    );
    const args = ofType<BaseEvent & { toolCallId: string; delta: string }>(
      events,
      EventType.TOOL_CALL_ARGS,
    ).find((event) => event.toolCallId === card.toolCallId);
    assert.ok(args, 'the card has its arguments');
    assert.equal(typeof JSON.parse(args.delta), 'object');
    const result = ofType<BaseEvent & { toolCallId: string; content: string; messageId: string }>(
      events,
      EventType.TOOL_CALL_RESULT,
    ).find((event) => event.toolCallId === card.toolCallId);
    assert.ok(result, 'the card has its result');
    const box = JSON.parse(result.content) as { ok: boolean; month: string; items: { name: string }[] };
    assert.equal(box.ok, true);
    assert.equal(box.month, '2026-12', 'the next box is December');
    assert.ok(box.items.length > 0, 'the card lists the items');

    const stored = await harness.db
      .selectFrom('tool_executions')
      .select(['kind', 'tool_name', 'conversation_id', 'result'])
      .where('tool_call_id', '=', card.toolCallId)
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      { kind: stored.kind, tool: stored.tool_name, conversation: stored.conversation_id },
      { kind: 'read', tool: 'get_box_contents', conversation: session.conversationId },
    );
    assert.deepEqual(box, stored.result, 'the card shows exactly what the tool returned');

    const text = ofType<BaseEvent & { messageId: string; delta: string }>(
      events,
      EventType.TEXT_MESSAGE_CONTENT,
    )
      .map((event) => event.delta)
      .join('');
    assert.ok(text.length > 20, 'the reply was streamed');
    const reply = await harness.db
      .selectFrom('messages')
      .select(['content'])
      .where('conversation_id', '=', session.conversationId)
      .where('author', '=', 'ai')
      .where('private', '=', false)
      .executeTakeFirstOrThrow();
    assert.equal(text, reply.content, 'the streamed reply is the recorded reply');
    const cardIndex = events.indexOf(card);
    const textIndex = events.findIndex((event) => event.type === EventType.TEXT_MESSAGE_START);
    assert.ok(cardIndex < textIndex, 'the card comes before the reply that explains it');
  });

  test('a reload streams MESSAGES_SNAPSHOT and STATE_SNAPSHOT built from the database', async () => {
    const events = await streamRun(session.token, runInput(session.conversationId, []));
    assert.deepEqual(
      events.map((event) => event.type),
      [EventType.RUN_STARTED, EventType.MESSAGES_SNAPSHOT, EventType.STATE_SNAPSHOT, EventType.RUN_FINISHED],
    );
    const [snapshot] = ofType<BaseEvent & { messages: Message[] }>(events, EventType.MESSAGES_SNAPSHOT);
    const messages = snapshot!.messages;
    assert.deepEqual(
      messages[0],
      { id: messageId, role: 'user', content: question },
      'the customer message keeps its id',
    );
    const card = messages.find(
      (message) =>
        message.role === 'assistant' &&
        message.toolCalls?.some((call) => call.function.name === 'get_box_contents'),
    );
    assert.ok(card, 'the card is an assistant tool call');
    const callId = card.role === 'assistant' ? card.toolCalls![0]!.id : '';
    assert.ok(
      messages.some((message) => message.role === 'tool' && message.toolCallId === callId),
      'the card has its tool result',
    );
    const replies = messages.filter(
      (message) => message.role === 'assistant' && typeof message.content === 'string',
    );
    assert.equal(replies.length, 1, 'one public reply');

    const [state] = ofType<BaseEvent & { snapshot: Record<string, any> }>(events, EventType.STATE_SNAPSHOT);
    assert.equal(state!.snapshot.conversationId, session.conversationId);
    assert.equal(state!.snapshot.channel, 'web');
    assert.equal(state!.snapshot.today, '2026-11-23');
    assert.deepEqual(state!.snapshot.pendingActions, []);
    assert.equal(state!.snapshot.conversation.turnCount, 1);
    assert.equal(state!.snapshot.conversation.busy, false);
    assert.equal(state!.snapshot.language, 'en', 'the language the router read in the question');
  });

  test('resending the same message does not start a second turn', async () => {
    const events = await streamRun(
      session.token,
      runInput(session.conversationId, [{ id: messageId, role: 'user', content: question }]),
    );
    assert.ok(
      events.some((event) => event.type === EventType.MESSAGES_SNAPSHOT),
      'answered with the conversation',
    );
    const count = await harness.db
      .selectFrom('messages')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('conversation_id', '=', session.conversationId)
      .where('author', '=', 'customer')
      .executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 1);
  });
});

describe('AG-UI endpoint: a confirmation through HttpAgent', () => {
  test('a proposed pause is a form tool call and an interrupt; the tool-message answer executes it', async () => {
    const session = await createWidgetSession(harness.url, 'linda.kowalski@example.com');
    const agent = new HttpAgent({
      url: aguiUrl(),
      threadId: session.conversationId,
      headers: { Authorization: `Bearer ${session.token}` },
    });
    agent.addMessage({
      id: randomUUID(),
      role: 'user',
      content: "I'd like to pause my subscription for two months",
    });
    await agent.runAgent();

    const proposal = agent.messages
      .flatMap((message) => (message.role === 'assistant' ? (message.toolCalls ?? []) : []))
      .find((call) => call.function.name === 'pause_subscription');
    assert.ok(proposal, 'the form arrived as a pause_subscription tool call');
    assert.deepEqual(JSON.parse(proposal.function.arguments).months, 2);
    assert.deepEqual(
      agent.pendingInterrupts.map((interrupt) => [interrupt.id, interrupt.reason, interrupt.toolCallId]),
      [[proposal.id, 'tool_call', proposal.id]],
    );
    const pending = await harness.db
      .selectFrom('tool_executions')
      .select(['status', 'kind'])
      .where('tool_call_id', '=', proposal.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(pending, { status: 'pending', kind: 'write' });

    // The human-in-the-loop tool-call pattern: a tool message answers the call.
    agent.addMessage({
      id: randomUUID(),
      role: 'tool',
      toolCallId: proposal.id,
      content: JSON.stringify({ decision: 'approve' }),
    });
    agent.pendingInterrupts = [];
    let runError: string | undefined;
    await agent.runAgent(
      {},
      {
        onRunErrorEvent: ({ event }) => {
          runError = `${event.code}: ${event.message}`;
        },
      },
    );
    assert.equal(runError, undefined, 'the answer was accepted');

    const result = agent.messages.find(
      (message) => message.role === 'tool' && message.id === `${proposal.id}:result`,
    );
    assert.ok(result && result.role === 'tool', 'the action result arrived');
    assert.equal(JSON.parse(result.content).status, 'succeeded');
    assert.deepEqual(agent.pendingInterrupts, [], 'nothing waits any more');
    const audit = await harness.db
      .selectFrom('tool_executions')
      .select(['status', 'user_approved', 'confirmation_timestamp'])
      .where('tool_call_id', '=', proposal.id)
      .executeTakeFirstOrThrow();
    assert.equal(audit.status, 'succeeded');
    assert.equal(audit.user_approved, true);
    assert.ok(audit.confirmation_timestamp instanceof Date);
    const subscription = await harness.db
      .selectFrom('subscriptions')
      .innerJoin('customers', 'customers.id', 'subscriptions.customer_id')
      .select(['subscriptions.status'])
      .where('customers.email', '=', 'linda.kowalski@example.com')
      .executeTakeFirstOrThrow();
    assert.equal(subscription.status, 'paused');

    // Replaying the answer (a retried request) is safe: no second execution, no error, the outcome again.
    const replay = await streamRun(
      session.token,
      runInput(session.conversationId, [], {
        resume: [{ interruptId: proposal.id, status: 'resolved', payload: { decision: 'approve' } }],
      }),
    );
    assert.ok(!replay.some((event) => event.type === EventType.RUN_ERROR), 'the replay is not an error');
    const [snapshot] = ofType<BaseEvent & { messages: Message[] }>(replay, EventType.MESSAGES_SNAPSHOT);
    const outcome = snapshot!.messages.find(
      (message) => message.role === 'tool' && message.toolCallId === proposal.id,
    );
    assert.equal(outcome && JSON.parse(outcome.content as string).status, 'succeeded');
    const after = await harness.db
      .selectFrom('tool_executions')
      .select(['status', 'confirmation_timestamp'])
      .where('tool_call_id', '=', proposal.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(after, { status: 'succeeded', confirmation_timestamp: audit.confirmation_timestamp });
  });

  test('an answer the workflow refuses ends the run with RUN_ERROR naming the reason', async () => {
    const session = await createWidgetSession(harness.url, 'emily.carter@example.net');
    await streamRun(
      session.token,
      runInput(session.conversationId, [
        { id: randomUUID(), role: 'user', content: 'Hello, what is in my next box?' },
      ]),
    );
    const events = await streamRun(
      session.token,
      runInput(session.conversationId, [], {
        resume: [{ interruptId: 'no-such-action', status: 'resolved', payload: { decision: 'approve' } }],
      }),
    );
    const [error] = ofType<BaseEvent & { code: string; message: string }>(events, EventType.RUN_ERROR);
    assert.ok(error, `the run ended with RUN_ERROR (${events.map((event) => event.type)})`);
    assert.equal(events.at(-1), error, 'nothing follows RUN_ERROR');
    assert.ok(error.code.length > 0 && error.message.length > 0);
  });
});

describe('AG-UI endpoint: requests refused before streaming', () => {
  let session: WidgetSession;
  before(async () => {
    session = await createWidgetSession(harness.url, 'rachel.goldberg@example.com');
  });

  test('a body that is not a RunAgentInput is a 400 naming the problem', async () => {
    const response = await postRaw(
      { threadId: session.conversationId, runId: 'r1' },
      { Authorization: `Bearer ${session.token}` },
    );
    assert.equal(response.status, 400);
    const error = await errorOf(response);
    assert.equal(error.code, 'invalid_run_input');
    assert.match(error.message, /messages/);
    const notJson = await postRaw('{"threadId":', { Authorization: `Bearer ${session.token}` });
    assert.equal(notJson.status, 400);
  });

  test('a missing token is 401; a token for another conversation is 403; forwardedProps.token works', async () => {
    const input = runInput(session.conversationId, []);
    const missing = await postRaw(input);
    assert.equal(missing.status, 401);
    assert.equal((await errorOf(missing)).code, 'missing_token');

    const other = await createWidgetSession(harness.url, 'rachel.goldberg@example.com');
    const wrong = await postRaw(input, { Authorization: `Bearer ${other.token}` });
    assert.equal(wrong.status, 403);
    assert.equal((await errorOf(wrong)).code, 'wrong_conversation');

    // One hex digit of the signature changed (never to itself: "…00" was already so 1 time in 256).
    const at = session.token.length - 5;
    const forged = `${session.token.slice(0, at)}${session.token[at] === '0' ? '1' : '0'}${session.token.slice(at + 1)}`;
    const tampered = await postRaw(input, { Authorization: `Bearer ${forged}` });
    assert.equal(tampered.status, 403);
    assert.equal((await errorOf(tampered)).code, 'invalid_token');

    const viaProps = await postRaw({ ...input, forwardedProps: { token: session.token } });
    assert.equal(viaProps.status, 200);
    assert.match(await viaProps.text(), /"type":"RUN_FINISHED"/);
  });

  test('an expired token is 401', async () => {
    const secret = widgetTokenSettings(harness.config)!.secret;
    const expired = issueConversationToken(secret, {
      conversationId: session.conversationId,
      expiresAt: Math.floor(Date.now() / 1000) - 60,
    });
    const response = await postRaw(runInput(session.conversationId, []), {
      Authorization: `Bearer ${expired}`,
    });
    assert.equal(response.status, 401);
    assert.equal((await errorOf(response)).code, 'token_expired');
  });

  test('an unknown conversation is 404; chat in a Chatwoot conversation is 409', async () => {
    const secret = widgetTokenSettings(harness.config)!.secret;
    const expiresAt = Math.floor(Date.now() / 1000) + 600;
    const unknown = 'conversation-1-424242';
    const unknownToken = issueConversationToken(secret, { conversationId: unknown, expiresAt });
    const missing = await postRaw(runInput(unknown, []), { Authorization: `Bearer ${unknownToken}` });
    assert.equal(missing.status, 404);
    assert.equal((await errorOf(missing)).code, 'conversation_not_found');

    const chatwoot = 'conversation-1-434343';
    await harness.db
      .insertInto('conversations')
      .values({
        id: chatwoot,
        account_id: 1,
        chatwoot_conversation_id: 434343,
        channel: 'chatwoot',
        customer_email: null,
      })
      .execute();
    const chatwootToken = issueConversationToken(secret, { conversationId: chatwoot, expiresAt });
    const chat = await postRaw(runInput(chatwoot, [{ id: 'm1', role: 'user', content: 'hello' }]), {
      Authorization: `Bearer ${chatwootToken}`,
    });
    assert.equal(chat.status, 409);
    assert.equal((await errorOf(chat)).code, 'chat_not_available');
  });

  test('an answer in an unknown shape, or an empty or oversized message, is a 422', async () => {
    const auth = { Authorization: `Bearer ${session.token}` };
    const badAnswer = await postRaw(
      runInput(session.conversationId, [
        { id: 't1', role: 'tool', toolCallId: 'a1', content: '{"yes":true}' },
      ]),
      auth,
    );
    assert.equal(badAnswer.status, 422);
    assert.equal((await errorOf(badAnswer)).code, 'invalid_answer');
    const empty = await postRaw(
      runInput(session.conversationId, [{ id: 'u1', role: 'user', content: '   ' }]),
      auth,
    );
    assert.equal(empty.status, 422);
    const long = await postRaw(
      runInput(session.conversationId, [{ id: 'u2', role: 'user', content: 'x'.repeat(5000) }]),
      auth,
    );
    assert.equal(long.status, 422);
    assert.equal((await errorOf(long)).code, 'message_too_long');
  });

  test('a client that disconnects mid-turn stops the run; the turn still completes and a reload shows it', async () => {
    const other = await createWidgetSession(harness.url, 'hannah.schneider@example.org');
    const controller = new AbortController();
    const messageId = randomUUID();
    const started = fetch(aguiUrl(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${other.token}` },
      body: JSON.stringify(
        runInput(other.conversationId, [{ id: messageId, role: 'user', content: 'Where is my package?' }]),
      ),
      signal: controller.signal,
    });
    const response = await started;
    assert.equal(response.status, 200);
    controller.abort();
    // The API stays up, and the workflow finishes the turn the client stopped waiting for.
    const state = await eventually(
      async () => {
        const events = await streamRun(other.token, runInput(other.conversationId, []));
        const [snapshot] = ofType<BaseEvent & { snapshot: Record<string, any> }>(
          events,
          EventType.STATE_SNAPSHOT,
        );
        const view = snapshot?.snapshot.conversation;
        return view && view.turnCount === 1 && !view.busy ? snapshot!.snapshot : undefined;
      },
      60_000,
      'the turn after the disconnect',
    );
    assert.equal(state.conversationId, other.conversationId);
  });
});

describe('a person answers a web conversation (operator API)', () => {
  const replyUrl = (conversationId: string): string =>
    `${harness.url}/api/conversations/${conversationId}/replies`;
  const postReply = (conversationId: string, body: unknown): Promise<Response> =>
    fetch(replyUrl(conversationId), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  const stateOf = (events: BaseEvent[]): Record<string, any> =>
    ofType<BaseEvent & { snapshot: Record<string, any> }>(events, EventType.STATE_SNAPSHOT)[0]!.snapshot;

  test('a handed-over turn waits for a person; their reply reaches the transcript; a hand-back lets the AI answer again', async () => {
    // Natalia asks to end her pause early: only the subscriptions team can, so QA hands it over.
    const session = await createWidgetSession(harness.url, 'n.kuznetsova@example.net');
    const turn = await streamRun(
      session.token,
      runInput(session.conversationId, [
        { id: randomUUID(), role: 'user', content: "I'd like to resume my subscription now, please." },
      ]),
    );
    assert.equal(ofType(turn, EventType.TEXT_MESSAGE_START).length, 0, 'no AI reply is sent');
    assert.equal(stateOf(turn).conversation.escalated, true);
    assert.equal(stateOf(turn).conversation.aiPaused, true);

    const reply = "Hi Natalia, I've ended your pause: your December box ships as usual.";
    const answered = await postReply(session.conversationId, {
      content: reply,
      agentName: 'Dana',
      handBack: true,
    });
    assert.equal(answered.status, 202);
    const receipt = (await answered.json()) as { messageId: string; handedBack: boolean };
    assert.equal(receipt.handedBack, true);

    // The widget's background look is a plain load: the reply is there, named, and the AI is back.
    const loaded = await eventually(
      async () => {
        const events = await streamRun(session.token, runInput(session.conversationId, []));
        const [snapshot] = ofType<BaseEvent & { messages: Message[] }>(events, EventType.MESSAGES_SNAPSHOT);
        const human = snapshot?.messages.find(
          (message) => message.role === 'assistant' && message.content === reply,
        );
        return human && stateOf(events).conversation.escalated === false ? { human } : undefined;
      },
      20_000,
      'the teammate reply in the transcript and the conversation handed back',
    );
    assert.equal(loaded.human.role === 'assistant' ? loaded.human.name : null, 'Dana');

    const next = await streamRun(
      session.token,
      runInput(session.conversationId, [
        { id: randomUUID(), role: 'user', content: 'Thanks! When is my next charge?' },
      ]),
    );
    assert.ok(
      ofType(next, EventType.TEXT_MESSAGE_START).length > 0,
      'the AI answers again after the hand-back',
    );
  });

  test('refused with a reason: an empty reply (422), an unknown conversation (404), a Chatwoot conversation (409)', async () => {
    const session = await createWidgetSession(harness.url, 'sarah.mitchell@example.com');
    await streamRun(session.token, runInput(session.conversationId, [])); // the conversation exists once opened
    const empty = await postReply(session.conversationId, { content: '   ' });
    assert.equal(empty.status, 422);
    assert.equal((await errorOf(empty)).code, 'invalid_request');

    const unknown = await postReply(`conversation-web-${randomUUID()}`, { content: 'Hello' });
    assert.equal(unknown.status, 404);
    assert.equal((await errorOf(unknown)).code, 'conversation_not_found');

    const chatwoot = 'conversation-1-454545';
    await harness.db
      .insertInto('conversations')
      .values({
        id: chatwoot,
        account_id: 1,
        chatwoot_conversation_id: 454545,
        channel: 'chatwoot',
        customer_email: null,
      })
      .execute();
    const elsewhere = await postReply(chatwoot, { content: 'Hello' });
    assert.equal(elsewhere.status, 409);
    assert.equal((await errorOf(elsewhere)).code, 'answered_in_chatwoot');
  });
});

describe('a change proposed in a drafted web turn waits for the teammate', () => {
  let drafting: Harness;
  before(async () => {
    // Every turn is a draft (no conversation is in the rollout share); an action waits 30 s.
    drafting = await startHarness({
      chatwoot: false,
      env: { ROLLOUT_SHARE: '0', ACTION_TIMEOUT: '30 seconds' },
    });
  });
  after(async () => {
    await drafting?.close();
  });

  const run = (session: WidgetSession, messages: Message[], extra: Partial<RunAgentInput> = {}) =>
    streamRun(session.token, runInput(session.conversationId, messages, extra), `${drafting.url}/api/agui`);
  const stateOf = (events: BaseEvent[]): Record<string, any> =>
    ofType<BaseEvent & { snapshot: Record<string, any> }>(events, EventType.STATE_SNAPSHOT)[0]!.snapshot;
  const messagesOf = (events: BaseEvent[]): Message[] =>
    ofType<BaseEvent & { messages: Message[] }>(events, EventType.MESSAGES_SNAPSHOT)[0]?.messages ?? [];
  const formCalls = (messages: Message[]) =>
    messages.flatMap((message) => (message.role === 'assistant' ? (message.toolCalls ?? []) : []));
  const writeRow = (conversationId: string) => firstWriteAction(drafting.db, conversationId);
  const listed = async (query: string) => {
    const response = await fetch(`${drafting.url}/api/conversations${query}`);
    assert.equal(response.status, 200);
    return ((await response.json()) as { conversations: ConversationListItem[] }).conversations;
  };
  const reply = (conversationId: string, body: unknown) =>
    fetch(`${drafting.url}/api/conversations/${conversationId}/replies`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });

  test('the form is held from the customer until the teammate offers it with their reply; then it is confirmed', async () => {
    const session = await createWidgetSession(drafting.url, 'sarah.mitchell@example.com');
    const turn = await run(session, [
      { id: randomUUID(), role: 'user', content: 'Can I switch to every other month, please?' },
    ]);
    assert.equal(stateOf(turn).conversation.lastOutcome?.kind, 'drafted');
    assert.deepEqual(stateOf(turn).pendingActions, [], 'nothing for the customer to confirm');
    assert.deepEqual(
      formCalls(messagesOf(turn)).filter((call) => call.function.name === 'change_frequency'),
      [],
      'no form in the transcript',
    );
    const proposal = await writeRow(session.conversationId);
    assert.equal(proposal?.tool_name, 'change_frequency');
    assert.equal(proposal?.status, 'pending');
    assert.ok(proposal?.held_at instanceof Date, 'the audit row says it is held');
    const draft = await drafting.db
      .selectFrom('messages')
      .select('content')
      .where('conversation_id', '=', session.conversationId)
      .where('private', '=', true)
      .where('author', '=', 'ai')
      .executeTakeFirstOrThrow();
    assert.match(
      draft.content,
      /is held: the customer sees its form only when you reply with "offerChange": true/,
    );

    const early = await run(session, [], {
      resume: [{ interruptId: proposal.tool_call_id, status: 'resolved', payload: { decision: 'approve' } }],
    });
    assert.equal(ofType(early, EventType.RUN_ERROR).length, 1, 'a held change cannot be confirmed');

    // Teammates find it in the operator list of web conversations waiting for a person.
    const waiting = await listed('?channel=web&waiting=true&limit=200');
    const item = waiting.find((c) => c.id === session.conversationId);
    assert.ok(item, 'the drafted conversation waits for a person');
    assert.equal(item.lastOutcome, 'drafted');
    assert.equal(item.lastCustomerMessage?.content, 'Can I switch to every other month, please?');
    assert.match(item.note ?? '', /^📝 AI draft for review/);
    assert.ok(waiting.every((c) => c.channel === 'web' && c.waiting));

    const teammate = 'Hi Sarah, happy to: please confirm every 2 months in the form below.';
    const answered = await reply(session.conversationId, {
      content: teammate,
      agentName: 'Dana',
      offerChange: true,
    });
    assert.equal(answered.status, 202);
    const receipt = (await answered.json()) as {
      offeredChanges: Array<{ actionId: string; toolName: string }>;
    };
    assert.deepEqual(
      receipt.offeredChanges.map(({ actionId, toolName }) => [actionId, toolName]),
      [[proposal.tool_call_id, 'change_frequency']],
    );

    const offered = await eventually(
      async () => {
        const events = await run(session, []);
        const pending = stateOf(events).pendingActions as Array<{ actionId: string }>;
        return pending.length === 1 ? events : undefined;
      },
      20_000,
      'the offered form',
    );
    assert.equal(stateOf(offered).pendingActions[0].actionId, proposal.tool_call_id);
    const messages = messagesOf(offered);
    const said = messages.findIndex(
      (message) => message.role === 'assistant' && message.content === teammate,
    );
    const form = messages.findIndex(
      (message) =>
        message.role === 'assistant' && message.toolCalls?.some((call) => call.id === proposal.tool_call_id),
    );
    assert.ok(said >= 0 && form > said, `the form follows the teammate's reply (${said}, ${form})`);
    const answeredItem = (await listed('?channel=web&limit=200')).find(
      (c) => c.id === session.conversationId,
    );
    assert.equal(answeredItem?.waiting, false, 'answered by a person: no longer waiting');
    assert.ok(!(await listed('?waiting=true&limit=200')).some((c) => c.id === session.conversationId));
    const refused = await fetch(`${drafting.url}/api/conversations?channel=fax`);
    assert.equal(refused.status, 422);
    assert.equal((await errorOf(refused)).code, 'invalid_query');
    assert.equal((await writeRow(session.conversationId))?.held_at, null);

    const confirmed = await run(session, [], {
      resume: [{ interruptId: proposal.tool_call_id, status: 'resolved', payload: { decision: 'approve' } }],
    });
    assert.equal(ofType(confirmed, EventType.RUN_ERROR).length, 0);
    const done = await eventually(
      async () => {
        const row = await writeRow(session.conversationId);
        return row?.status === 'succeeded' ? row : undefined;
      },
      20_000,
      'the executed change',
    );
    assert.equal(done.user_approved, true);
    const subscription = await drafting.db
      .selectFrom('subscriptions')
      .select('frequency')
      .where('customer_id', '=', 'cus_1001')
      .executeTakeFirstOrThrow();
    assert.equal(subscription.frequency, 'bimonthly');

    const again = await reply(session.conversationId, { content: 'Done!', offerChange: true });
    assert.equal(again.status, 409);
    assert.equal((await errorOf(again)).code, 'no_held_change');
  });

  test('a held change nobody offers expires without a word to the customer', async () => {
    const session = await createWidgetSession(drafting.url, 'linda.kowalski@example.com');
    await run(session, [
      { id: randomUUID(), role: 'user', content: "I'd like to pause my subscription for two months" },
    ]);
    const expired = await eventually(
      async () => {
        const row = await writeRow(session.conversationId);
        return row?.status === 'expired' ? row : undefined;
      },
      90_000,
      'the expiry',
    );
    assert.equal(expired.tool_name, 'pause_subscription');
    assert.ok(expired.held_at instanceof Date, 'it was never offered');
    const view = await eventually(
      async () => {
        const events = await run(session, []);
        return stateOf(events).conversation.busy === false ? events : undefined;
      },
      20_000,
      'the settled conversation',
    );
    assert.deepEqual(
      formCalls(messagesOf(view)).filter((call) => call.function.name === 'pause_subscription'),
      [],
      'no form in the transcript',
    );
    assert.ok(
      !messagesOf(view).some(
        (message) => message.role === 'tool' && message.toolCallId === expired.tool_call_id,
      ),
      'and no outcome',
    );
    const told = await drafting.db
      .selectFrom('messages')
      .select('content')
      .where('conversation_id', '=', session.conversationId)
      .where('private', '=', false)
      .where('author', '=', 'ai')
      .execute();
    assert.deepEqual(told, [], 'the customer was told nothing about a change they never saw');
  });
});

describe('widget sessions', () => {
  test('a session is a web conversation with a signed token and a form-link URL', async () => {
    const session = await createWidgetSession(harness.url, 'Sarah.Mitchell@example.com');
    assert.match(session.conversationId, /^conversation-web-[0-9a-f-]{36}$/);
    const url = new URL(session.url);
    assert.equal(url.pathname, '/widget/');
    assert.equal(url.searchParams.get('conversation'), session.conversationId);
    assert.equal(url.searchParams.get('token'), session.token);
    const row = await harness.db
      .selectFrom('conversations')
      .select(['channel', 'customer_email'])
      .where('id', '=', session.conversationId)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { channel: 'web', customer_email: 'sarah.mitchell@example.com' });
  });

  test('before its first message, a conversation speaks the language on the customer’s account', async () => {
    const session = await createWidgetSession(harness.url, 'Noa.BenDavid@example.com');
    const events = await streamRun(session.token, runInput(session.conversationId, []));
    const [state] = ofType<BaseEvent & { snapshot: Record<string, any> }>(events, EventType.STATE_SNAPSHOT);
    assert.equal(state!.snapshot.language, 'he');
  });

  test('an invalid email is refused with a reason', async () => {
    const response = await fetch(`${harness.url}/api/widget/sessions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'not-an-email' }),
    });
    assert.equal(response.status, 422);
    const error = await errorOf(response);
    assert.equal(error.code, 'invalid_session');
    assert.match(error.message, /email/);
  });
});

describe('the widget page', () => {
  test('/widget/ serves the built app; /widget redirects there keeping the query', async () => {
    const page = await fetch(`${harness.url}/widget/`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /text\/html/);
    const html = await page.text();
    assert.match(html, /<div id="root"><\/div>/);
    const script = html.match(/src="(\/widget\/assets\/[^"]+\.js)"/)?.[1];
    assert.ok(script, 'the page loads its bundle from /widget/assets/');
    const bundle = await fetch(`${harness.url}${script}`);
    assert.equal(bundle.status, 200);
    assert.match(bundle.headers.get('cache-control') ?? '', /immutable/);

    const redirect = await fetch(`${harness.url}/widget?conversation=c&token=t`, { redirect: 'manual' });
    assert.equal(redirect.status, 301);
    assert.equal(redirect.headers.get('location'), '/widget/?conversation=c&token=t');
    const formLink = await fetch(`${harness.url}/widget/?conversation=c&token=t`, { redirect: 'manual' });
    assert.equal(formLink.status, 200, 'a form link is served as it is, not redirected to /widget//');
  });
});

describe('transcript', () => {
  const at = (minute: number): Date => new Date(Date.UTC(2026, 10, 23, 10, minute));
  const message = (
    id: number,
    author: string,
    minute: number,
    extra: Partial<MessageRecord> = {},
  ): MessageRecord => ({
    id,
    author,
    private: false,
    content: `${author} ${id}`,
    contentAttributes: null,
    idempotencyKey: author === 'customer' ? `c1:in:m${id}` : `c1:reply:${id}`,
    createdAt: at(minute),
    ...extra,
  });
  const tool = (
    id: number,
    kind: 'read' | 'write',
    minute: number,
    extra: Partial<ToolRecord> = {},
  ): ToolRecord => ({
    id,
    toolCallId: `call-${id}`,
    toolName: kind === 'read' ? 'track_package' : 'pause_subscription',
    kind,
    proposedArgs: kind === 'read' ? {} : { months: 2 },
    approvedArgs: null,
    status: kind === 'read' ? 'succeeded' : 'pending',
    userApproved: null,
    result: kind === 'read' ? { ok: true } : null,
    error: null,
    createdAt: at(minute),
    confirmedAt: null,
    updatedAt: at(minute),
    ...extra,
  });

  test('cards precede the reply, a form follows the reply of its turn, an outcome follows the decision', () => {
    const items = buildTranscript(
      'c1',
      [
        message(1, 'customer', 0),
        message(2, 'ai', 2),
        message(3, 'ai', 2, { private: true, content: 'handoff note' }),
        message(4, 'ai', 6),
        message(5, 'customer', 7),
      ],
      [
        tool(10, 'read', 1),
        tool(11, 'write', 1, {
          status: 'succeeded',
          userApproved: true,
          confirmedAt: at(5),
          updatedAt: at(5),
        }),
      ],
    );
    assert.deepEqual(
      items.map((item) => `${item.kind}:${'id' in item ? item.id : item.toolCallId}`),
      ['user:m1', 'card:call-10', 'text:msg-2', 'form:call-11', 'outcome:call-11', 'text:msg-4', 'user:m5'],
    );
  });
});

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import pino from 'pino';
import { createApp } from '../api/app';
import { HealthState } from '../api/health-state';
import { issueFormToken } from '../api/security/issue-token';
import { loadConfig } from '../config/config';
import type { PendingAction } from '../workflows/action-types';
import { issueConversationToken } from '../workflows/conversation-token';
import { temporalAddress } from './support/kesher-harness';
import { createTestDatabase, type TestDatabase } from './support/test-db';

const SECRET = 'confirm-endpoints-test-secret';
const taskQueue = `confirm-endpoints-${randomUUID()}`;
let testDb: TestDatabase;
let dataDir: string;
let connection: Connection;
let client: Client;
let workerConnection: NativeConnection;
let worker: Worker;
let running: Promise<void>;
const servers: Server[] = [];

/** Starts the API with the given limits; returns its base URL. */
async function startApi(env: Record<string, string> = {}): Promise<string> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PORT: '0',
    KESHER_DATA_DIR: dataDir,
    WIDGET_TOKEN_SECRET: SECRET,
    CONFIRM_RATE_LIMIT: '1000',
    ...env,
  });
  const app = createApp({
    config,
    db: testDb.db,
    temporal: client,
    log: pino({ level: 'silent' }),
    health: new HealthState([]),
  });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

let api: string;

before(async () => {
  testDb = await createTestDatabase();
  dataDir = await mkdtemp(path.join(tmpdir(), 'kesher-confirm-'));
  connection = await Connection.connect({ address: temporalAddress() });
  client = new Client({ connection });
  workerConnection = await NativeConnection.connect({ address: temporalAddress() });
  worker = await Worker.create({
    connection: workerConnection,
    taskQueue,
    workflowsPath: fileURLToPath(new URL('./support/confirm-test-workflow.ts', import.meta.url)),
  });
  running = worker.run();
  api = await startApi();
});

after(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  worker?.shutdown();
  await running;
  await workerConnection?.close();
  await connection?.close();
  await testDb?.destroy();
  await rm(dataDir, { recursive: true, force: true });
});

const now = new Date();
const tokenFor = (conversationId: string, secret = SECRET, ttlSeconds = 3600): string =>
  issueFormToken({ secret, conversationId, ttlSeconds, now });

function action(actionId: string, overrides: Partial<PendingAction> = {}): PendingAction {
  return {
    actionId,
    toolName: 'pause_subscription',
    proposedArgs: { months: 1, start_month: '2026-12' },
    summary: 'Pause your subscription for 1 month, starting with the December 2026 box.',
    createdAt: new Date(Date.now() - 60_000).toISOString(),
    expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    status: 'pending',
    sourceMessageId: 'msg-1',
    ...overrides,
  };
}

/**
 * Starts a stand-in conversation workflow holding `actions`; its validator accepts the token the
 * API issues for the conversation unless `acceptsApiToken` is false.
 */
async function startConversation(actions: PendingAction[], acceptsApiToken = true): Promise<string> {
  const conversationId = `conversation-web-${randomUUID()}`;
  await client.workflow.start('confirmTestWorkflow', {
    taskQueue,
    workflowId: conversationId,
    args: [{ acceptedTokens: acceptsApiToken ? [tokenFor(conversationId)] : [], actions }],
  });
  return conversationId;
}

function confirm(
  base: string,
  conversationId: string,
  actionId: string,
  body: unknown,
  token: string | null = tokenFor(conversationId),
): Promise<Response> {
  return fetch(`${base}/api/conversations/${conversationId}/actions/${actionId}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
}

const pending = (
  conversationId: string,
  token: string | null = tokenFor(conversationId),
): Promise<Response> =>
  fetch(`${api}/api/conversations/${conversationId}/pending-actions`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });

async function errorOf(response: Response): Promise<{ status: number; code: string; message: string }> {
  const body = (await response.json()) as { error: { code: string; message: string } };
  return { status: response.status, ...body.error };
}

describe('token checks on the confirmation endpoints', () => {
  test('no token is 401, a malformed one 401', async () => {
    const conversationId = await startConversation([action('call_a')]);
    assert.deepEqual(await errorOf(await pending(conversationId, null)), {
      status: 401,
      code: 'missing_token',
      message: 'Send the conversation token as Authorization: Bearer <token>.',
    });
    assert.equal((await errorOf(await pending(conversationId, 'not-a-token'))).code, 'malformed_token');
    assert.equal(
      (await errorOf(await confirm(api, conversationId, 'call_a', { decision: 'approve' }, null))).status,
      401,
    );
  });

  test("another conversation's token and a forged one are 403; an expired one is 401", async () => {
    const conversationId = await startConversation([action('call_a')]);
    const other = await startConversation([action('call_b')]);
    const wrong = await errorOf(await pending(conversationId, tokenFor(other)));
    assert.deepEqual([wrong.status, wrong.code], [403, 'wrong_conversation']);
    const forged = await errorOf(
      await pending(conversationId, tokenFor(conversationId, 'some-other-secret-value')),
    );
    assert.deepEqual([forged.status, forged.code], [403, 'invalid_token']);
    const expired = issueConversationToken(SECRET, {
      conversationId,
      expiresAt: Math.floor(Date.now() / 1000) - 5,
    });
    const stale = await errorOf(await pending(conversationId, expired));
    assert.deepEqual([stale.status, stale.code], [401, 'token_expired']);
    const refused = await errorOf(
      await confirm(api, conversationId, 'call_a', { decision: 'approve' }, tokenFor(other)),
    );
    assert.equal(refused.status, 403);
    // Nothing was answered: the action still waits.
    const list = (await (await pending(conversationId)).json()) as { actions: PendingAction[] };
    assert.deepEqual(
      list.actions.map((a) => a.actionId),
      ['call_a'],
    );
  });

  test('a URL that is not a conversation id is 400', async () => {
    const response = await fetch(`${api}/api/conversations/orders-1/pending-actions`, {
      headers: { authorization: `Bearer ${tokenFor('orders-1')}` },
    });
    assert.equal((await errorOf(response)).code, 'invalid_conversation_id');
  });
});

describe('GET pending-actions', () => {
  test("lists the conversation's pending actions from the workflow", async () => {
    const conversationId = await startConversation([
      action('call_1'),
      action('call_2', { toolName: 'skip_month', proposedArgs: { month: '2027-01' } }),
    ]);
    const response = await pending(conversationId);
    assert.equal(response.status, 200);
    const body = (await response.json()) as { conversationId: string; actions: PendingAction[] };
    assert.equal(body.conversationId, conversationId);
    assert.deepEqual(
      body.actions.map((a) => [a.actionId, a.toolName]),
      [
        ['call_1', 'pause_subscription'],
        ['call_2', 'skip_month'],
      ],
    );
  });

  test('a conversation with no workflow is 404', async () => {
    const conversationId = `conversation-web-${randomUUID()}`;
    const failure = await errorOf(await pending(conversationId));
    assert.deepEqual([failure.status, failure.code], [404, 'conversation_not_found']);
  });
});

describe('POST actions/:actionId', () => {
  test('an approval with edited arguments answers 200 with the outcome; a second answer is 409', async () => {
    const conversationId = await startConversation([action('call_ok')]);
    const response = await confirm(api, conversationId, 'call_ok', {
      decision: 'approve',
      args: { months: 2, start_month: '2026-12' },
    });
    assert.equal(response.status, 200);
    const result = (await response.json()) as {
      actionId: string;
      status: string;
      result: { appliedArgs: unknown };
    };
    assert.equal(result.actionId, 'call_ok');
    assert.equal(result.status, 'succeeded');
    assert.deepEqual(result.result.appliedArgs, { months: 2, start_month: '2026-12' });
    const again = await errorOf(await confirm(api, conversationId, 'call_ok', { decision: 'reject' }));
    assert.deepEqual([again.status, again.code], [409, 'action_already_answered']);
  });

  test('a rejection answers 200 with status rejected', async () => {
    const conversationId = await startConversation([action('call_no')]);
    const response = await confirm(api, conversationId, 'call_no', { decision: 'reject' });
    assert.equal(response.status, 200);
    assert.equal(((await response.json()) as { status: string }).status, 'rejected');
  });

  test("an unknown action is 404, also when it is another conversation's action", async () => {
    const mine = await startConversation([action('call_mine')]);
    const theirs = await startConversation([action('call_theirs')]);
    const unknown = await errorOf(await confirm(api, mine, 'call_nope', { decision: 'approve' }));
    assert.deepEqual([unknown.status, unknown.code], [404, 'unknown_action']);
    const crossed = await errorOf(await confirm(api, mine, 'call_theirs', { decision: 'approve' }));
    assert.deepEqual([crossed.status, crossed.code], [404, 'unknown_action']);
    const list = (await (await pending(theirs)).json()) as { actions: PendingAction[] };
    assert.deepEqual(
      list.actions.map((a) => a.actionId),
      ['call_theirs'],
      "the other conversation's action still waits",
    );
  });

  test('an expired action is 410', async () => {
    const conversationId = await startConversation([
      action('call_old', { expiresAt: new Date(Date.now() - 1000).toISOString() }),
    ]);
    const failure = await errorOf(await confirm(api, conversationId, 'call_old', { decision: 'approve' }));
    assert.deepEqual([failure.status, failure.code], [410, 'action_expired']);
  });

  test('edited arguments outside the schema are 422 with the reason', async () => {
    const conversationId = await startConversation([action('call_args')]);
    const failure = await errorOf(
      await confirm(api, conversationId, 'call_args', { decision: 'approve', args: { months: 7 } }),
    );
    assert.deepEqual([failure.status, failure.code], [422, 'invalid_action_args']);
    assert.match(failure.message, /1 to 3 months/);
  });

  test('a token the workflow does not accept is 403 from its validator', async () => {
    const conversationId = await startConversation([action('call_key')], false);
    const failure = await errorOf(await confirm(api, conversationId, 'call_key', { decision: 'approve' }));
    assert.deepEqual([failure.status, failure.code], [403, 'invalid_token']);
  });

  test('a body without a decision is 400', async () => {
    const conversationId = await startConversation([action('call_body')]);
    const failure = await errorOf(await confirm(api, conversationId, 'call_body', { decision: 'maybe' }));
    assert.deepEqual([failure.status, failure.code], [400, 'invalid_body']);
  });

  test('a conversation with no workflow is 404', async () => {
    const conversationId = `conversation-web-${randomUUID()}`;
    const failure = await errorOf(await confirm(api, conversationId, 'call_x', { decision: 'approve' }));
    assert.deepEqual([failure.status, failure.code], [404, 'conversation_not_found']);
  });

  test('confirmations are rate-limited per conversation and client: 429 with a reason', async () => {
    const limited = await startApi({ CONFIRM_RATE_LIMIT: '2', CONFIRM_RATE_WINDOW: '1 minute' });
    const conversationId = await startConversation([action('call_r')]);
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await confirm(limited, conversationId, 'call_missing', { decision: 'approve' })).status);
    assert.deepEqual(statuses, [404, 404, 429]);
    const failure = await errorOf(await confirm(limited, conversationId, 'call_r', { decision: 'approve' }));
    assert.deepEqual([failure.status, failure.code], [429, 'rate_limited']);
    assert.match(failure.message, /at most 2 every 60 s/);
    // Another conversation has its own allowance.
    const other = await startConversation([action('call_o')]);
    assert.equal((await confirm(limited, other, 'call_o', { decision: 'approve' })).status, 200);
  });
});

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import express from 'express';
import { authorizeRun } from '../api/agui/run-auth';
import { createErrorHandler } from '../api/error-handler';
import { HttpError } from '../api/http-error';
import { authorizedConversation, requireConversationToken } from '../api/security/conversation-auth';
import { formLink, issueFormToken } from '../api/security/issue-token';
import { loadConfig } from '../config/config';
import { resolveTokenSecret, TOKEN_SECRET_FILE, withTokenSecret } from '../config/token-secret';
import {
  conversationKey,
  issueConversationToken,
  readTokenClaims,
  verifyConversationToken,
} from '../workflows/conversation-token';
import pino from 'pino';
import { temporalAddress } from './support/kesher-harness';

const SECRET = 'token-test-secret-0123456789';
const A = 'conversation-1-42';
const B = 'conversation-web-3f2b';
const NOW = 1_795_000_000;

const tokenFor = (conversationId: string, expiresAt = NOW + 3600, secret = SECRET): string =>
  issueConversationToken(secret, { conversationId, expiresAt });
const verify = (token: string, conversationId: string, nowSeconds = NOW) =>
  verifyConversationToken(conversationKey(SECRET, conversationId), token, conversationId, nowSeconds);

describe('conversation tokens (HMAC, per-conversation key, expiry)', () => {
  test('a token issued for a conversation verifies for it until it expires', () => {
    const token = tokenFor(A);
    assert.equal(verify(token, A), null);
    assert.deepEqual(readTokenClaims(token), { conversationId: A, expiresAt: NOW + 3600 });
    assert.equal(verify(token, A, NOW + 3599), null);
    assert.equal(verify(token, A, NOW + 3600), 'expired');
  });

  test('a tampered payload or signature is refused', () => {
    const token = tokenFor(A);
    const [payload, signature] = token.split('.') as [string, string];
    const longer = tokenFor(A, NOW + 10 * 365 * 86_400).split('.')[0];
    assert.equal(verify(`${longer}.${signature}`, A), 'bad_signature', 'a later expiry cannot be grafted on');
    const flipped = `${signature.slice(0, -1)}${signature.endsWith('0') ? '1' : '0'}`;
    assert.equal(verify(`${payload}.${flipped}`, A), 'bad_signature');
    assert.equal(verify(tokenFor(A, NOW + 3600, 'another-secret-entirely'), A), 'bad_signature');
  });

  test("another conversation's token does not open this one", () => {
    const tokenOfB = tokenFor(B);
    // Checked with A's key, B's signature fails; checked with B's key for A, the claims do.
    assert.equal(verify(tokenOfB, A), 'bad_signature');
    assert.equal(verifyConversationToken(conversationKey(SECRET, B), tokenOfB, A, NOW), 'wrong_conversation');
    assert.notEqual(conversationKey(SECRET, A), conversationKey(SECRET, B));
  });

  test('malformed tokens are named as such', () => {
    for (const token of [
      '',
      'abc',
      'a.b.c',
      `${tokenFor(A).split('.')[0]}.nothex`,
      'e30.' + '0'.repeat(64),
    ]) {
      assert.equal(verify(token, A), 'malformed', token);
    }
  });

  test('form tokens last the configured time and links carry the conversation and token', () => {
    const now = new Date(NOW * 1000);
    const token = issueFormToken({ secret: SECRET, conversationId: B, ttlSeconds: 7 * 86_400, now });
    assert.equal(readTokenClaims(token)?.expiresAt, NOW + 7 * 86_400);
    const link = new URL(formLink('https://support.example.com', B, token));
    assert.equal(link.origin + link.pathname, 'https://support.example.com/widget/');
    assert.equal(link.searchParams.get('conversation'), B);
    assert.equal(link.searchParams.get('token'), token);
    assert.equal(new URL(formLink('https://x.example.com/kesher/', A, token)).pathname, '/kesher/widget/');
  });
});

describe('the token secret', () => {
  test('WIDGET_TOKEN_SECRET wins; unset, one is generated once and kept in the data directory', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'kesher-secret-'));
    try {
      assert.equal(
        resolveTokenSecret({ configured: 'configured-secret-value', dataDir }),
        'configured-secret-value',
      );
      const first = resolveTokenSecret({ configured: undefined, dataDir });
      assert.match(first, /^[0-9a-f]{64}$/);
      assert.equal(resolveTokenSecret({ configured: undefined, dataDir }), first, 'a restart reuses it');
      const file = path.join(dataDir, TOKEN_SECRET_FILE);
      assert.equal((await readFile(file, 'utf8')).trim(), first);
      assert.equal((await stat(file)).mode & 0o777, 0o600);
      const config = withTokenSecret(loadConfig({ KESHER_DATA_DIR: dataDir }));
      assert.equal(config.widget.tokenSecret, first);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('the Bearer-token middleware', () => {
  async function serve(run: (base: string) => Promise<void>): Promise<void> {
    const app = express();
    app.get(
      '/api/conversations/:conversationId/ping',
      requireConversationToken({ secret: SECRET, from: 'path', now: () => new Date(NOW * 1000) }),
      (_req, res) => {
        res.json(authorizedConversation(res));
      },
    );
    app.use(createErrorHandler(pino({ level: 'silent' })));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      await run(`http://127.0.0.1:${(server.address() as { port: number }).port}`);
    } finally {
      server.close();
    }
  }

  test('401 without, with an unreadable or an expired token; 403 forged or for another conversation', async () => {
    await serve(async (base) => {
      const call = async (conversationId: string, authorization?: string) => {
        const response = await fetch(`${base}/api/conversations/${conversationId}/ping`, {
          headers: authorization ? { authorization } : {},
        });
        return [
          response.status,
          ((await response.json()) as { error?: { code: string } }).error?.code ?? 'ok',
        ];
      };
      assert.deepEqual(await call(A), [401, 'missing_token']);
      assert.deepEqual(await call(A, 'Basic abc'), [401, 'malformed_token']);
      assert.deepEqual(await call(A, 'Bearer abc'), [401, 'malformed_token']);
      assert.deepEqual(await call(A, `Bearer ${tokenFor(B)}`), [403, 'wrong_conversation']);
      assert.deepEqual(await call(A, `Bearer ${tokenFor(A, NOW + 60, 'forger-secret-value')}`), [
        403,
        'invalid_token',
      ]);
      assert.deepEqual(await call(A, `Bearer ${tokenFor(A, NOW - 1)}`), [401, 'token_expired']);
      assert.deepEqual(await call(A, `Bearer ${tokenFor(A)}`), [200, 'ok']);
    });
  });

  test('the AG-UI run endpoint refuses every token as the REST endpoints do', async () => {
    await serve(async (base) => {
      const tokens = {
        unreadable: 'abc',
        other: tokenFor(B),
        forged: tokenFor(A, NOW + 60, 'forger-secret-value'),
        expired: tokenFor(A, NOW - 1),
      };
      for (const [what, token] of Object.entries(tokens)) {
        const response = await fetch(`${base}/api/conversations/${A}/ping`, {
          headers: { authorization: `Bearer ${token}` },
        });
        const rest = [response.status, ((await response.json()) as { error: { code: string } }).error.code];
        const agui = (() => {
          try {
            authorizeRun(SECRET, token, A, NOW);
            return [200, 'ok'];
          } catch (error) {
            assert.ok(error instanceof HttpError, what);
            return [error.status, error.code];
          }
        })();
        assert.deepEqual(agui, rest, `${what}: AG-UI ${agui.join(' ')}, REST ${rest.join(' ')}`);
      }
      assert.equal(authorizeRun(SECRET, tokenFor(A), A, NOW), tokenFor(A));
    });
  });
});

describe('inside the workflow sandbox', () => {
  test("the workflow's validator verifies the same token the API issued", async () => {
    const connection = await NativeConnection.connect({ address: temporalAddress() });
    const clientConnection = await Connection.connect({ address: temporalAddress() });
    const taskQueue = `token-sandbox-${randomUUID()}`;
    const worker = await Worker.create({
      connection,
      taskQueue,
      workflowsPath: fileURLToPath(new URL('./support/token-sandbox-workflow.ts', import.meta.url)),
    });
    try {
      await worker.runUntil(async () => {
        const client = new Client({ connection: clientConnection });
        const check = (token: string) =>
          client.workflow.execute('tokenSandboxWorkflow', {
            taskQueue,
            workflowId: `token-sandbox-${randomUUID()}`,
            args: [{ key: conversationKey(SECRET, A), token, conversationId: A, nowSeconds: NOW }],
          });
        assert.equal(await check(tokenFor(A)), null);
        assert.equal(await check(tokenFor(A, NOW - 1)), 'expired');
        assert.equal(await check(tokenFor(B)), 'bad_signature');
      });
    } finally {
      await clientConnection.close();
      await connection.close();
    }
  });
});

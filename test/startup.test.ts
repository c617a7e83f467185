import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import pino from 'pino';
import { loadConfig } from '../config/config';
import { StartupError } from '../workers/startup-error';
import { startKesher } from '../workers/system';
import { temporalAddress } from './support/kesher-harness';
import { createTestDatabase, type TestDatabase } from './support/test-db';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Something already listening on the API's port, as a Kesher left running would be. */
let squatter: net.Server;
let port: number;
let testDb: TestDatabase;

before(async () => {
  squatter = net.createServer();
  await new Promise<void>((resolve) => squatter.listen(0, resolve));
  port = (squatter.address() as net.AddressInfo).port;
  testDb = await createTestDatabase();
});
after(async () => {
  await new Promise((resolve) => squatter.close(resolve));
  await testDb?.destroy();
});

describe('starting on a port that is taken', () => {
  test('`npm start` says the port is in use, before starting Temporal, and exits 1 without a stack trace', () => {
    const started = Date.now();
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'workers/main.ts'], {
      cwd: root,
      env: { ...process.env, PORT: String(port), TEMPORAL_ADDRESS: '', LOG_LEVEL: 'info' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stderr, new RegExp(`Port ${port} is already in use`));
    assert.match(result.stderr, /set PORT to a free port/);
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
    assert.doesNotMatch(result.stdout, /Temporal|dev server|knowledge base/i, 'nothing was started');
    assert.ok(Date.now() - started < 30_000);
  });

  test('the API that loses the port between the check and listen fails with the same clear error', async () => {
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PORT: String(port) });
    await assert.rejects(
      startKesher({
        config,
        log: pino({ level: 'silent' }),
        temporalAddress: temporalAddress(),
        roles: { api: true, worker: false },
        overrides: { db: testDb.db },
      }),
      (error: unknown) => error instanceof StartupError && error.message.includes(`Port ${port}`),
    );
  });
});

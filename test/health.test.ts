import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { describe, test } from 'node:test';
import pino from 'pino';
import type { AppContext } from '../api/app-context';
import { createApp } from '../api/app';
import { HealthState } from '../api/health-state';
import { loadConfig } from '../config/config';

describe('GET /health', () => {
  test('is 503 until the database, Temporal and the worker are up, then 200 {"status":"ok"}', async () => {
    const health = new HealthState(['database', 'temporal', 'worker']);
    // The health route reads only the health state; nothing else in the context is touched.
    const ctx = { config: loadConfig({}), log: pino({ level: 'silent' }), health } as unknown as AppContext;
    const server = createApp(ctx).listen(0);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/health`;
    try {
      const starting = await fetch(url);
      assert.equal(starting.status, 503);
      assert.deepEqual(await starting.json(), {
        status: 'starting',
        waitingFor: ['database', 'temporal', 'worker'],
      });
      health.markUp('database');
      health.markUp('temporal');
      assert.equal((await fetch(url)).status, 503);
      health.markUp('worker');
      const ready = await fetch(url);
      assert.equal(ready.status, 200);
      assert.deepEqual(await ready.json(), { status: 'ok' });
      health.markDown('worker');
      assert.equal((await fetch(url)).status, 503, 'a worker that stops turns health red again');
      assert.equal((await fetch(url.replace('/health', '/nope'))).status, 404);
    } finally {
      server.close();
    }
  });
});

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, test } from 'node:test';
import { Client, Connection } from '@temporalio/client';
import { freePort } from '../workers/free-port';
import { conversationViewQuery } from '../workflows/messages';
import { eventually } from './support/kesher-harness';
import { listLearningSchedules } from './support/temporal-cli';
import { customerMessage, postWebhook } from './support/webhooks';

const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kesher-start-'));

after(() => rmSync(dataDir, { recursive: true, force: true }));

async function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('npm start on embedded defaults', () => {
  test(
    'brings up API, worker, database and a Temporal dev server with its Web UI, and Ctrl-C stops it all',
    { timeout: 240_000 },
    async () => {
      const [port, devPort, uiPort] = [await freePort(), await freePort(), await freePort()];
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        KESHER_DATA_DIR: dataDir,
        PORT: String(port),
        TEMPORAL_DEV_PORT: String(devPort),
        TEMPORAL_UI_PORT: String(uiPort),
        // info: the worker's warm-up is checked by its log line.
        LOG_LEVEL: 'info',
        NODE_ENV: 'development',
      };
      // Embedded defaults: no database URL, no cluster, no Chatwoot, no keys.
      for (const name of [
        'DATABASE_URL',
        'TEMPORAL_ADDRESS',
        'CHATWOOT_BASE_URL',
        'CHATWOOT_WEBHOOK_SECRET',
        'OPENAI_API_KEY',
        'ANTHROPIC_API_KEY',
      ])
        delete env[name];
      const child = spawn('npm', ['start', '--silent'], {
        cwd: root,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

      try {
        const api = `http://127.0.0.1:${port}`;
        await eventually(
          async () =>
            (await fetch(`${api}/health`).catch(() => undefined))?.status === 200 ? true : undefined,
          180_000,
          `/health to answer 200\n${output}`,
        );
        assert.match(output, /Temporal UI\s+http:\/\/127\.0\.0\.1:\d+/);
        assert.match(output, /embedded PGlite/);
        // The worker ran the offline models over samples before taking work.
        assert.match(output, /offline models warmed up/);

        const accepted = await postWebhook(
          api,
          customerMessage({
            conversationId: 55,
            messageId: 55_001,
            content: 'Hello! When will my December box ship?',
            email: 'sarah.mitchell@example.com',
          }),
          { secret: null },
        );
        assert.equal(accepted.status, 200);

        const connection = await Connection.connect({ address: `127.0.0.1:${devPort}` });
        try {
          const client = new Client({ connection });
          const view = await eventually(
            async () => {
              const state = await client.workflow
                .getHandle('conversation-1-55')
                .query(conversationViewQuery)
                .catch(() => undefined);
              return state && state.turnCount === 1 ? state : undefined;
            },
            60_000,
            'the turn to complete',
          );
          // The AI answered: sent, or drafted for a human when the router is not confident enough.
          assert.ok(
            ['sent', 'drafted'].includes(view.lastOutcome?.kind ?? ''),
            `outcome ${view.lastOutcome?.kind}`,
          );
        } finally {
          await connection.close();
        }

        // The learning schedules exist on the dev server `npm start` runs, as the real CLI lists them.
        const schedules = await listLearningSchedules(`127.0.0.1:${devPort}`);
        if (schedules) {
          for (const workflowType of [
            'weeklyEvalLearningWorkflow',
            'weeklyCorrectionLearningWorkflow',
            'dailyGoldenEvalWorkflow',
          ])
            assert.match(schedules, new RegExp(workflowType));
        }

        // The Web UI serves the run (its own HTTP API, as the browser page uses it).
        const listed = await eventually(
          async () => {
            const response = await fetch(
              `http://127.0.0.1:${uiPort}/api/v1/namespaces/default/workflows?query=${encodeURIComponent('WorkflowId="conversation-1-55"')}`,
            ).catch(() => undefined);
            const body = response?.ok
              ? ((await response.json()) as { executions?: Array<{ execution: { workflowId: string } }> })
              : undefined;
            return body?.executions?.length ? body.executions : undefined;
          },
          30_000,
          'the Web UI to list the run',
        );
        assert.equal(listed[0]!.execution.workflowId, 'conversation-1-55');
        assert.equal((await fetch(`http://127.0.0.1:${uiPort}/`)).status, 200);
      } finally {
        process.kill(-child.pid!, 'SIGINT');
      }
      const code = await Promise.race([
        exited,
        new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 30_000)),
      ]);
      if (code === 'hung') process.kill(-child.pid!, 'SIGKILL');
      assert.notEqual(code, 'hung', `npm start did not stop on Ctrl-C\n${output}`);
      assert.equal(await isListening(port), false, 'the API port is released');
      assert.equal(await isListening(devPort), false, 'the dev server is stopped');
    },
  );
});

import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { conversationViewQuery } from '../workflows/messages';
import {
  CHATWOOT_TOKEN,
  eventually,
  startHarness,
  temporalAddress,
  type Harness,
} from './support/kesher-harness';
import { customerMessage, postWebhook } from './support/webhooks';

const root = fileURLToPath(new URL('..', import.meta.url));
let harness: Harness;
const workers: ChildProcess[] = [];

before(async () => {
  // The API runs here; workers run as separate processes so one can be killed outright.
  harness = await startHarness({ worker: false });
});
after(async () => {
  for (const worker of workers) worker.kill('SIGKILL');
  await harness?.close();
});

function startWorkerProcess(): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'workers/main.ts', '--role', 'worker'], {
    cwd: root,
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      DATABASE_URL: harness.databaseUrl,
      TEMPORAL_ADDRESS: temporalAddress(),
      TEMPORAL_TASK_QUEUE: harness.config.temporal.taskQueue,
      CHATWOOT_BASE_URL: harness.chatwoot.url,
      CHATWOOT_API_TOKEN: CHATWOOT_TOKEN,
      // The suite shares one Temporal: only the schedule tests create the fixed-id schedules.
      SCHEDULES_ENABLED: 'false',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  workers.push(child);
  return child;
}

describe('a worker dies in the middle of a turn', () => {
  test(
    'a new worker completes the turn and the customer gets exactly one reply',
    { timeout: 120_000 },
    async () => {
      const conversationId = 4242;
      // Chatwoot creates the message but answers only after the worker is gone: the worst case,
      // a side effect that happened without the activity hearing of it.
      harness.chatwoot.delayNext(60_000);
      const first = startWorkerProcess();

      const response = await postWebhook(
        harness.url,
        customerMessage({
          conversationId,
          messageId: 880_001,
          content: 'hola, ¿dónde está mi caja de noviembre? ¿cuándo llega a Guadalajara?',
          email: 'mateo.rodriguez@example.org',
        }),
        { deliveryId: randomUUID() },
      );
      assert.equal(response.status, 200);

      const path = `/api/v1/accounts/1/conversations/${conversationId}/messages`;
      await eventually(
        () =>
          harness.chatwoot.requests.some((r) => r.method === 'POST' && r.path === path) ? true : undefined,
        60_000,
        'the first worker to post the reply',
      );
      first.kill('SIGKILL');
      await new Promise((resolve) => first.once('exit', resolve));
      startWorkerProcess();

      const handle = harness.system.client.workflow.getHandle(`conversation-1-${conversationId}`);
      const view = await eventually(
        async () => {
          const state = await handle.query(conversationViewQuery).catch(() => undefined);
          return state && state.turnCount === 1 && !state.busy ? state : undefined;
        },
        90_000,
        'the turn to complete on the second worker',
      );
      // The AI answered (sent, or a draft for a human: the decision is not what this test is about).
      assert.ok(
        ['sent', 'drafted'].includes(view.lastOutcome?.kind ?? ''),
        `outcome ${view.lastOutcome?.kind}`,
      );

      const replies = harness.chatwoot
        .messages(1, conversationId)
        .filter(
          (m) => m.message_type === 1 && String(m.content_attributes['kesher_key'] ?? '').includes(':reply:'),
        );
      assert.equal(replies.length, 1, 'exactly one answer reached Chatwoot');
      const outbox = await harness.db
        .selectFrom('outbox')
        .select(['status', 'attempts'])
        .where('conversation_id', '=', `conversation-1-${conversationId}`)
        .execute();
      assert.deepEqual(
        outbox.map((row) => row.status),
        ['sent'],
      );
      assert.ok(outbox[0]!.attempts >= 2, 'the delivery was retried by the second worker');
    },
  );
});

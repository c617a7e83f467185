import { WorkflowNotFoundError } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import pino from 'pino';
import { loadConfig, type AppConfig } from '../../config/config';
import type { Database } from '../../schema/tables';
import { startKesher, type KesherSystem } from '../../workers/system';
import { buildActivityDeps } from '../../workers/activity-deps';
import { createActivities } from '../../activities/create-activities';
import type { OfflineHandlers } from '../../activities/llm';
import { offlineHandlers } from '../../activities/offline/handlers';
import { loadTaxonomy } from '../../activities/taxonomy';
import { startFakeChatwoot, type FakeChatwoot } from './fake-chatwoot-server';
import { createTestDatabase } from './test-db';
import { workflowBundle } from './workflow-bundle';

export const CHATWOOT_TOKEN = 'test-chatwoot-token';
export const WEBHOOK_SECRET = 'test-webhook-secret-24chr';

export interface Harness {
  url: string;
  config: AppConfig;
  db: Kysely<Database>;
  databaseUrl: string;
  system: KesherSystem;
  chatwoot: FakeChatwoot;
  close(): Promise<void>;
}

/** The Temporal frontend the suite runs against (started by scripts/run-tests.ts). */
export function temporalAddress(): string {
  const address = process.env.TEMPORAL_ADDRESS;
  if (!address) throw new Error('TEMPORAL_ADDRESS is not set: run the suite with `npm test`.');
  return address;
}

/**
 * The whole system in-process, against the real Temporal dev server and a fresh PostgreSQL
 * database; only Chatwoot (across the network) is a fake that speaks its API.
 */
export async function startHarness(
  options: {
    env?: Record<string, string>;
    worker?: boolean;
    chatwoot?: boolean;
    /** Stand-in model behaviour for some task kinds (the rest stay the real offline handlers). */
    offlineHandlers?: OfflineHandlers;
  } = {},
): Promise<Harness> {
  const database = await createTestDatabase({ seed: true });
  const chatwoot = await startFakeChatwoot({ token: CHATWOOT_TOKEN });
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PORT: '0',
    DATABASE_URL: database.url,
    TEMPORAL_ADDRESS: temporalAddress(),
    TEMPORAL_TASK_QUEUE: `test-${randomUUID()}`,
    ...(options.chatwoot === false
      ? {}
      : { CHATWOOT_BASE_URL: chatwoot.url, CHATWOOT_API_TOKEN: CHATWOOT_TOKEN }),
    CHATWOOT_WEBHOOK_SECRET: WEBHOOK_SECRET,
    // The demo data is written against this day (fixtures/README.md).
    KESHER_TODAY: '2026-11-23',
    // Schedule ids are fixed and the suite shares one Temporal: only the schedule tests create them.
    SCHEDULES_ENABLED: 'false',
    // Seconds of CPU per worker start; npm-start checks it runs, offline-warm-up what it does.
    OFFLINE_WARMUP: 'false',
    ...options.env,
  });
  const system = await startKesher({
    config,
    log: pino({ level: 'silent' }),
    temporalAddress: temporalAddress(),
    roles: { api: true, worker: options.worker ?? true },
    overrides: {
      db: database.db,
      workflowBundle: await workflowBundle(),
      ...(options.offlineHandlers
        ? {
            offlineHandlers: { ...offlineHandlers({ taxonomy: loadTaxonomy() }), ...options.offlineHandlers },
          }
        : {}),
    },
  });
  return {
    url: system.url!,
    config,
    db: database.db,
    databaseUrl: database.url,
    system,
    chatwoot,
    async close() {
      await system.close();
      await chatwoot.close();
      await database.destroy();
    },
  };
}

/** The activities as the harness's worker has them, to call in-process (no Temporal). */
export function harnessActivities(harness: Harness): ReturnType<typeof createActivities> {
  return createActivities(
    buildActivityDeps({ config: harness.config, db: harness.db, log: pino({ level: 'silent' }) }),
  );
}

/**
 * Polls until `check` returns a value (not undefined), or fails after `timeoutMs`. A workflow not
 * found yet counts as not yet: a webhook answers once the delivery is in the inbox, and the
 * conversation's run starts a moment later.
 */
export async function eventually<T>(
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 20_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await Promise.resolve()
      .then(check)
      .catch((error: unknown) => {
        if (error instanceof WorkflowNotFoundError) return undefined;
        throw error;
      });
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
  }
}

/** The audit row of the conversation's first proposed change (write tool), if there is one. */
export function firstWriteAction(db: Kysely<Database>, conversationId: string) {
  return db
    .selectFrom('tool_executions')
    .selectAll()
    .where('conversation_id', '=', conversationId)
    .where('kind', '=', 'write')
    .executeTakeFirst();
}

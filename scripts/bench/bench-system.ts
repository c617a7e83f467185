import { randomInt, randomUUID } from 'node:crypto';
import pino from 'pino';
import { loadConfig, type AppConfig } from '../../config/config';
import { CHATWOOT_TOKEN, WEBHOOK_SECRET } from '../../test/support/kesher-harness';
import { startFakeChatwoot, type FakeChatwoot } from '../../test/support/fake-chatwoot-server';
import { createTestDatabase } from '../../test/support/test-db';
import { workflowBundle } from '../../test/support/workflow-bundle';
import { startKesher, type KesherSystem } from '../../workers/system';
import { trackReplies, type ReplyTracker } from './reply-tracker';

/** Kesher in this process (API and worker), a fake Chatwoot as the reply sink, a fresh database. */
export interface BenchSystem {
  url: string;
  /**
   * The Chatwoot account this run's conversations belong to, fresh per run: workflow ids embed it,
   * so a run against a long-lived Temporal (TEMPORAL_ADDRESS) never signals an earlier run's workflows.
   */
  accountId: number;
  config: AppConfig;
  databaseUrl: string;
  system: KesherSystem;
  chatwoot: FakeChatwoot;
  replies: ReplyTracker;
  close(): Promise<void>;
}

/**
 * Starts the system as the harness does, with one difference that matters for the figures: Kesher
 * opens the database itself (migrations, seeding, the production pool size) instead of borrowing
 * the test helper's small pool, so the benchmark measures what `npm start` would run.
 */
export async function startBenchSystem(
  temporalAddress: string,
  options: { worker?: boolean } = {},
): Promise<BenchSystem> {
  const database = await createTestDatabase({ migrate: false });
  const chatwoot = await startFakeChatwoot({ token: CHATWOOT_TOKEN });
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    PORT: '0',
    DATABASE_URL: database.url,
    TEMPORAL_ADDRESS: temporalAddress,
    TEMPORAL_TASK_QUEUE: `bench-${randomUUID()}`,
    CHATWOOT_BASE_URL: chatwoot.url,
    CHATWOOT_API_TOKEN: CHATWOOT_TOKEN,
    CHATWOOT_WEBHOOK_SECRET: WEBHOOK_SECRET,
    KESHER_TODAY: '2026-11-23',
    // The learning schedules have fixed ids: a benchmark must not re-point a deployment's at its queue.
    SCHEDULES_ENABLED: 'false',
  });
  let system: KesherSystem;
  try {
    system = await startKesher({
      config,
      log: pino({ level: 'silent' }),
      temporalAddress,
      roles: { api: true, worker: options.worker ?? true },
      overrides: { workflowBundle: await workflowBundle() },
    });
  } catch (error) {
    await chatwoot.close();
    await database.destroy();
    throw error;
  }
  const replies = trackReplies(chatwoot);
  return {
    url: system.url!,
    accountId: randomInt(1_000, 1_000_000),
    config,
    databaseUrl: database.url,
    system,
    chatwoot,
    replies,
    async close() {
      replies.stop();
      await system.close();
      await chatwoot.close();
      await database.destroy();
    },
  };
}

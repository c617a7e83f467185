import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { loadConfig, type AppConfig } from '../../config/config';
import { CHATWOOT_TOKEN, WEBHOOK_SECRET } from '../../test/support/kesher-harness';
import { startFakeChatwoot, type FakeChatwoot } from '../../test/support/fake-chatwoot-server';
import { createTestDatabase } from '../../test/support/test-db';
import { startKesher, type KesherSystem } from '../../workers/system';
import { trackReplies, type ReplyTracker } from './reply-tracker';

/**
 * Kesher as it is deployed: the API in this process, the worker in its own (`workers/main.ts
 * --role worker`), a fake Chatwoot as the reply sink and a fresh database. With the worker in this
 * process its CPU work would stall the webhook's event loop, and the acknowledgement would measure
 * the worker rather than the API.
 */
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
  /** The worker process's resident memory now, in MB. */
  workerRssMb(): Promise<number>;
  close(): Promise<void>;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WORKER_READY = /Kesher is running/;
const WORKER_START_TIMEOUT_MS = 120_000;

/**
 * Starts `workers/main.ts --role worker` with `env`; resolves once it prints that it is running.
 * `BENCH_WORKER_NODE_ARGS` adds Node flags to it, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
 */
async function startWorkerProcess(env: Record<string, string>): Promise<ChildProcess> {
  const nodeArgs = process.env.BENCH_WORKER_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? [];
  const args = [...nodeArgs, '--import', 'tsx', 'workers/main.ts', '--role', 'worker'];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(`the worker process did not start within ${WORKER_START_TIMEOUT_MS / 1000} s:\n${output}`),
      );
    }, WORKER_START_TIMEOUT_MS);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (!WORKER_READY.test(output)) return;
      clearTimeout(timer);
      resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the worker process exited with ${code} before it started:\n${output}`));
    });
  });
  // Keep draining its output so a chatty worker never blocks on a full pipe.
  child.stdout!.resume();
  child.stderr!.resume();
  return child;
}

async function stopWorkerProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

async function rssMbOf(pid: number | undefined): Promise<number> {
  if (pid === undefined) return Number.NaN;
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
  return kb ? Number(kb) / 1024 : Number.NaN;
}

/**
 * Starts the system as the harness does, with one difference that matters for the figures: Kesher
 * opens the database itself (migrations, seeding, the production pool size) instead of borrowing
 * the test helper's small pool, so the benchmark measures what `npm start` would run.
 */
export async function startBenchSystem(temporalAddress: string): Promise<BenchSystem> {
  const database = await createTestDatabase({ migrate: false });
  const chatwoot = await startFakeChatwoot({ token: CHATWOOT_TOKEN });
  const env = {
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
    // Both processes sign and check form tokens: they must share the secret.
    WIDGET_TOKEN_SECRET: randomBytes(24).toString('hex'),
  };
  const config = loadConfig(env);
  let system: KesherSystem | undefined;
  let worker: ChildProcess | undefined;
  try {
    // The API first: it migrates and seeds the database the worker then opens.
    system = await startKesher({
      config,
      log: pino({ level: 'silent' }),
      temporalAddress,
      roles: { api: true, worker: false },
    });
    worker = await startWorkerProcess({ ...env, LOG_LEVEL: 'warn', PORT: '0' });
  } catch (error) {
    await system?.close();
    await chatwoot.close();
    await database.destroy();
    throw error;
  }
  const api = system;
  const workerProcess = worker;
  const replies = trackReplies(chatwoot);
  return {
    url: api.url!,
    accountId: randomInt(1_000, 1_000_000),
    config,
    databaseUrl: database.url,
    system: api,
    chatwoot,
    replies,
    workerRssMb: () => rssMbOf(workerProcess.pid),
    async close() {
      replies.stop();
      await stopWorkerProcess(workerProcess);
      await api.close();
      await chatwoot.close();
      await database.destroy();
    },
  };
}

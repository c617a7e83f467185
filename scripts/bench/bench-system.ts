import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import { loadConfig, type AppConfig } from '../../config/config';
import { CHATWOOT_TOKEN, WEBHOOK_SECRET } from '../../test/support/kesher-harness';
import { startFakeChatwoot, type FakeChatwoot } from '../../test/support/fake-chatwoot-server';
import { createTestDatabase } from '../../test/support/test-db';
import { freePort } from '../../workers/free-port';
import { applyPriorities, type AppliedPriorities } from './priority';
import { trackReplies, type ReplyTracker } from './reply-tracker';

/**
 * Kesher as it is deployed: the API in its own process (`workers/main.ts --role api`), the worker
 * in another (`--role worker`), a fake Chatwoot as the reply sink and a fresh database. This process
 * only sends the load and receives the replies. Sharing an event loop with the worker, or with the
 * load generator and the reply sink, would stall the webhook's, and the acknowledgement would
 * measure them rather than the API.
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
  /** A Temporal client of this process's own, for reading histories. */
  client: Client;
  chatwoot: FakeChatwoot;
  replies: ReplyTracker;
  /** The nice value each process runs at (scripts/bench/priority.ts). */
  priorities: AppliedPriorities;
  /** The API's and the worker's processes, for their CPU time. */
  pids: { api: number | undefined; worker: number | undefined };
  /** The worker process's resident memory now, in MB. */
  workerRssMb(): Promise<number>;
  close(): Promise<void>;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const READY = /Kesher is running/;
const START_TIMEOUT_MS = 120_000;

/**
 * Starts `node --import tsx <script> [args]` from the project's root with `env` added; resolves once
 * its output matches `ready`. `nodeArgs` are Node flags placed before the script.
 */
export async function startNodeProcess(options: {
  label: string;
  script: string;
  args?: string[];
  env: Record<string, string>;
  nodeArgs?: string[];
  ready: RegExp;
}): Promise<ChildProcess> {
  const { label, ready } = options;
  const args = [...(options.nodeArgs ?? []), '--import', 'tsx', options.script, ...(options.args ?? [])];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the ${label} process did not start within ${START_TIMEOUT_MS / 1000} s:\n${output}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (!ready.test(output)) return;
      clearTimeout(timer);
      resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the ${label} process exited with ${code} before it started:\n${output}`));
    });
  });
  // Keep draining its output so a chatty process never blocks on a full pipe.
  child.stdout!.resume();
  child.stderr!.resume();
  return child;
}

/**
 * Starts `workers/main.ts --role <role>` with `env`; resolves once it prints that it is running.
 * `BENCH_WORKER_NODE_ARGS` and `BENCH_API_NODE_ARGS` add Node flags to the worker and the API,
 * e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
 */
async function startKesherProcess(
  role: 'api' | 'worker',
  env: Record<string, string>,
): Promise<ChildProcess> {
  const flags = role === 'worker' ? process.env.BENCH_WORKER_NODE_ARGS : process.env.BENCH_API_NODE_ARGS;
  return startNodeProcess({
    label: role,
    script: 'workers/main.ts',
    args: ['--role', role],
    env,
    nodeArgs: flags?.split(/\s+/).filter(Boolean) ?? [],
    ready: READY,
  });
}

/** Ends a process started here: SIGTERM, then SIGKILL after 15 s. */
export async function stopProcess(child: ChildProcess): Promise<void> {
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
 * Starts the API and then the worker, each in its own process, as `npm start --role` would run them.
 * Kesher opens the database itself (migrations, seeding, the production pool size) instead of
 * borrowing the test helper's small pool, so the benchmark measures what a deployment would run.
 */
export async function startBenchSystem(temporal: {
  address: string;
  /** The dev server's process, when this run started it: it is put in the background. */
  pid: number | undefined;
}): Promise<BenchSystem> {
  const temporalAddress = temporal.address;
  const database = await createTestDatabase({ migrate: false });
  const chatwoot = await startFakeChatwoot({ token: CHATWOOT_TOKEN });
  const port = await freePort();
  const env = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    PORT: String(port),
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
  const started: ChildProcess[] = [];
  let connection: Connection | undefined;
  try {
    // The API first: it migrates and seeds the database the worker then opens.
    started.push(await startKesherProcess('api', env));
    started.push(await startKesherProcess('worker', { ...env, PORT: '0' }));
    connection = await Connection.connect({ address: temporalAddress });
  } catch (error) {
    for (const child of started.reverse()) await stopProcess(child);
    await chatwoot.close();
    await database.destroy();
    throw error;
  }
  const [api, worker] = started as [ChildProcess, ChildProcess];
  const priorities = applyPriorities({ temporal: temporal.pid, worker: worker.pid });
  const historyConnection = connection;
  const replies = trackReplies(chatwoot);
  return {
    url: `http://127.0.0.1:${port}`,
    accountId: randomInt(1_000, 1_000_000),
    config,
    databaseUrl: database.url,
    client: new Client({ connection: historyConnection, namespace: config.temporal.namespace }),
    chatwoot,
    replies,
    priorities,
    pids: { api: api.pid, worker: worker.pid },
    workerRssMb: () => rssMbOf(worker.pid),
    async close() {
      replies.stop();
      await stopProcess(worker);
      await stopProcess(api);
      await historyConnection.close();
      await chatwoot.close();
      await database.destroy();
    },
  };
}

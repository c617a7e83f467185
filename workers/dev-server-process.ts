import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { ensureSearchAttributes } from './register-search-attributes';
import { searchAttributeCliArgs, searchAttributeKeys } from './search-attributes';
import type { ProvisionLog } from './temporal-cli';
import { TemporalUnavailableError, type TemporalHandle } from './temporal-handle';
import { probe, withConnection } from './temporal-probe';

const READY_TIMEOUT_MS = 60_000;

/** The `temporal server start-dev` arguments; no `uiPort` means headless, no `dbFilename` means in-memory. */
export function devServerArgs(server: {
  port: number;
  namespace: string;
  uiPort?: number;
  dbFilename?: string;
}): string[] {
  return [
    'server',
    'start-dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(server.port),
    ...(server.uiPort === undefined ? ['--headless'] : ['--ui-port', String(server.uiPort)]),
    ...(server.dbFilename === undefined ? [] : ['--db-filename', server.dbFilename]),
    '--namespace',
    server.namespace,
    '--log-level',
    'warn',
    // The dev server has one history shard, and its default of 20 task reads/s per shard makes
    // every workflow and activity task wait ~40 ms once traffic starts (measured by `npm run bench`).
    '--dynamic-config-value',
    'history.transferProcessorMaxPollRPS=10000',
    // A turn's reply activity then comes back with the workflow task's completion (it runs on
    // the same task queue), without a trip through matching and a poll.
    '--dynamic-config-value',
    'system.enableActivityEagerExecution=true',
    ...searchAttributeCliArgs(),
  ];
}

/** Spawns `temporal server start-dev`; resolves once it answers with Kesher's search attributes registered. */
export async function spawnDevServer(
  cli: string,
  args: string[],
  address: string,
  namespace: string,
  log: ProvisionLog,
): Promise<TemporalHandle> {
  log.debug({ cli, args }, 'starting the Temporal dev server');
  const child = spawn(cli, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const tail: string[] = [];
  const onOutput = (chunk: Buffer): void => {
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim()) continue;
      log.debug({ source: 'temporal' }, line);
      tail.push(line);
      if (tail.length > 30) tail.shift();
    }
  };
  child.stdout.on('data', onOutput);
  child.stderr.on('data', onOutput);
  let exited = false;
  const exit = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', (error) => {
      tail.push(error.message);
      resolve();
    });
  }).then(() => {
    exited = true;
  });
  // An orphaned dev server would hold the port and the SQLite file after Kesher is gone.
  const killOnExit = (): void => {
    if (!exited) child.kill('SIGTERM');
  };
  process.on('exit', killOnExit);

  const stop = async (): Promise<void> => {
    process.off('exit', killOnExit);
    if (exited) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exit;
    clearTimeout(timer);
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  try {
    for (;;) {
      if (exited)
        throw new TemporalUnavailableError(
          `the Temporal dev server exited during start-up (${cli})`,
          address,
          tail,
        );
      const connection = await probe(address, 2_000);
      if (connection) {
        await withConnection(connection, () => ensureSearchAttributes(connection, namespace, log));
        return { address, namespace, uiUrl: undefined, managed: true, pid: child.pid, stop };
      }
      if (Date.now() > deadline) {
        throw new TemporalUnavailableError(
          `the Temporal dev server did not answer within ${READY_TIMEOUT_MS / 1000} s`,
          address,
          tail,
        );
      }
      await sleep(250);
    }
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The last resort on a machine without a CLI or Go: the SDK downloads and runs the dev server. */
export async function startSdkDevServer(
  server: { port: number; namespace: string; uiPort?: number; dbFilename?: string },
  log: ProvisionLog,
): Promise<TemporalHandle> {
  const { TestWorkflowEnvironment } = await import('@temporalio/testing');
  const address = `127.0.0.1:${server.port}`;
  try {
    const env = await TestWorkflowEnvironment.createLocal({
      server: {
        ip: '127.0.0.1',
        port: server.port,
        ui: server.uiPort !== undefined,
        uiPort: server.uiPort,
        dbFilename: server.dbFilename,
        namespace: server.namespace,
        searchAttributes: searchAttributeKeys(),
      },
    });
    log.info({ address }, 'started the SDK-downloaded Temporal dev server');
    return {
      address,
      namespace: server.namespace,
      uiUrl: undefined,
      managed: true,
      stop: () => env.teardown(),
    };
  } catch (error) {
    throw new TemporalUnavailableError(
      'no Temporal CLI found, Go is not installed to build one, and the SDK could not download one ' +
        `(${(error as Error).message}); install the Temporal CLI and set TEMPORAL_CLI, or set TEMPORAL_ADDRESS`,
      address,
    );
  }
}

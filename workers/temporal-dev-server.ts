import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { Connection, isGrpcServiceError } from '@temporalio/client';
import type { AppConfig } from '../config/config';
import {
  KESHER_SEARCH_ATTRIBUTES,
  indexedValueType,
  searchAttributeCliArgs,
  searchAttributeKeys,
} from './search-attributes';
import { SDK_DEV_SERVER, findOrBuildTemporalCli, type ProvisionLog } from './temporal-cli';

/** A Temporal frontend Kesher can use, and how to let go of it. */
export interface TemporalHandle {
  /** `host:port` of the gRPC frontend. */
  address: string;
  namespace: string;
  /** The Web UI, when one is known to run. */
  uiUrl: string | undefined;
  /** True when this process started the server and `stop()` ends it. */
  managed: boolean;
  /** The dev server's process id, when this process spawned it. */
  pid?: number;
  stop(): Promise<void>;
}

/** Raised when Temporal cannot be reached or started; `output` holds the server's last lines. */
export class TemporalUnavailableError extends Error {
  constructor(
    message: string,
    readonly address: string,
    readonly output: readonly string[] = [],
  ) {
    super(output.length > 0 ? `${message}\n--- last Temporal output ---\n${output.join('\n')}` : message);
    this.name = 'TemporalUnavailableError';
  }
}

/** `<repo>/.cache/temporal`, resolved from this file so it does not depend on the working directory. */
export const DEFAULT_PROJECT_CACHE_DIR = fileURLToPath(new URL('../.cache/temporal', import.meta.url));

const READY_TIMEOUT_MS = 60_000;
const CLUSTER_TIMEOUT_MS = 10_000;
const GRPC_ALREADY_EXISTS = 6;

/**
 * Provides the Temporal that `config` asks for: the configured cluster (`TEMPORAL_ADDRESS`), a dev
 * server already answering on the dev port, or a new dev server child process that persists to
 * `<dataDir>/temporal/temporal.db`. In every case Kesher's search attributes are registered and
 * visible before this resolves.
 */
export async function ensureTemporal(
  config: AppConfig,
  log: ProvisionLog,
  options: { projectCacheDir?: string; clusterTimeoutMs?: number } = {},
): Promise<TemporalHandle> {
  const { namespace } = config.temporal;
  if (config.temporal.address) {
    const address = config.temporal.address;
    const timeoutMs = options.clusterTimeoutMs ?? CLUSTER_TIMEOUT_MS;
    const connection = await probe(address, timeoutMs);
    if (!connection) {
      throw new TemporalUnavailableError(
        `Temporal at TEMPORAL_ADDRESS=${address} did not answer within ${timeoutMs / 1000} s; ` +
          'check the address, or unset TEMPORAL_ADDRESS to run a local dev server',
        address,
      );
    }
    await withConnection(connection, () => ensureSearchAttributes(connection, namespace, log));
    log.info({ address, namespace }, 'using the configured Temporal cluster');
    return unmanaged(address, namespace, undefined);
  }

  const address = `127.0.0.1:${config.temporal.devPort}`;
  const uiUrl = `http://127.0.0.1:${config.temporal.uiPort}`;
  const running = await probe(address, 1_500);
  if (running) {
    // A dev server left by an earlier run (or started by hand): reuse it rather than fail on the port.
    await withConnection(running, () => ensureSearchAttributes(running, namespace, log));
    log.info({ address, namespace }, 'reusing the Temporal dev server already running');
    return unmanaged(address, namespace, (await answersHttp(uiUrl)) ? uiUrl : undefined);
  }
  if (!(await isPortFree(config.temporal.devPort))) {
    throw new TemporalUnavailableError(
      `port ${config.temporal.devPort} is taken by something that is not a Temporal frontend; ` +
        'free it, or set TEMPORAL_DEV_PORT or TEMPORAL_ADDRESS',
      address,
    );
  }

  const dbFilename = path.join(config.dataDir, 'temporal', 'temporal.db');
  await mkdir(path.dirname(dbFilename), { recursive: true });
  const cli = await findOrBuildTemporalCli({
    configuredPath: config.temporal.cli,
    projectCacheDir: options.projectCacheDir ?? DEFAULT_PROJECT_CACHE_DIR,
    log,
  });
  const server = { port: config.temporal.devPort, uiPort: config.temporal.uiPort, dbFilename, namespace };
  const handle =
    cli === SDK_DEV_SERVER
      ? await startSdkDevServer(server, log)
      : await spawnDevServer(cli, devServerArgs(server), address, namespace, log);
  const started = { ...handle, uiUrl };
  log.info({ address, namespace, uiUrl, dbFilename }, 'started the Temporal dev server');
  return started;
}

/**
 * A throwaway dev server for tests: random free port, in-memory database, no UI. Uses the Temporal
 * CLI found (or built) as for `npm start` unless `cliPath` is given.
 */
export async function startEphemeralTemporal(options: {
  cliPath?: string;
  log: ProvisionLog;
  namespace?: string;
}): Promise<TemporalHandle> {
  const namespace = options.namespace ?? 'default';
  const cli =
    options.cliPath ??
    (await findOrBuildTemporalCli({
      configuredPath: process.env.TEMPORAL_CLI,
      projectCacheDir: DEFAULT_PROJECT_CACHE_DIR,
      log: options.log,
    }));
  // The free port can be taken between probing and binding; a fresh port on retry settles it.
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort();
    const address = `127.0.0.1:${port}`;
    try {
      if (cli === SDK_DEV_SERVER) return await startSdkDevServer({ port, namespace }, options.log);
      return await spawnDevServer(cli, devServerArgs({ port, namespace }), address, namespace, options.log);
    } catch (error) {
      if (attempt >= 3 || !(error instanceof TemporalUnavailableError)) throw error;
      options.log.warn({ address, err: error }, 'ephemeral Temporal did not start; retrying on another port');
    }
  }
}

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

/**
 * Registers whichever of Kesher's search attributes the namespace lacks and waits until all are
 * listed. Needed even for a dev server started with `--search-attribute`: the CLI only applies those
 * when it creates the database, so attributes added since then are missing from a persisted one.
 */
export async function ensureSearchAttributes(
  connection: Connection,
  namespace: string,
  log: ProvisionLog,
): Promise<void> {
  const deadline = Date.now() + CLUSTER_TIMEOUT_MS;
  for (;;) {
    const listed = await connection.operatorService.listSearchAttributes({ namespace });
    const existing = listed.customAttributes ?? {};
    const missing = KESHER_SEARCH_ATTRIBUTES.filter((spec) => !(spec.name in existing));
    for (const spec of KESHER_SEARCH_ATTRIBUTES) {
      const actual = existing[spec.name];
      if (actual !== undefined && Number(actual) !== indexedValueType(spec.type)) {
        log.warn(
          { name: spec.name, expected: spec.type, actual },
          'search attribute exists with another type',
        );
      }
    }
    if (missing.length === 0) return;
    if (Date.now() > deadline) {
      throw new TemporalUnavailableError(
        `search attributes ${missing.map((spec) => spec.name).join(', ')} are still missing on namespace ${namespace}`,
        '',
      );
    }
    try {
      await connection.operatorService.addSearchAttributes({
        namespace,
        searchAttributes: Object.fromEntries(missing.map((spec) => [spec.name, indexedValueType(spec.type)])),
      });
      log.info(
        { namespace, added: missing.map((spec) => spec.name) },
        'registered Temporal search attributes',
      );
    } catch (error) {
      // Another Kesher process may have registered them first; the next listing tells.
      if (!(isGrpcServiceError(error) && error.code === GRPC_ALREADY_EXISTS)) throw error;
    }
    await sleep(250);
  }
}

async function spawnDevServer(
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
async function startSdkDevServer(
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

function unmanaged(address: string, namespace: string, uiUrl: string | undefined): TemporalHandle {
  return { address, namespace, uiUrl, managed: false, stop: async () => undefined };
}

/** A connection whose frontend answered `GetSystemInfo` within `timeoutMs`, else undefined. */
async function probe(address: string, timeoutMs: number): Promise<Connection | undefined> {
  let connection: Connection | undefined;
  try {
    connection = await Connection.connect({ address, connectTimeout: timeoutMs });
    const ready = connection;
    await ready.withDeadline(Date.now() + timeoutMs, () => ready.workflowService.getSystemInfo({}));
    return connection;
  } catch {
    await connection?.close().catch(() => undefined);
    return undefined;
  }
}

async function withConnection<T>(connection: Connection, use: () => Promise<T>): Promise<T> {
  try {
    return await use();
  } finally {
    await connection.close();
  }
}

async function answersHttp(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(1_000) });
    return true;
  } catch {
    return false;
  }
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppConfig } from '../config/config';
import { devServerArgs, spawnDevServer, startSdkDevServer } from './dev-server-process';
import { freePort, isPortFree } from './free-port';
import { ensureSearchAttributes } from './register-search-attributes';
import { SDK_DEV_SERVER, findOrBuildTemporalCli, type ProvisionLog } from './temporal-cli';
import { TemporalUnavailableError, unmanaged, type TemporalHandle } from './temporal-handle';
import { answersHttp, probe, withConnection } from './temporal-probe';

/** `<repo>/.cache/temporal`, resolved from this file so it does not depend on the working directory. */
export const DEFAULT_PROJECT_CACHE_DIR = fileURLToPath(new URL('../.cache/temporal', import.meta.url));

const CLUSTER_TIMEOUT_MS = 10_000;

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

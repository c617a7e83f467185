import type { Logger } from 'pino';
import { ConfigError } from '../config/env';
import { DEMO_DATA_DAY, loadConfig, type AppConfig } from '../config/config';
import { createLogger } from '../config/logger';
import { isPortFree } from './free-port';
import { StartupError, portInUse } from './startup-error';
import { startKesher } from './system';
import { ensureTemporal } from './temporal-dev-server';

type Role = 'all' | 'api' | 'worker';

function parseRole(argv: string[]): Role {
  const index = argv.indexOf('--role');
  const value = index >= 0 ? argv[index + 1] : 'all';
  if (value === 'all' || value === 'api' || value === 'worker') return value;
  throw new ConfigError([`--role: expected all, api or worker, got "${value}"`]);
}

function banner(
  config: AppConfig,
  apiUrl: string | undefined,
  uiUrl: string | undefined,
  address: string,
): string {
  const lines = [
    '',
    'Kesher is running',
    apiUrl ? `  API            ${config.http.publicUrl} (health: ${config.http.publicUrl}/health)` : null,
    apiUrl ? `  Chatwoot hook  POST ${config.http.publicUrl}/webhooks/chatwoot` : null,
    `  Temporal       ${address} (namespace ${config.temporal.namespace}, task queue ${config.temporal.taskQueue})`,
    uiUrl ? `  Temporal UI    ${uiUrl}/namespaces/${config.temporal.namespace}/workflows` : null,
    `  Database       ${config.database.url ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.database.embeddedDir}`}`,
    `  Chatwoot       ${config.chatwoot.baseUrl ?? 'not configured: replies go to the local outbox table'}`,
    `  Today          ${
      config.calendar.today
        ? `${config.calendar.today}${config.calendar.today === DEMO_DATA_DAY ? " (the demo data's day; KESHER_TODAY=real for the real date)" : ' (KESHER_TODAY)'}`
        : `the real date in ${config.calendar.timeZone}`
    }`,
    `  Models         ${Object.entries(config.llm.roles)
      .map(([role, ref]) => `${role}=${ref.provider}:${ref.model}`)
      .join(', ')}`,
    '',
    'Ctrl-C stops everything.',
  ];
  return lines.filter((line) => line !== null).join('\n');
}

/** Starts Kesher: Temporal (a managed dev server unless TEMPORAL_ADDRESS is set), database, worker and API. */
async function main(): Promise<void> {
  let config: AppConfig;
  let role: Role;
  try {
    config = loadConfig();
    role = parseRole(process.argv);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  // Before Temporal and the database start: a taken port is the usual sign of a Kesher still running.
  if (role !== 'worker' && config.http.port !== 0 && !(await isPortFree(config.http.port))) {
    throw portInUse(config.http.port);
  }
  const log = createLogger(config);
  const temporal = await ensureTemporal(config, log);
  const system = await startKesher({
    config,
    log,
    temporalAddress: temporal.address,
    roles: { api: role !== 'worker', worker: role !== 'api' },
  }).catch(async (error: unknown) => {
    await temporal.stop();
    throw error;
  });
  console.log(banner(config, system.url, temporal.uiUrl, temporal.address));
  installShutdown(log, async () => {
    await system.close();
    await temporal.stop();
  });
}

function installShutdown(log: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

main().catch((error: unknown) => {
  console.error(
    error instanceof StartupError
      ? error.message
      : error instanceof Error
        ? (error.stack ?? error.message)
        : error,
  );
  process.exit(1);
});

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { Client } from '@temporalio/client';
import { NativeConnection, type Worker, type WorkflowBundleOption } from '@temporalio/worker';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { createApp, inboxFor } from '../api/app';
import { HealthState } from '../api/health-state';
import type { AppConfig, LlmRole } from '../config/config';
import { goldenMessages, warmOfflineModels } from '../activities/offline/warm-up';
import { withTokenSecret } from '../config/token-secret';
import { createDb } from '../schema/db';
import { migrateToLatest } from '../schema/migrate';
import type { Database } from '../schema/tables';
import { buildActivityDeps, type ActivityDepsOverrides } from './activity-deps';
import { createActivities } from '../activities/create-activities';
import { installTemporalRuntime } from './temporal-runtime';
import { createKesherWorker } from './worker';
import { ensureLearningSchedules } from './schedules';
import { prepareDatabase } from './prepare-database';
import { prepareKnowledge } from '../activities/knowledge/knowledge-setup';
import { portInUse } from './startup-error';

export interface StartOptions {
  config: AppConfig;
  log: Logger;
  /** The Temporal frontend to use (a managed dev server or a configured cluster). */
  temporalAddress: string;
  roles?: { api: boolean; worker: boolean };
  /** Test and benchmark seams: an existing database, fakes for what sits across the network. */
  overrides?: ActivityDepsOverrides & {
    db?: Kysely<Database>;
    workflowBundle?: WorkflowBundleOption;
    workerIdentity?: string;
  };
}

export interface KesherSystem {
  /** The API's base URL, when the API role runs. */
  url: string | undefined;
  db: Kysely<Database>;
  client: Client;
  worker: Worker | undefined;
  health: HealthState;
  close(): Promise<void>;
}

/**
 * The composition root: database, Temporal client, worker and API, wired once. `npm start`, the
 * deployment entry point, the tests and the benchmark all start Kesher through here.
 */
export async function startKesher(options: StartOptions): Promise<KesherSystem> {
  const { log } = options;
  // API and worker must sign and check conversation tokens with the same secret.
  const config = withTokenSecret(options.config);
  const roles = options.roles ?? { api: true, worker: true };
  const health = new HealthState(
    roles.worker ? ['database', 'temporal', 'worker'] : ['database', 'temporal'],
  );
  const closers: Array<() => Promise<void>> = [];

  const ownDb = options.overrides?.db
    ? undefined
    : await createDb({ url: config.database.url, embeddedDir: config.database.embeddedDir });
  const db = options.overrides?.db ?? ownDb!.db;
  if (ownDb) closers.push(() => ownDb.close());
  try {
    if (ownDb) {
      await migrateToLatest(db);
      await prepareDatabase(db, log);
    }
    health.markUp('database');

    // The Rust core's gRPC client, which the worker shares: the calls' HTTP/2 work stays off the
    // event loop that answers webhooks (grpc-js would run it there).
    installTemporalRuntime(log);
    const connection = await NativeConnection.connect({ address: options.temporalAddress });
    closers.push(() => connection.close());
    const client = new Client({ connection, namespace: config.temporal.namespace });
    health.markUp('temporal');

    let worker: Worker | undefined;
    if (roles.worker) {
      const deps = buildActivityDeps({ config, db, log, overrides: options.overrides });
      const knowledge = await prepareKnowledge(db, deps.knowledge);
      log.info(
        {
          store: deps.knowledge.name,
          inserted: knowledge.inserted.length,
          updated: knowledge.updated.length,
        },
        'knowledge base ready',
      );
      await warmUp(config, log);
      const built = await createKesherWorker({
        connection,
        namespace: config.temporal.namespace,
        taskQueue: config.temporal.taskQueue,
        activities: createActivities(deps),
        workflowBundle: options.overrides?.workflowBundle,
        identity: options.overrides?.workerIdentity,
        maxCachedWorkflows: config.temporal.maxCachedWorkflows,
      });
      worker = built;
      const running = built.run();
      health.markUp('worker');
      running.catch((error: unknown) => {
        health.markDown('worker');
        log.error({ err: error }, 'worker stopped with an error');
      });
      // Before the connection's own closer, which was pushed first.
      closers.push(async () => {
        if (built.getState() === 'RUNNING') built.shutdown();
        await running.catch(() => undefined);
      });
      // The weekly and daily learning jobs run on the workers, so the worker role sets them up.
      if (config.schedules.enabled) {
        const schedules = await ensureLearningSchedules(client, config);
        log.info({ schedules }, 'learning schedules ready');
      }
    }

    let url: string | undefined;
    if (roles.api) {
      const context = { config, db, temporal: client, log, health };
      const inbox = inboxFor(context);
      // Closed after the server (closers run in reverse): no delivery is accepted once it stops.
      closers.push(() => inbox.close());
      // What a stopped process left in the inbox is queued before new deliveries, keeping their order.
      await inbox.resume();
      const app = createApp(context, { inbox });
      const server = await listen(app, config.http.port);
      const { port } = server.address() as AddressInfo;
      url = `http://127.0.0.1:${port}`;
      closers.push(
        () =>
          new Promise<void>((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
          }),
      );
    }

    return {
      url,
      db,
      client,
      worker,
      health,
      close: () => closeAll(closers),
    };
  } catch (error) {
    await closeAll(closers);
    throw error;
  }
}

/** Starts the HTTP server; a port already taken is a `StartupError` that says so. */
function listen(app: Express, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    // Express 5 calls back with the server's 'error' (EADDRINUSE, EACCES) instead of listening.
    const server = app.listen(port, (error?: Error) => {
      if (!error) return resolve(server);
      reject((error as NodeJS.ErrnoException).code === 'EADDRINUSE' ? portInUse(port) : error);
    });
  });
}

/**
 * Runs the offline models a worker uses over sample messages before it takes work, so the first
 * customers do not wait while V8 compiles the patterns (config.llm.offlineWarmUp).
 */
async function warmUp(config: AppConfig, log: Logger): Promise<void> {
  if (!config.llm.offlineWarmUp) return;
  const offline = (role: LlmRole): boolean =>
    config.llm.roles[role].provider === 'offline' || config.llm.fallback.provider === 'offline';
  const parts = { router: offline('router'), memory: offline('summarizer') };
  if (!parts.router && !parts.memory) return;
  const timings = warmOfflineModels(parts, await goldenMessages(config.learning.goldenDataset));
  log.info(
    { routerMs: Math.round(timings.routerMs), memoryMs: Math.round(timings.memoryMs) },
    'offline models warmed up',
  );
}

/** Closes in reverse order of opening; one failing closer does not keep the others open. */
async function closeAll(closers: Array<() => Promise<void>>): Promise<void> {
  for (const close of closers.splice(0).reverse()) {
    await close().catch(() => undefined);
  }
}

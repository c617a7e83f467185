import { fileURLToPath } from 'node:url';
import { Worker, type NativeConnection, type WorkflowBundleOption } from '@temporalio/worker';
import type { createActivities } from '../activities/create-activities';

/** The workflow bundle's entry point, for workers that bundle at start-up. */
export const WORKFLOWS_PATH = fileURLToPath(new URL('../workflows/index.ts', import.meta.url));

export interface KesherWorkerOptions {
  /** The process's connection, shared with its client. */
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  activities: ReturnType<typeof createActivities>;
  /** A pre-built bundle (tests build one per file); otherwise the worker bundles `workflows/`. */
  workflowBundle?: WorkflowBundleOption;
  identity?: string;
  /** The workflow cache's size; undefined: the SDK's default for this process's heap limit. */
  maxCachedWorkflows?: number;
}

/** Creates the worker that runs conversation workflows and their activities. */
export async function createKesherWorker(options: KesherWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    activities: options.activities,
    ...(options.identity ? { identity: options.identity } : {}),
    ...(options.workflowBundle
      ? { workflowBundle: options.workflowBundle }
      : { workflowsPath: WORKFLOWS_PATH }),
    // A cached conversation takes about 1.7 MB of heap (measured: 1.6-1.75 MB), which is what the
    // SDK's default assumes when it sizes the cache from the heap limit: ~2300 conversations with
    // Node's 4 GB default, fewer in a smaller container. A fixed size would run a small heap out of
    // memory. An evicted conversation replays its history on its next message.
    ...(options.maxCachedWorkflows ? { maxCachedWorkflows: options.maxCachedWorkflows } : {}),
    shutdownGraceTime: '10 seconds',
  });
}

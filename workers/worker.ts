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
    // Conversations mostly wait; keep many cached so a new message doesn't replay history.
    maxCachedWorkflows: 2000,
    shutdownGraceTime: '10 seconds',
  });
}

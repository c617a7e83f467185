import { readdirSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * CPU priorities (nice values) of the benchmark's processes. On this 2-core machine the dev
 * server, the worker, the API, PostgreSQL and the load generator share two cores, and the ack
 * burst asks about ten times what they can do. A deployment keeps the API off the cores that run
 * turns (temporal-compose.yml gives the worker and Temporal a quarter of the API's CPU shares);
 * here the nice values do the same: turns are background work and yield to webhooks.
 */
export const PRIORITIES = {
  /** The Temporal dev server and the worker: background, as their CPU shares in a deployment. */
  background: 10,
  /** The API: the default. */
  api: 0,
  /**
   * This process (load generator and the fake Chatwoot) stands in for Chatwoot, which runs
   * elsewhere: when it waits for CPU, the figures would count its wait as the API's.
   */
  harness: -5,
} as const;

/**
 * Sets the nice value of every thread of `pid` (Linux keeps one per thread, and a thread started
 * later inherits its creator's). Returns whether it took effect: raising a priority needs
 * privileges, and a process without `/proc` gets only its main thread changed.
 */
export function renice(pid: number, nice: number): boolean {
  let threads: number[];
  try {
    threads = readdirSync(`/proc/${pid}/task`).map(Number);
  } catch {
    threads = [pid];
  }
  let changed = false;
  for (const thread of threads) {
    try {
      setPriority(thread, nice);
      changed = true;
    } catch (error) {
      // A thread that ended meanwhile is fine; a refusal (EACCES/EPERM) means no change at all.
      const code = (error as { info?: { code?: string } }).info?.code;
      if (code !== 'ESRCH') return false;
    }
  }
  return changed;
}

/** The nice value each of the benchmark's processes runs at; null where it could not be set. */
export type AppliedPriorities = Record<'harness' | 'api' | 'worker' | 'temporal', number | null>;

/**
 * Puts the dev server and the worker in the background and raises this process. Call it once the
 * API and the worker run: a process spawned later would inherit this one's raised priority.
 */
export function applyPriorities(pids: {
  temporal: number | undefined;
  worker: number | undefined;
}): AppliedPriorities {
  const background = (pid: number | undefined): number | null =>
    pid !== undefined && renice(pid, PRIORITIES.background) ? PRIORITIES.background : null;
  return {
    harness: renice(process.pid, PRIORITIES.harness) ? PRIORITIES.harness : null,
    api: PRIORITIES.api,
    worker: background(pids.worker),
    temporal: background(pids.temporal),
  };
}

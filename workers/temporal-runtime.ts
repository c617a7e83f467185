import { DefaultLogger, Runtime, type LogLevel } from '@temporalio/worker';
import type { Logger } from 'pino';

let installed = false;

/**
 * Routes the Temporal SDK's own logs into our logger, at warn and above: its per-worker state
 * changes at info would drown the application's lines. The runtime is process-wide and can be
 * installed once, before the first worker.
 */
export function installTemporalRuntime(log: Logger): void {
  if (installed) return;
  installed = true;
  const child = log.child({ component: 'temporal-sdk' });
  Runtime.install({
    logger: new DefaultLogger('WARN', (entry) => {
      const level: LogLevel = entry.level;
      const method = level === 'ERROR' ? 'error' : 'warn';
      child[method]({ ...entry.meta }, entry.message);
    }),
  });
}

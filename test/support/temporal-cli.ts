import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pino from 'pino';
import { SCHEDULE_IDS } from '../../workers/schedules';
import { findOrBuildTemporalCli, SDK_DEV_SERVER } from '../../workers/temporal-cli';
import { DEFAULT_PROJECT_CACHE_DIR } from '../../workers/temporal-dev-server';
import { eventually } from './kesher-harness';

/**
 * `temporal schedule list` against a server, as an operator would run it, once it lists every
 * learning schedule; undefined when this machine has no Temporal CLI (only the SDK's dev server).
 */
export async function listLearningSchedules(
  address: string,
  namespace?: string,
): Promise<string | undefined> {
  const cli = await findOrBuildTemporalCli({
    configuredPath: process.env.TEMPORAL_CLI,
    projectCacheDir: DEFAULT_PROJECT_CACHE_DIR,
    log: pino({ level: 'silent' }),
  });
  if (cli === SDK_DEV_SERVER) return undefined;
  const args = ['schedule', 'list', '--address', address, ...(namespace ? ['--namespace', namespace] : [])];
  return eventually(async () => {
    const { stdout } = await promisify(execFile)(cli, args);
    return Object.values(SCHEDULE_IDS).every((id) => stdout.includes(id)) ? stdout : undefined;
  });
}

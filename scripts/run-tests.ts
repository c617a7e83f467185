/**
 * `npm test`: starts one throwaway Temporal dev server for the whole suite (or uses
 * TEMPORAL_ADDRESS), then runs every `test/**\/*.test.ts` with node's test runner against it and
 * the real PostgreSQL. Extra arguments narrow the run: `npm test -- test/chatwoot-flow.test.ts`.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { startEphemeralTemporal } from '../workers/temporal-dev-server';
import type { TemporalHandle } from '../workers/temporal-handle';

const root = fileURLToPath(new URL('..', import.meta.url));

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === 'support' || entry.name === 'fixtures' ? [] : testFiles(full);
    return entry.name.endsWith('.test.ts') ? [path.relative(root, full)] : [];
  });
}

async function main(): Promise<number> {
  const log = pino({ level: process.env.TEST_LOG_LEVEL ?? 'warn' });
  const requested = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const files = requested.length > 0 ? requested : testFiles(path.join(root, 'test')).sort();
  let temporal: TemporalHandle | undefined;
  if (!process.env.TEMPORAL_ADDRESS) {
    temporal = await startEphemeralTemporal({ log });
    log.info({ address: temporal.address }, 'test Temporal dev server is up');
  }
  const env = {
    ...process.env,
    NODE_ENV: 'test',
    TEMPORAL_ADDRESS: process.env.TEMPORAL_ADDRESS ?? temporal!.address,
  };
  const concurrency = process.env.TEST_CONCURRENCY ?? '2';
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...files],
    { cwd: root, env, stdio: 'inherit' },
  );
  const forward = (signal: NodeJS.Signals): void => {
    child.kill(signal);
  };
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  const code = await new Promise<number>((resolve) => child.on('exit', (exitCode) => resolve(exitCode ?? 1)));
  await temporal?.stop();
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

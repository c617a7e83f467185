import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createActivities } from '../../activities/create-activities';
import {
  createTurnRunner,
  GOLDEN_TODAY,
  type EvalTurnResult,
  type PipelineItem,
} from '../../activities/eval/turn-runner';
import { prepareKnowledge } from '../../activities/knowledge/knowledge-setup';
import { UsageError } from './cli-args';
import { seedCorrections, type CorrectionSeed } from './corrections-file';
import { buildConfig } from '../../config/config';
import { parseEnv } from '../../config/env';
import { createDb } from '../../schema/db';
import { migrateToLatest } from '../../schema/migrate';
import { fixtureFiles, readJsonFile, seedCommerce, seedTaxonomy } from '../../schema/seed';
import { buildActivityDeps, turnSettingsFrom } from '../../workers/activity-deps';

export type { EvalTurnResult, PipelineItem } from '../../activities/eval/turn-runner';

/**
 * The whole turn pipeline in-process with side effects off (activities/eval/turn-runner.ts), on
 * activities built as a worker builds them. The database is a throwaway embedded one seeded with
 * the demo data, unless DATABASE_URL names one that already holds it.
 */
export async function createPipelineRunner(
  options: { env?: NodeJS.ProcessEnv; fewShot?: boolean; corrections?: readonly CorrectionSeed[] } = {},
): Promise<{
  runItem(item: PipelineItem): Promise<EvalTurnResult>;
  close(): Promise<void>;
}> {
  const env = { KESHER_TODAY: GOLDEN_TODAY, LOG_LEVEL: 'silent', ...(options.env ?? process.env) };
  const config = buildConfig(parseEnv(env));
  const scratch = config.database.url ? null : await mkdtemp(path.join(tmpdir(), 'kesher-eval-'));
  const handle = await createDb({
    url: config.database.url,
    embeddedDir: scratch ?? config.database.embeddedDir,
  });
  const { db } = handle;
  if (scratch) {
    await migrateToLatest(db);
    await seedTaxonomy(db, await readJsonFile(fixtureFiles.taxonomy));
    await seedCommerce(db, await readJsonFile(fixtureFiles.commerce));
    await seedCorrections(db, options.corrections ?? [], GOLDEN_TODAY);
  } else if (options.corrections?.length) {
    await handle.close();
    // Seeding would write into a real database: only the throwaway one takes corrections.
    throw new UsageError('--corrections needs the throwaway evaluation database: unset DATABASE_URL');
  }
  const deps = buildActivityDeps({ config, db, log: pino({ level: 'silent' }) });
  if (options.fewShot === false) deps.sources = { ...deps.sources, fewShotFor: () => Promise.resolve([]) };
  await prepareKnowledge(db, deps.knowledge);
  const runItem = createTurnRunner(createActivities(deps), turnSettingsFrom(config));

  return {
    runItem,
    async close(): Promise<void> {
      await handle.close();
      if (scratch) await rm(scratch, { recursive: true, force: true });
    },
  };
}

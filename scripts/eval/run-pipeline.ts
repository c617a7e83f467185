import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { createActivities } from '../../activities/create-activities';
import { prepareKnowledge } from '../../activities/knowledge/knowledge-setup';
import { buildConfig } from '../../config/config';
import { parseEnv } from '../../config/env';
import { createDb } from '../../schema/db';
import { migrateToLatest } from '../../schema/migrate';
import { fixtureFiles, readJsonFile, seedCommerce, seedTaxonomy } from '../../schema/seed';
import { buildActivityDeps, turnSettingsFrom } from '../../workers/activity-deps';
import { inShare } from '../../workflows/bucketing';
import { planTurn } from '../../workflows/turn-pipeline';
import type { IncomingMessage } from '../../workflows/types';

/** One golden line, as far as the pipeline needs it. */
export interface PipelineItem {
  id: string;
  channel: string;
  customer_email: string | null;
  message: string;
}

/** What one golden message led to. */
export interface EvalTurnResult {
  category: string;
  language: string;
  sentiment: string;
  escalationSignal: boolean;
  toolCalls: { name: string; args: Record<string, unknown> }[];
  outcome: 'send' | 'draft' | 'escalate';
  escalationReason: string | null;
  qaPassed: boolean;
  qaRounds: number;
  reply: string;
  latencyMs: number;
}

/** The demo data's "today" (fixtures/README.md): every golden answer is written against it. */
const GOLDEN_TODAY = '2026-11-23';

/**
 * The whole turn pipeline in-process with side effects off: the same router, context, knowledge,
 * agent loop and QA activities the workflow runs, called directly; nothing is sent and nothing is
 * recorded (`record: false`, proposals only checked). The database is a throwaway embedded one
 * seeded with the demo data, unless DATABASE_URL names one that already holds it.
 */
export async function createPipelineRunner(
  options: { env?: NodeJS.ProcessEnv; fewShot?: boolean } = {},
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
  }
  const deps = buildActivityDeps({ config, db, log: pino({ level: 'silent' }) });
  if (options.fewShot === false) deps.sources = { ...deps.sources, fewShotFor: () => Promise.resolve([]) };
  await prepareKnowledge(db, deps.knowledge);
  const activities = createActivities(deps);
  const settings = turnSettingsFrom(config);

  return {
    async runItem(item: PipelineItem): Promise<EvalTurnResult> {
      const started = performance.now();
      const conversationId = `eval-${item.id}`;
      const message: IncomingMessage = {
        messageId: item.id,
        chatwootMessageId: null,
        content: item.message,
        attachments: [],
        sentAt: `${GOLDEN_TODAY}T09:00:00Z`,
        customer: { email: item.customer_email, name: null, chatwootContactId: null },
      };
      const route = await activities.routeMessage({
        conversationId,
        message,
        previousCategory: null,
        record: false,
      });
      const plan = await planTurn(activities, {
        conversationId,
        turn: 1,
        channel: item.channel,
        message,
        customerEmail: item.customer_email,
        route,
        arm: inShare(conversationId, 'arm', settings.generalistShare) ? 'generalist' : 'specialists',
        inRollout: inShare(conversationId, 'rollout', settings.rolloutShare),
        settings,
        record: false,
      });
      const { decision } = plan;
      return {
        category: route.category,
        language: route.language,
        sentiment: route.sentiment,
        escalationSignal: route.escalationSignal,
        toolCalls: plan.toolOutcomes.map((outcome) => ({ name: outcome.name, args: outcome.args })),
        outcome: decision.kind,
        escalationReason: decision.kind === 'escalate' ? decision.note.reason : null,
        qaPassed: plan.qa?.verdict === 'pass',
        qaRounds: plan.qaRounds,
        reply: plan.reply,
        latencyMs: Math.round(performance.now() - started),
      };
    },
    async close(): Promise<void> {
      await handle.close();
      if (scratch) await rm(scratch, { recursive: true, force: true });
    },
  };
}

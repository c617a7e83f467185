import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { ActivityDeps } from '../activities/create-activities';
import { createChatwootClient } from '../activities/chatwoot/chatwoot-client';
import { createLlmRegistry, type OfflineHandlers } from '../activities/llm';
import { offlineHandlers } from '../activities/offline/handlers';
import { loadTaxonomy } from '../activities/taxonomy';
import { msToNumber, type Duration } from '@temporalio/common/lib/time';
import { formLink, issueFormToken } from '../api/security/issue-token';
import { resolveTokenSecret } from '../config/token-secret';
import { businessDay } from '../activities/agents/calendar';
import { createLearningSources } from '../activities/learning/learning-sources';
import { createPostgresCommerce } from '../activities/commerce/postgres-commerce';
import { createKnowledgeStore } from '../activities/knowledge/knowledge-setup';
import { LOCAL_MAILER, smtpMailer } from '../activities/identity/mailer';
import type { KnowledgeStore } from '../activities/knowledge/types';
import type { AppConfig } from '../config/config';
import type { TurnSettings } from '../workflows/turn-types';
import type { Database } from '../schema/tables';

/** Seams for tests and benchmarks: what sits across the network, swapped for fakes. */
export interface ActivityDepsOverrides {
  fetch?: typeof fetch;
  offlineHandlers?: OfflineHandlers;
  knowledge?: KnowledgeStore;
  tokenSecret?: string;
}

/** The turn settings configuration gives, for turns run outside a workflow (eval, the benchmark's baseline). */
export function turnSettingsFrom(config: AppConfig): TurnSettings {
  return {
    qaMaxRounds: config.conversation.qaMaxRounds,
    agentMaxSteps: config.conversation.agentMaxSteps,
    rolloutShare: config.conversation.rolloutShare,
    generalistShare: config.conversation.generalistShare,
    riskyCategories: config.conversation.riskyCategories,
    modelSteps: config.llm.modelSteps,
  };
}

/** Builds the activities' dependencies from configuration: no module-level clients anywhere. */
export function buildActivityDeps(input: {
  config: AppConfig;
  db: Kysely<Database>;
  log: Logger;
  overrides?: ActivityDepsOverrides;
}): ActivityDeps {
  const { config, db, overrides } = input;
  const tokenSecret =
    overrides?.tokenSecret ??
    resolveTokenSecret({ configured: config.widget.tokenSecret, dataDir: config.dataDir });
  const taxonomy = loadTaxonomy();
  const llm = createLlmRegistry(config.llm, {
    offlineHandlers: overrides?.offlineHandlers ?? offlineHandlers({ taxonomy }),
    fetch: overrides?.fetch,
  });
  const chatwoot =
    config.chatwoot.baseUrl && config.chatwoot.apiToken
      ? createChatwootClient({
          baseUrl: config.chatwoot.baseUrl,
          apiToken: config.chatwoot.apiToken,
          fetch: overrides?.fetch,
        })
      : undefined;
  if (config.chatwoot.baseUrl && !config.chatwoot.apiToken) {
    input.log.warn('CHATWOOT_BASE_URL is set without CHATWOOT_API_TOKEN: replies stay in the local outbox');
  }
  return {
    db,
    llm,
    chatwoot,
    taxonomy,
    settings: {
      idleTimeout: config.conversation.idleTimeout,
      historyEventLimit: config.conversation.historyEventLimit,
      ...turnSettingsFrom(config),
      actionTimeoutMs: msToNumber(config.actions.timeout as Duration),
      memoryEveryNTurns: config.learning.memoryEveryNTurns,
    },
    teams: config.chatwoot.teamIds,
    llmAttemptsPerProvider: config.llm.attemptsPerProvider,
    thresholds: config.conversation.categoryThresholds,
    commerce: createPostgresCommerce(db),
    knowledge: overrides?.knowledge ?? createKnowledgeStore(config, db),
    sources: createLearningSources(db, { today: () => businessDay(config.calendar) }),
    calendar: config.calendar,
    tokenSecret,
    mailer: config.mail.smtpUrl ? smtpMailer(config.mail.smtpUrl, config.mail.from) : LOCAL_MAILER,
    formLinkFor: (conversationId) =>
      formLink(
        config.http.publicUrl,
        conversationId,
        issueFormToken({
          secret: tokenSecret,
          conversationId,
          ttlSeconds: config.widget.tokenTtlSeconds,
          now: new Date(),
        }),
      ),
    alerts: { webhookUrl: config.learning.alertWebhookUrl, chatwoot: config.learning.alertChatwoot },
    evaluation: {
      datasetPath: config.learning.goldenDataset,
      autonomous: config.conversation.autonomousMode,
      turnSettings: turnSettingsFrom(config),
    },
  };
}

import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { ActivityDeps } from '../activities/create-activities';
import { createChatwootClient } from '../activities/chatwoot/chatwoot-client';
import { createLlmRegistry, type OfflineHandlers } from '../activities/llm';
import { offlineHandlers } from '../activities/offline/handlers';
import { loadTaxonomy } from '../activities/taxonomy';
import type { AppConfig } from '../config/config';
import type { Database } from '../schema/tables';

/** Seams for tests and benchmarks: what sits across the network, swapped for fakes. */
export interface ActivityDepsOverrides {
  fetch?: typeof fetch;
  offlineHandlers?: OfflineHandlers;
}

/** Builds the activities' dependencies from configuration: no module-level clients anywhere. */
export function buildActivityDeps(input: {
  config: AppConfig;
  db: Kysely<Database>;
  log: Logger;
  overrides?: ActivityDepsOverrides;
}): ActivityDeps {
  const { config, db, overrides } = input;
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
      qaMaxRounds: config.conversation.qaMaxRounds,
    },
    teams: config.chatwoot.teamIds,
    llmAttemptsPerProvider: config.llm.attemptsPerProvider,
  };
}

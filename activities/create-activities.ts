import type { Kysely } from 'kysely';
import type { Database } from '../schema/tables';
import type { ConversationSettings } from '../workflows/types';
import type { ChatwootClient } from './chatwoot/chatwoot-client';
import { createConversationActivities } from './conversation-activities';
import type { LlmRegistry } from './llm';
import { createModelActivities } from './model-activities';
import { createOutboundActivities } from './outbound-activities';
import type { Taxonomy } from './taxonomy';

/** Everything activities depend on; built once per worker (workers/activity-deps.ts). */
export interface ActivityDeps {
  db: Kysely<Database>;
  llm: LlmRegistry;
  chatwoot: ChatwootClient | undefined;
  taxonomy: Taxonomy;
  settings: ConversationSettings;
  teams: Record<string, number>;
  /** Temporal attempts each model provider gets before falling back to the next. */
  llmAttemptsPerProvider: number;
}

/** Builds every activity from its dependencies; workflows proxy `ReturnType<typeof createActivities>`. */
export function createActivities(deps: ActivityDeps) {
  return {
    ...createConversationActivities({ db: deps.db, settings: deps.settings }),
    ...createModelActivities({
      db: deps.db,
      llm: deps.llm,
      taxonomy: deps.taxonomy,
      attemptsPerProvider: deps.llmAttemptsPerProvider,
    }),
    ...createOutboundActivities({ db: deps.db, chatwoot: deps.chatwoot, teams: deps.teams }),
  };
}

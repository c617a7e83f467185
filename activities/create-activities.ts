import type { Kysely } from 'kysely';
import type { Database } from '../schema/tables';
import type { TurnSettings } from '../workflows/turn-types';
import type { ConversationSettings } from '../workflows/types';
import { createActionActivities } from './action-activities';
import { createAgentActivities } from './agents/agent-activities';
import type { AgentSources } from './agents/agent-sources';
import { businessDay, type Calendar } from './agents/calendar';
import type { ChatwootClient } from './chatwoot/chatwoot-client';
import type { CommerceAdapter } from './commerce/commerce-adapter';
import { createConversationActivities } from './conversation-activities';
import { createGoldenEvalActivities } from './eval/golden-eval-activities';
import { createTurnRunner, GOLDEN_TODAY, type TurnRunner } from './eval/turn-runner';
import type { KnowledgeStore } from './knowledge/types';
import type { AlertChannels } from './learning/alerts/deliver-alert';
import { createLearningActivities } from './learning/create-learning-activities';
import { createReplayActivities } from './learning/replay/replay-activities';
import type { LlmRegistry } from './llm';
import { createModelActivities } from './model-activities';
import { createIdentityActivities } from './identity/identity-activities';
import type { Mailer } from './identity/mailer';
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
  /** Auto-send thresholds overriding the taxonomy's, by category. */
  thresholds: Record<string, number>;
  commerce: CommerceAdapter;
  knowledge: KnowledgeStore;
  sources: AgentSources;
  calendar: Calendar;
  /** The master secret of conversation tokens (widget and form links). */
  tokenSecret: string | undefined;
  /** Sends the codes that verify a sender (SMTP_URL), or keeps them in the local mailbox. */
  mailer: Mailer;
  /** The signed form-page link of a conversation, when the widget is served. */
  formLinkFor?: (conversationId: string) => string;
  /** Where learning alerts go (ALERT_WEBHOOK_URL, ALERT_CHATWOOT_*); unset: stored only. */
  alerts?: AlertChannels;
  /** The daily golden evaluation: its dataset, AUTONOMOUS_MODE and the turn settings it runs with. */
  evaluation: { datasetPath: string; autonomous: boolean; turnSettings: TurnSettings };
}

/** Builds every activity from its dependencies; workflows proxy `ReturnType<typeof createActivities>`. */
export function createActivities(deps: ActivityDeps) {
  return {
    ...createConversationActivities({ db: deps.db, settings: deps.settings, tokenSecret: deps.tokenSecret }),
    ...createModelActivities({
      db: deps.db,
      llm: deps.llm,
      taxonomy: deps.taxonomy,
      attemptsPerProvider: deps.llmAttemptsPerProvider,
      thresholds: deps.thresholds,
    }),
    ...createAgentActivities({
      db: deps.db,
      llm: deps.llm,
      commerce: deps.commerce,
      knowledge: deps.knowledge,
      taxonomy: deps.taxonomy,
      sources: deps.sources,
      calendar: deps.calendar,
      attemptsPerProvider: deps.llmAttemptsPerProvider,
      formLinkFor: deps.formLinkFor,
    }),
    ...createOutboundActivities({ db: deps.db, chatwoot: deps.chatwoot, teams: deps.teams }),
    ...createIdentityActivities({
      db: deps.db,
      commerce: deps.commerce,
      mailer: deps.mailer,
      secret: deps.tokenSecret ?? '',
    }),
    // The Postgres adapter runs inside the audit row's transaction: a change and its audit commit together.
    ...createActionActivities({
      db: deps.db,
      today: () => businessDay(deps.calendar),
      formLinkFor: deps.formLinkFor,
    }),
    ...createLearningActivities({
      db: deps.db,
      llm: deps.llm,
      commerce: deps.commerce,
      chatwoot: deps.chatwoot,
      calendar: deps.calendar,
      taxonomy: deps.taxonomy,
      attemptsPerProvider: deps.llmAttemptsPerProvider,
      alerts: deps.alerts ?? {},
    }),
    ...createGoldenEvalActivities({
      db: deps.db,
      datasetPath: deps.evaluation.datasetPath,
      autonomous: deps.evaluation.autonomous,
      // The worker's own dependencies, with the day pinned to the one the golden answers are written against.
      turnRunner: (): TurnRunner =>
        createTurnRunner(
          createActivities({ ...deps, calendar: { ...deps.calendar, today: GOLDEN_TODAY } }),
          deps.evaluation.turnSettings,
        ),
    }),
    ...createReplayActivities({
      db: deps.db,
      taxonomy: deps.taxonomy,
      thresholds: deps.thresholds,
      settings: deps.settings,
    }),
  };
}

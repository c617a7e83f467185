import type { Kysely } from 'kysely';
import type { Database } from '../../schema/tables';
import { businessDay, type Calendar } from '../agents/calendar';
import type { ChatwootClient } from '../chatwoot/chatwoot-client';
import type { CommerceAdapter } from '../commerce/commerce-adapter';
import type { LlmRegistry } from '../llm';
import type { Taxonomy } from '../taxonomy';
import { createAlertActivities, type AlertActivities } from './alerts/alert-activities';
import type { AlertChannels } from './alerts/deliver-alert';
import { createCorrectionActivities, type CorrectionActivities } from './corrections/correction-activities';
import {
  createLearnedKnowledgeActivities,
  type LearnedKnowledgeActivities,
} from './learned-knowledge/learned-knowledge-activities';
import { createMemoryActivities, type MemoryActivities } from './memory/memory-activities';
import {
  createWeeklyLearningActivities,
  type WeeklyLearningActivities,
} from './weekly/weekly-learning-activities';

/** What the learning activities depend on. */
export interface LearningActivityDeps {
  db: Kysely<Database>;
  llm: LlmRegistry;
  commerce: CommerceAdapter;
  chatwoot: ChatwootClient | undefined;
  calendar: Calendar;
  /** The categories the weekly learning jobs go through. */
  taxonomy: Taxonomy;
  attemptsPerProvider: number;
  /** Where alerts go; none configured = stored only. */
  alerts: AlertChannels;
  fetch?: typeof fetch;
}

/** Every learning activity: memory, learned knowledge, corrections, alerts and the weekly jobs. */
export type LearningActivities = MemoryActivities &
  LearnedKnowledgeActivities &
  CorrectionActivities &
  AlertActivities &
  WeeklyLearningActivities;

/** Builds the learning activities from their dependencies (spread into `createActivities`). */
export function createLearningActivities(deps: LearningActivityDeps): LearningActivities {
  const models = { db: deps.db, llm: deps.llm, attemptsPerProvider: deps.attemptsPerProvider };
  return {
    ...createMemoryActivities({
      ...models,
      commerce: deps.commerce,
      today: () => businessDay(deps.calendar),
    }),
    ...createLearnedKnowledgeActivities(models),
    ...createCorrectionActivities(models),
    ...createWeeklyLearningActivities({ ...models, taxonomy: deps.taxonomy }),
    ...createAlertActivities({
      db: deps.db,
      chatwoot: deps.chatwoot,
      channels: deps.alerts,
      fetch: deps.fetch,
    }),
  };
}

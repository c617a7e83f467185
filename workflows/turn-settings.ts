import type { TurnSettings } from './turn-types';
import type { ConversationSettings } from './types';

/**
 * The turn settings of a run's configuration. Runs recorded before the full turn pipeline have no
 * agent, rollout, generalist or risk settings: they get the defaults they ran with.
 */
export function turnSettingsOf(settings: ConversationSettings): TurnSettings {
  return {
    qaMaxRounds: settings.qaMaxRounds,
    agentMaxSteps: settings.agentMaxSteps ?? 4,
    rolloutShare: settings.rolloutShare ?? 100,
    generalistShare: settings.generalistShare ?? 0,
    riskyCategories: settings.riskyCategories ?? [],
    modelSteps: settings.modelSteps ?? 'remote',
  };
}

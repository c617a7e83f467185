import type { ModelCallDeps } from '../../model-call';
import { callModelStructured } from '../../model-call';
import { savePendingSuggestion } from '../../repos/instruction-suggestions-repo';
import { linkPatternSuggestion } from '../../repos/qa-failure-patterns-repo';
import {
  SUGGEST_SYSTEM_PROMPT,
  suggestionsSchema,
  suggestUserMessage,
  type SuggestTask,
} from '../instructions/suggestion-types';
import { SUGGESTION_MIN_FREQUENCY, type LearningPattern } from './learning-patterns';
import type { CategoryLearningInput, SuggestionOutcome } from './weekly-learning-types';

/**
 * Asks the pattern-analyst model for one guideline per pattern seen often enough and queues each
 * as a pending suggestion (one per category and pattern: a pending one is refreshed, not
 * repeated); a QA failure pattern is linked to its suggestion.
 */
export async function queueSuggestions(
  deps: ModelCallDeps,
  input: CategoryLearningInput & { patterns: LearningPattern[] },
): Promise<SuggestionOutcome[]> {
  const candidates = input.patterns.filter((pattern) => pattern.frequency >= SUGGESTION_MIN_FREQUENCY);
  if (candidates.length === 0) return [];
  const task: SuggestTask = {
    category: input.category,
    source: input.source,
    patterns: candidates.map((pattern) => ({
      pattern: pattern.pattern,
      description: pattern.description,
      frequency: pattern.frequency,
      examples: pattern.examples.map(({ before, after, note }) => ({ before, after, note })),
    })),
  };
  const { value } = await callModelStructured(
    deps,
    null,
    'pattern_analyst',
    {
      system: SUGGEST_SYSTEM_PROMPT,
      messages: [{ role: 'user', content: suggestUserMessage(task) }],
      task: { kind: 'learning.suggest_instructions', input: task },
      maxTokens: 1500,
      temperature: 0.2,
    },
    suggestionsSchema,
  );
  const outcomes: SuggestionOutcome[] = [];
  for (const pattern of candidates) {
    // A model that skips a pattern leaves it for next week rather than queueing an empty suggestion.
    const suggestion = value.suggestions.find((entry) => entry.pattern === pattern.pattern);
    if (!suggestion) continue;
    const { suggestion: stored, created } = await savePendingSuggestion(deps.db, {
      category: input.category,
      source: input.source,
      pattern: pattern.pattern,
      frequency: pattern.frequency,
      suggestedInstruction: suggestion.instruction,
      rationale: suggestion.rationale || null,
      evidence: pattern.examples,
      evalRunId: input.runId,
    });
    if (input.source === 'eval') {
      await linkPatternSuggestion(deps.db, {
        category: input.category,
        pattern: pattern.pattern,
        windowStart: new Date(input.windowStart),
        suggestionId: stored.id,
      });
    }
    outcomes.push({
      pattern: pattern.pattern,
      frequency: pattern.frequency,
      suggestionId: stored.id,
      created,
    });
  }
  return outcomes;
}

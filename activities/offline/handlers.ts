import { z } from 'zod';
import { defineOfflineHandler, type OfflineHandlers } from '../llm';
import { FALLBACK_CATEGORY, type Taxonomy } from '../taxonomy';
import { agentStep } from './agents/agent-step';
import { reviewDraft } from './agents/qa/qa-review';
import { summarizeTranscript } from './agents/summarizer';
import { agentStepTaskSchema, qaReviewTaskSchema, summarizeTaskSchema } from './agents/task-schemas';
import { actionReplyHandler } from './action-reply/action-reply-handler';
import { learningOfflineHandlers } from './learning/handlers';
import { classifyMessage } from './router';

const routerTaskInput = z.object({
  text: z.string(),
  previousCategory: z.string().nullable().optional(),
  previousReply: z.string().nullable().optional(),
});

/**
 * The offline provider's "model" for each task kind: real, rule-based logic that reads the task's
 * structured input, so the whole system runs and is tested without keys or network.
 */
export function offlineHandlers(deps: { taxonomy: Taxonomy }): OfflineHandlers {
  const known = new Set(deps.taxonomy.categories.map((category) => category.id));
  return {
    'router.classify': defineOfflineHandler(routerTaskInput, (input) => {
      const output = classifyMessage(input.text, {
        previousCategory: input.previousCategory ?? undefined,
        previousReply: input.previousReply ?? undefined,
      });
      return {
        json: {
          category: known.has(output.category) ? output.category : FALLBACK_CATEGORY,
          secondaryIntents: output.secondaryIntents,
          sentiment: output.sentiment,
          escalationSignal: output.escalationSignal,
          language: output.language,
          confidence: output.confidence,
        },
      };
    }),
    'agent.step': defineOfflineHandler(agentStepTaskSchema, (input) => {
      const result = agentStep(input);
      return result.toolCalls.length > 0 ? { toolCalls: result.toolCalls } : { text: result.text };
    }),
    'qa.review': defineOfflineHandler(qaReviewTaskSchema, (input) => ({ json: reviewDraft(input) })),
    'agent.action_reply': actionReplyHandler,
    ...learningOfflineHandlers(),
    'summarizer.summarize': defineOfflineHandler(summarizeTaskSchema, (input) => ({
      text: summarizeTranscript(input.transcript, input.maxWords),
    })),
  };
}

import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../schema/tables';
import type { CustomerRef, IncomingMessage, RouteResult } from '../workflows/types';
import type { LlmRegistry } from './llm';
import { callModel, callModelStructured } from './model-call';
import { routerMessage, routerPrompt } from './prompts/router-prompt';
import { lastPublicReply } from './repos/messages-repo';
import { insertRouterOutput } from './repos/router-outputs-repo';
import { categoryOf, type Taxonomy } from './taxonomy';

export interface ModelActivityDeps {
  db: Kysely<Database>;
  llm: LlmRegistry;
  taxonomy: Taxonomy;
  attemptsPerProvider: number;
  /** Auto-send thresholds overriding the taxonomy's, by category. */
  thresholds: Record<string, number>;
}

const routeSchema = z.object({
  category: z.string().min(1),
  secondaryIntents: z.array(z.string()).default([]),
  sentiment: z.enum(['positive', 'neutral', 'negative', 'frustrated']),
  escalationSignal: z.boolean(),
  language: z.string().min(2).max(8),
  confidence: z.number().min(0).max(1),
});

/** Activities that call a model: routing and drafting. */
export function createModelActivities(deps: ModelActivityDeps) {
  return {
    /** Intake router: category, sentiment, escalation signal, language and confidence, stored once per message. */
    async routeMessage(input: {
      conversationId: string;
      message: IncomingMessage;
      previousCategory: string | null;
      /** The conversation's turn this message opens (stored with the verdict). */
      turn?: number;
      /**
       * True when `message` carries the request that waited for the sender's verification, routed
       * again once the code came back: its verdict is stored beside the code message's own.
       */
      waitingQuestion?: boolean;
      /** False in evaluations: the verdict is not stored. */
      record?: boolean;
    }): Promise<RouteResult> {
      // A first message answers nothing; later ones may be short follow-ups of the last reply.
      const previousReply = input.previousCategory
        ? await lastPublicReply(deps.db, input.conversationId)
        : null;
      const { value, provider, model } = await callModelStructured(
        deps,
        input.conversationId,
        'router',
        {
          system: routerPrompt(deps.taxonomy),
          messages: [{ role: 'user', content: routerMessage(input.message.content, previousReply) }],
          task: {
            kind: 'router.classify',
            input: { text: input.message.content, previousCategory: input.previousCategory, previousReply },
          },
          maxTokens: 300,
          temperature: 0,
        },
        routeSchema,
      );
      const category = categoryOf(deps.taxonomy, value.category);
      const route: RouteResult = {
        ...value,
        category: category.id,
        specialist: category.specialist,
        alwaysEscalate: category.always_escalate,
        autoSendThreshold: deps.thresholds[category.id] ?? category.auto_send_threshold,
      };
      if (input.record === false) return route;
      await insertRouterOutput(deps.db, {
        conversationId: input.conversationId,
        messageKey: input.message.messageId,
        turn: input.turn ?? null,
        waitingQuestion: input.waitingQuestion ?? false,
        route,
        model: `${provider}:${model}`,
      });
      return route;
    },

    /** Drafts the reply to a customer message. */
    async draftReply(input: {
      conversationId: string;
      message: IncomingMessage;
      route: RouteResult;
      customer: CustomerRef;
    }): Promise<{ text: string; model: string }> {
      const { response, provider, model } = await callModel(deps, input.conversationId, 'specialist', {
        system:
          'You are a warm, precise customer-support agent for a subscription-box company. Answer the customer briefly, ' +
          'in their language. Never claim to have changed anything on their account.',
        messages: [{ role: 'user', content: input.message.content }],
        task: {
          kind: 'reply.basic',
          input: { customerMessage: input.message.content, customerName: input.customer.name ?? undefined },
        },
        maxTokens: 600,
      });
      return { text: response.text, model: `${provider}:${model}` };
    },
  };
}

import { ApplicationFailure } from '@temporalio/common';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { TurnReplayOptions } from '../../workflows/turn-types';
import type { Database } from '../../schema/tables';
import type { CommerceAdapter } from '../commerce/commerce-adapter';
import { isReadToolName, runReadTool } from '../commerce/read-tools';
import { buildCustomerContext, type CustomerContext } from '../context/build-context';
import type { ActionReplyTask } from '../offline/action-reply/action-reply-handler';
import { searchKnowledge } from '../knowledge/hybrid-search';
import type { KnowledgeStore } from '../knowledge/types';
import type { LlmRegistry } from '../llm';
import { LearningNotFoundError } from '../learning/learning-errors';
import { callModel, callModelStructured } from '../model-call';
import { searchLearnedKnowledge } from '../repos/learned-knowledge-repo';
import {
  insertQaVerdict,
  insertReadExecution,
  insertTurnMetrics,
  type TurnMetrics,
} from '../repos/turn-records-repo';
import { categoryOf, FALLBACK_CATEGORY, type Taxonomy } from '../taxonomy';
import type {
  AgentName,
  AgentStepResult,
  AgentStepTask,
  FewShotExample,
  KnowledgePassage,
  MemoryItem,
  QaReview,
  QaReviewTask,
  ToolOutcome,
} from './agent-contract';
import { agentMessages, agentSystemPrompt, QA_SYSTEM_PROMPT, qaUserMessage } from './agent-prompt';
import type { AgentSources, DeployedInstructions } from './agent-sources';
import { toolSpecsFor } from './agent-tools';
import { businessDay, type Calendar } from './calendar';
import { conversationSoFar } from './conversation-so-far';

export interface AgentActivityDeps {
  db: Kysely<Database>;
  llm: LlmRegistry;
  commerce: CommerceAdapter;
  knowledge: KnowledgeStore;
  taxonomy: Taxonomy;
  sources: AgentSources;
  calendar: Calendar;
  attemptsPerProvider: number;
  /** The customer's form page for a conversation (signed link), when the widget is served. */
  formLinkFor?: (conversationId: string) => string;
}

/** What a turn knows before its agent runs. */
export interface TurnContext {
  today: string;
  customer: CustomerContext;
  history: string;
  /** The AI's or a person's reply the message answers (null when the customer spoke last or first). */
  inReplyTo: string | null;
  memory: MemoryItem[];
  fewShot: FewShotExample[];
  instructions: DeployedInstructions;
  formLink: string | null;
}

const qaReviewSchema = z.object({
  tone: z.number().min(0).max(1),
  accuracy: z.number().min(0).max(1),
  safety: z.number().min(0).max(1),
  completeness: z.number().min(0).max(1),
  verdict: z.enum(['pass', 'refine', 'escalate']),
  reasons: z.array(z.string()).default([]),
  escalationReason: z
    .enum(['missing_knowledge', 'unsupported_request', 'policy_restriction', 'qa_escalation'])
    .optional(),
});

/** Approved learned facts retrieved next to the knowledge-base passages. */
const LEARNED_FACTS = 3;

/** The activities of the agent part of a turn: context, knowledge, model steps, tools and QA. */
export function createAgentActivities(deps: AgentActivityDeps) {
  const modelDeps = { db: deps.db, llm: deps.llm, attemptsPerProvider: deps.attemptsPerProvider };

  /** The deployed instructions, or the candidate version a replay names (unknown: not retried). */
  async function instructionsFor(input: {
    category: string;
    agent: AgentName;
    instructionOverride?: { version: number };
  }): Promise<DeployedInstructions> {
    if (!input.instructionOverride) return deps.sources.instructionsFor(input.category, input.agent);
    try {
      return await deps.sources.instructionsFor(
        input.category,
        input.agent,
        input.instructionOverride.version,
      );
    } catch (error) {
      if (error instanceof LearningNotFoundError)
        throw ApplicationFailure.nonRetryable(error.message, 'NotFound');
      throw error;
    }
  }

  return {
    /**
     * Everything the agent needs besides knowledge: the customer (profile, subscription, last
     * orders, and outstanding issues detected in parallel), the conversation so far, memory,
     * examples and the deployed instructions (a replay's candidate version instead, when given).
     */
    async gatherContext(
      input: {
        conversationId: string;
        customerEmail: string | null;
        category: string;
        agent: AgentName;
      } & TurnReplayOptions,
    ): Promise<TurnContext> {
      const today = businessDay(deps.calendar);
      const [customer, history, fewShot, instructions] = await Promise.all([
        buildCustomerContext({ commerce: deps.commerce, customerEmail: input.customerEmail, today }),
        conversationSoFar(modelDeps, input.conversationId, input.historyAsOf),
        deps.sources.fewShotFor(input.category),
        instructionsFor(input),
      ]);
      const memory = customer.known ? await deps.sources.memoryFor(customer.profile.id) : [];
      return {
        today,
        customer,
        history: history.text,
        inReplyTo: history.inReplyTo,
        memory,
        fewShot,
        instructions,
        // A replayed turn links to the form of the conversation it replays, as the original did.
        formLink: deps.formLinkFor
          ? deps.formLinkFor(input.historyAsOf?.conversationId ?? input.conversationId)
          : null,
      };
    },

    /**
     * Hybrid retrieval for the message. The category's English description joins the query so a
     * message in any language also meets the English articles; the customer's language ranks its
     * own articles in when there are any. The catch-all's description lists unrelated topics
     * (partnerships, privacy, pre-sales), which would outrank the message's own words: it joins none.
     */
    async retrieveKnowledge(input: {
      message: string;
      category: string;
      language: string;
    }): Promise<KnowledgePassage[]> {
      const today = businessDay(deps.calendar);
      const category = categoryOf(deps.taxonomy, input.category);
      const query =
        category.id === FALLBACK_CATEGORY ? input.message : `${category.description} ${input.message}`;
      const [result, learned] = await Promise.all([
        searchKnowledge(deps.knowledge, { query, today }),
        // Facts learned from conversations join once an operator approved them (never pending ones).
        searchLearnedKnowledge(deps.db, { query: input.message, limit: LEARNED_FACTS }),
      ]);
      return [
        ...result.hits.map((hit) => ({
          articleId: hit.articleId,
          title: hit.title,
          heading: hit.heading,
          text: hit.text,
          productArea: hit.productArea,
          language: hit.language,
          updatedAt: hit.updatedAt,
        })),
        ...learned.map((fact) => ({
          articleId: `learned-${fact.id}`,
          title: 'Learned from a conversation',
          heading: fact.question ?? fact.fact,
          text: fact.fact,
          productArea: fact.productArea ?? 'general',
          language: fact.language,
          updatedAt: fact.reviewedOn ?? today,
        })),
      ];
    },

    /** One model step of the agent loop: tool calls to make, or the reply. */
    async agentStep(input: {
      conversationId: string;
      task: AgentStepTask;
    }): Promise<AgentStepResult & { model: string }> {
      const { task } = input;
      const { response, provider, model } = await callModel(modelDeps, input.conversationId, 'specialist', {
        system: agentSystemPrompt(task),
        messages: agentMessages(task),
        tools: task.tools.length ? toolSpecsFor(task.agent, task.tools) : undefined,
        task: { kind: 'agent.step', input: task },
        maxTokens: 1_200,
        cacheSystemPrompt: true,
        // Retention weighs offers against policy: worth extended thinking on Anthropic.
        thinkingBudgetTokens: task.agent === 'retention' ? 2_048 : undefined,
      });
      return { text: response.text, toolCalls: response.toolCalls, model: `${provider}:${model}` };
    },

    /** Runs one read tool for the conversation's verified customer and audits the call. */
    async runReadTool(input: {
      conversationId: string;
      toolCallId: string;
      modelCallId: string;
      customerId: string | null;
      name: string;
      args: Record<string, unknown>;
      today: string;
      record: boolean;
    }): Promise<ToolOutcome> {
      const started = performance.now();
      const base = { id: input.modelCallId, name: input.name, kind: 'read' as const, args: input.args };
      let outcome: ToolOutcome;
      if (!isReadToolName(input.name)) {
        outcome = { ...base, result: null, error: `unknown tool ${input.name}` };
      } else if (!input.customerId) {
        outcome = {
          ...base,
          result: { ok: false, error: 'unknown_customer', message: 'No verified customer.' },
        };
      } else {
        const result = await runReadTool(
          input.name,
          { commerce: deps.commerce, customerId: input.customerId, today: input.today },
          input.args,
        );
        outcome = { ...base, result };
      }
      if (input.record) {
        await insertReadExecution(deps.db, {
          toolCallId: input.toolCallId,
          conversationId: input.conversationId,
          customerId: input.customerId,
          toolName: input.name,
          args: input.args,
          result: outcome.result,
          error: outcome.error ?? null,
          latencyMs: Math.round(performance.now() - started),
        });
      }
      return outcome;
    },

    /** QA's review of a draft, stored as one verdict per round. */
    async reviewDraft(input: {
      conversationId: string;
      turn: number;
      agent: AgentName;
      task: QaReviewTask;
      record: boolean;
    }): Promise<QaReview> {
      const { task } = input;
      const { value, provider, model } = await callModelStructured(
        modelDeps,
        input.conversationId,
        'qa',
        {
          system: QA_SYSTEM_PROMPT,
          messages: [{ role: 'user', content: qaUserMessage(task) }],
          task: { kind: 'qa.review', input: task },
          maxTokens: 500,
          temperature: 0,
        },
        qaReviewSchema,
      );
      if (input.record) {
        await insertQaVerdict(deps.db, {
          conversationId: input.conversationId,
          turn: input.turn,
          round: task.round,
          category: task.category,
          specialist: input.agent,
          review: value,
          draft: task.draft,
          model: `${provider}:${model}`,
          idempotencyKey: `${input.conversationId}:qa:${input.turn}:${task.round}`,
        });
      }
      return value;
    },

    /** The reply after the customer answered a confirmation (or let it expire), from the tool's result. */
    async composeActionReply(
      input: ActionReplyTask & { conversationId: string; customerId?: string },
    ): Promise<string> {
      const { conversationId, customerId, ...fields } = input;
      // Greet by the name on file, as the turn's replies do; the chat contact's name otherwise.
      const profile = customerId ? await deps.commerce.getCustomer(customerId) : null;
      const task: ActionReplyTask = { ...fields, customerName: profile?.name ?? fields.customerName };
      const { response } = await callModel(modelDeps, conversationId, 'specialist', {
        system:
          'Tell the customer, briefly and warmly in their language, what happened to the change they were asked to confirm. State only what the tool result says.',
        messages: [{ role: 'user', content: JSON.stringify(task) }],
        task: { kind: 'agent.action_reply', input: task },
        maxTokens: 400,
      });
      return response.text;
    },

    /** Stores the finished turn's metrics. */
    async recordTurnMetrics(input: TurnMetrics): Promise<void> {
      await insertTurnMetrics(deps.db, input);
    },
  };
}

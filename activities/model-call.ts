import { Context } from '@temporalio/activity';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { LlmRole } from '../config/config';
import type { Database } from '../schema/tables';
import {
  chatStructuredWithFallback,
  chatWithFallback,
  costUsd,
  toApplicationFailure,
  type ChatResponse,
  type FallbackOptions,
  type FallbackRequest,
  type FallbackResult,
  type LlmRegistry,
} from './llm';
import { insertLlmUsage } from './repos/llm-usage-repo';

export interface ModelCallDeps {
  db: Kysely<Database>;
  llm: LlmRegistry;
  /** Temporal attempts each provider gets before the next one in the role's chain takes over. */
  attemptsPerProvider: number;
}

/** The activity's attempt number (1 outside an activity, e.g. the in-process baseline). */
function currentAttempt(): number {
  try {
    return Context.current().info.attempt;
  } catch {
    return 1;
  }
}

async function recordUsage(
  deps: ModelCallDeps,
  conversationId: string | null,
  role: LlmRole,
  outcome: { provider: string; model: string; response: ChatResponse; fallbackFrom: string | null },
): Promise<void> {
  const { cost } = costUsd(outcome.provider, outcome.model, outcome.response.usage);
  await insertLlmUsage(deps.db, {
    conversationId,
    role,
    provider: outcome.provider,
    model: outcome.model,
    inputTokens: outcome.response.usage.inputTokens,
    outputTokens: outcome.response.usage.outputTokens,
    cachedTokens: outcome.response.usage.cachedInputTokens,
    costUsd: cost,
    latencyMs: outcome.response.latencyMs,
    fallbackFrom: outcome.fallbackFrom,
    error: null,
  });
}

/**
 * Runs a call through the role's provider chain at this activity attempt, records its usage and
 * cost, and turns failures into `ApplicationFailure`s whose `type` the workflow and retry policy
 * understand.
 */
async function throughChain<T>(
  deps: ModelCallDeps,
  conversationId: string | null,
  role: LlmRole,
  call: (options: FallbackOptions) => Promise<FallbackResult<T>>,
  responseOf: (result: T) => ChatResponse,
): Promise<FallbackResult<T>> {
  try {
    const outcome = await call({
      attempt: currentAttempt(),
      maxAttemptsPerProvider: deps.attemptsPerProvider,
    });
    await recordUsage(deps, conversationId, role, { ...outcome, response: responseOf(outcome.result) });
    return outcome;
  } catch (error) {
    throw toApplicationFailure(error);
  }
}

/** One model call for a role, through the role's provider chain, with its usage and cost recorded. */
export async function callModel(
  deps: ModelCallDeps,
  conversationId: string | null,
  role: LlmRole,
  request: FallbackRequest,
): Promise<{ response: ChatResponse; provider: string; model: string }> {
  const outcome = await throughChain(
    deps,
    conversationId,
    role,
    (options) => chatWithFallback(deps.llm, role, request, options),
    (response) => response,
  );
  return { response: outcome.result, provider: outcome.provider, model: outcome.model };
}

/** `callModel` for structured output validated by a zod schema (invalid output moves down the chain). */
export async function callModelStructured<T>(
  deps: ModelCallDeps,
  conversationId: string | null,
  role: LlmRole,
  request: FallbackRequest,
  schema: z.ZodType<T>,
): Promise<{ value: T; provider: string; model: string }> {
  const outcome = await throughChain(
    deps,
    conversationId,
    role,
    (options) => chatStructuredWithFallback(deps.llm, role, request, schema, options),
    (result) => result.response,
  );
  return { value: outcome.result.value, provider: outcome.provider, model: outcome.model };
}

import type { z } from 'zod';
import type { LlmRole } from '../../config/config';
import { isRetryableLlmError, LlmAllProvidersFailedError, LlmError } from './errors';
import type { ProviderFailure } from './errors';
import type { LlmRegistry, ModelChoice } from './registry';
import { chatStructured } from './structured';
import type { ChatRequest, ChatResponse, LlmProvider } from './types';

/** A request without role and model: the fallback chain fills those in. */
export type FallbackRequest = Omit<ChatRequest, 'role' | 'model'>;

/** One provider call made while walking the chain, reported to `onAttempt`. */
export interface AttemptInfo {
  role: LlmRole;
  provider: string;
  model: string;
  /** The Temporal activity attempt (1-based) this call was made in. */
  attempt: number;
  /** Position of the provider in the role's chain (0 = primary). */
  chainIndex: number;
  outcome: 'ok' | 'error';
  errorType?: string;
  errorMessage?: string;
  latencyMs: number;
}

/** How the chain is walked across Temporal activity attempts. */
export interface FallbackOptions {
  /** The current activity attempt, 1-based (`Context.current().info.attempt`). */
  attempt: number;
  /**
   * Attempts each provider gets (Temporal retrying with backoff) before the next one takes over;
   * defaults to the registry's `attemptsPerProvider` (config `LLM_ATTEMPTS_PER_PROVIDER`).
   */
  maxAttemptsPerProvider?: number;
  onAttempt?(info: AttemptInfo): void;
  signal?: AbortSignal;
}

/** A result and who produced it. */
export interface FallbackResult<T> {
  result: T;
  provider: string;
  model: string;
  /** `provider:model` of the primary when another provider answered, else null. */
  fallbackFrom: string | null;
}

const label = (choice: ModelChoice): string => `${choice.provider}:${choice.model}`;

/**
 * Runs `call` on the provider the attempt number selects. Attempts 1..N go to the primary, N+1..2N
 * to the first fallback, and so on; a retryable failure is rethrown for Temporal to retry with
 * backoff, except on a provider's last attempt, when the next provider is tried at once. A
 * non-retryable failure (bad request, invalid output) moves on at once too. When the chain runs
 * out, throws the non-retryable `LlmAllProvidersFailedError` so the workflow hands over to a human.
 */
export async function withFallback<T>(
  registry: LlmRegistry,
  role: LlmRole,
  options: FallbackOptions,
  call: (provider: LlmProvider, choice: ModelChoice) => Promise<T>,
): Promise<FallbackResult<T>> {
  const { primary, fallbacks } = registry.forRole(role);
  const chain = [primary, ...fallbacks];
  const perProvider = Math.max(1, Math.floor(options.maxAttemptsPerProvider ?? registry.attemptsPerProvider));
  const attempt = Math.max(1, Math.floor(options.attempt));
  const failures: ProviderFailure[] = [];
  let lastError: unknown;

  for (let index = Math.floor((attempt - 1) / perProvider); index < chain.length; index++) {
    const choice = chain[index] as ModelChoice;
    const started = performance.now();
    const report = (info: Pick<AttemptInfo, 'outcome' | 'errorType' | 'errorMessage'>): void =>
      options.onAttempt?.({
        role,
        provider: choice.provider,
        model: choice.model,
        attempt,
        chainIndex: index,
        latencyMs: Math.round(performance.now() - started),
        ...info,
      });
    try {
      const result = await call(registry.provider(choice.provider), choice);
      report({ outcome: 'ok' });
      return {
        result,
        provider: choice.provider,
        model: choice.model,
        fallbackFrom: index ? label(primary) : null,
      };
    } catch (error) {
      if (options.signal?.aborted) throw error;
      const errorType =
        error instanceof LlmError ? error.type : error instanceof Error ? error.name : 'Error';
      const message = error instanceof Error ? error.message : String(error);
      report({ outcome: 'error', errorType, errorMessage: message });
      failures.push({ provider: choice.provider, model: choice.model, type: errorType, message });
      lastError = error;
      const lastAttemptHere = attempt >= (index + 1) * perProvider;
      if (isRetryableLlmError(error) && !lastAttemptHere) throw error;
    }
  }
  throw new LlmAllProvidersFailedError(
    `every model for role ${role} failed: ${failures.map((f) => `${f.provider}:${f.model} ${f.type}`).join('; ') || 'chain exhausted'}`,
    { failures, cause: lastError },
  );
}

/** `withFallback` for a plain chat call. */
export async function chatWithFallback(
  registry: LlmRegistry,
  role: LlmRole,
  request: FallbackRequest,
  options: FallbackOptions,
): Promise<FallbackResult<ChatResponse>> {
  return withFallback(registry, role, options, (provider, choice) =>
    provider.chat({ ...request, role, model: choice.model }, options.signal),
  );
}

/** `withFallback` for a structured call; output that fails validation moves on to the next provider. */
export async function chatStructuredWithFallback<T>(
  registry: LlmRegistry,
  role: LlmRole,
  request: FallbackRequest,
  schema: z.ZodType<T>,
  options: FallbackOptions,
): Promise<FallbackResult<{ value: T; response: ChatResponse }>> {
  return withFallback(registry, role, options, (provider, choice) =>
    chatStructured(provider, { ...request, role, model: choice.model }, schema, options.signal),
  );
}

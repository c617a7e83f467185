import { ApplicationFailure } from '@temporalio/common';
import { LlmAllProvidersFailedError, LlmError, LlmOutputInvalidError, LlmRateLimitedError } from './errors';

function detailsOf(error: LlmError): unknown[] {
  if (error instanceof LlmAllProvidersFailedError) return [{ failures: error.failures }];
  if (error instanceof LlmOutputInvalidError) return [{ issues: error.issues }];
  return [];
}

/**
 * Turns the LLM layer's named errors into `ApplicationFailure`s carrying their `type`, retryability
 * and, for rate limits, the provider's retry-after as the next retry delay. Anything else is returned
 * unchanged. Activities call this in a catch and throw the result.
 */
export function toApplicationFailure(error: unknown): unknown {
  if (!(error instanceof LlmError)) return error;
  return ApplicationFailure.create({
    message: error.message,
    type: error.type,
    nonRetryable: !error.retryable,
    details: detailsOf(error),
    cause: error,
    ...(error instanceof LlmRateLimitedError && error.retryAfterMs !== undefined
      ? { nextRetryDelay: error.retryAfterMs }
      : {}),
  });
}

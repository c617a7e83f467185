import { LlmBadRequestError, LlmRateLimitedError, LlmUnavailableError } from './errors';
import type { LlmError } from './errors';

/** Reads `retry-after-ms`, then `retry-after` (seconds or an HTTP date), as both SDKs do. */
export function retryAfterMsFrom(headers: Headers | undefined, now: number = Date.now()): number | undefined {
  const millis = headers?.get('retry-after-ms');
  if (millis && Number.isFinite(Number(millis))) return Math.max(0, Number(millis));
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Maps an HTTP failure to a named error. 408, 409 and 5xx (Anthropic's 529 overload too) are
 * transient; any other 4xx will fail the same way however often it is retried.
 */
export function llmErrorFromStatus(input: {
  provider: string;
  status: number;
  headers: Headers | undefined;
  message: string;
  cause: unknown;
}): LlmError {
  const { provider, status, headers, cause } = input;
  const message = `${provider} ${status}: ${input.message}`;
  if (status === 429) {
    return new LlmRateLimitedError(message, { provider, cause, retryAfterMs: retryAfterMsFrom(headers) });
  }
  if (status === 408 || status === 409 || status >= 500) {
    return new LlmUnavailableError(message, { provider, cause, status });
  }
  return new LlmBadRequestError(message, { provider, cause, status });
}

/** A connection failure or a client-side timeout: the provider may answer on the next attempt. */
export function llmConnectionError(provider: string, error: Error): LlmUnavailableError {
  return new LlmUnavailableError(`${provider} unreachable: ${error.message}`, { provider, cause: error });
}

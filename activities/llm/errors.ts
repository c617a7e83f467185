/**
 * Named errors of the LLM layer. Each carries a stable `type` that activities turn into the
 * `ApplicationFailure` type (see `application-failure.ts`), so retry policies and workflows branch on it.
 */

/** Failure types a retry policy must not retry. */
export const LLM_NON_RETRYABLE_ERROR_TYPES = [
  'LlmBadRequest',
  'LlmOutputInvalid',
  'LlmAllProvidersFailed',
] as const;

/** Every failure type this layer produces. */
export type LlmErrorType =
  'LlmRateLimited' | 'LlmUnavailable' | (typeof LLM_NON_RETRYABLE_ERROR_TYPES)[number];

/** Base class of the LLM layer's named errors. */
export abstract class LlmError extends Error {
  abstract readonly type: LlmErrorType;
  abstract readonly retryable: boolean;
  /** The provider that failed, when one did. */
  readonly provider: string | undefined;

  constructor(message: string, options: { provider?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.provider = options.provider;
  }
}

/** The provider throttled us (HTTP 429); retry after `retryAfterMs` when the provider said so. */
export class LlmRateLimitedError extends LlmError {
  override readonly name = 'LlmRateLimitedError';
  readonly type = 'LlmRateLimited' as const;
  readonly retryable = true;
  readonly retryAfterMs: number | undefined;

  constructor(message: string, options: { provider?: string; cause?: unknown; retryAfterMs?: number } = {}) {
    super(message, options);
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** The provider could not answer now: a 5xx, an overload, a connection error or a timeout. */
export class LlmUnavailableError extends LlmError {
  override readonly name = 'LlmUnavailableError';
  readonly type = 'LlmUnavailable' as const;
  readonly retryable = true;
  readonly status: number | undefined;

  constructor(message: string, options: { provider?: string; cause?: unknown; status?: number } = {}) {
    super(message, options);
    this.status = options.status;
  }
}

/** The request itself is wrong (400/401/403/404, unknown offline task); retrying cannot help. */
export class LlmBadRequestError extends LlmError {
  override readonly name = 'LlmBadRequestError';
  readonly type = 'LlmBadRequest' as const;
  readonly retryable = false;
  readonly status: number | undefined;

  constructor(message: string, options: { provider?: string; cause?: unknown; status?: number } = {}) {
    super(message, options);
    this.status = options.status;
  }
}

/** The model answered, but its structured output did not match the schema. */
export class LlmOutputInvalidError extends LlmError {
  override readonly name = 'LlmOutputInvalidError';
  readonly type = 'LlmOutputInvalid' as const;
  readonly retryable = false;
  /** Validation issues (zod's `issues`, or a JSON parse message). */
  readonly issues: unknown[];
  /** The raw text the model returned, for the trace. */
  readonly rawText: string;

  constructor(message: string, options: { provider?: string; issues: unknown[]; rawText: string }) {
    super(message, options);
    this.issues = options.issues;
    this.rawText = options.rawText;
  }
}

/** One failed attempt inside a fallback chain. */
export interface ProviderFailure {
  provider: string;
  model: string;
  type: string;
  message: string;
}

/** Every provider in the chain failed: the workflow should hand the conversation to a human. */
export class LlmAllProvidersFailedError extends LlmError {
  override readonly name = 'LlmAllProvidersFailedError';
  readonly type = 'LlmAllProvidersFailed' as const;
  readonly retryable = false;
  readonly failures: ProviderFailure[];

  constructor(message: string, options: { failures: ProviderFailure[]; cause?: unknown }) {
    super(message, options);
    this.failures = options.failures;
  }
}

/** True for errors worth retrying on the same provider, or moving on to the next one. */
export function isRetryableLlmError(error: unknown): error is LlmRateLimitedError | LlmUnavailableError {
  return error instanceof LlmRateLimitedError || error instanceof LlmUnavailableError;
}

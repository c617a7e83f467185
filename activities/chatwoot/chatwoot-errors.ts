/** Why a Chatwoot call failed. */
export type ChatwootFailureReason =
  'client_error' | 'rate_limited' | 'server_error' | 'network' | 'timeout' | 'bad_response';

export interface ChatwootErrorDetails {
  reason: ChatwootFailureReason;
  /** The HTTP status; null when no response arrived. */
  status: number | null;
  method: string;
  path: string;
  /** The start of the response body, for logs (Chatwoot's error bodies carry no secrets). */
  responseBody: string;
  message: string;
  cause?: unknown;
}

/**
 * A failed Chatwoot call. Temporal takes a thrown error's class name as the failure `type`, so the
 * two subclasses are what retry policies name; `retryable` and `type` say the same for code.
 */
export abstract class ChatwootHttpError extends Error {
  abstract readonly retryable: boolean;
  abstract readonly type: 'ChatwootClientError' | 'ChatwootUnavailableError';
  readonly reason: ChatwootFailureReason;
  readonly status: number | null;
  readonly method: string;
  readonly path: string;
  readonly responseBody: string;

  constructor(details: ChatwootErrorDetails) {
    super(details.message, details.cause === undefined ? undefined : { cause: details.cause });
    this.reason = details.reason;
    this.status = details.status;
    this.method = details.method;
    this.path = details.path;
    this.responseBody = details.responseBody;
  }
}

/** 4xx other than 408/429: the request itself is wrong (bad token, unknown conversation); never retried. */
export class ChatwootClientError extends ChatwootHttpError {
  override readonly name = 'ChatwootClientError';
  readonly retryable = false;
  readonly type = 'ChatwootClientError';
}

/** 429, 5xx, 408, a network failure, a timeout or an unreadable 2xx body: worth retrying. */
export class ChatwootUnavailableError extends ChatwootHttpError {
  override readonly name = 'ChatwootUnavailableError';
  readonly retryable = true;
  readonly type = 'ChatwootUnavailableError';
}

/** The Temporal failure types of Chatwoot errors that must not be retried. */
export const CHATWOOT_NON_RETRYABLE_ERROR_TYPES: readonly string[] = ['ChatwootClientError'];

/** Whether an HTTP status is worth retrying. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** The error for a non-2xx response. */
export function errorForStatus(
  status: number,
  body: string,
  method: string,
  path: string,
): ChatwootHttpError {
  const details = {
    status,
    method,
    path,
    responseBody: body.slice(0, 500),
    message: `Chatwoot ${method} ${path} answered ${status}`,
  };
  if (!isRetryableStatus(status)) return new ChatwootClientError({ ...details, reason: 'client_error' });
  return new ChatwootUnavailableError({
    ...details,
    reason: status === 429 ? 'rate_limited' : 'server_error',
  });
}

/** The error for a call that got no usable response. */
export function errorForFailure(
  reason: 'network' | 'timeout' | 'bad_response',
  method: string,
  path: string,
  cause?: unknown,
  status: number | null = null,
): ChatwootHttpError {
  const detail = cause instanceof Error ? `: ${cause.message}` : '';
  return new ChatwootUnavailableError({
    reason,
    status,
    method,
    path,
    responseBody: '',
    message: `Chatwoot ${method} ${path} failed (${reason})${detail}`,
    cause,
  });
}

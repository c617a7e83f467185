/** The alert webhook answered with a status that retrying will not change (4xx other than 408/429). */
export class AlertWebhookRejectedError extends Error {
  override readonly name = 'AlertWebhookRejectedError';
  constructor(
    readonly status: number,
    readonly responseBody: string,
  ) {
    super(`the alert webhook answered ${status}`);
  }
}

/** The alert webhook could not be reached, timed out, or answered 408, 429 or 5xx: worth retrying. */
export class AlertWebhookUnavailableError extends Error {
  override readonly name = 'AlertWebhookUnavailableError';
  constructor(
    readonly status: number | null,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The Temporal failure types of alert delivery that must not be retried. */
export const ALERT_NON_RETRYABLE_ERROR_TYPES: readonly string[] = ['AlertWebhookRejectedError'];

import type { ActivityOptions, LocalActivityOptions } from '@temporalio/workflow';

/**
 * Named activity option presets. Each states its timeouts and which failures are not worth
 * retrying; the failure `type`s are the `type` fields of the activities' named errors.
 */

/** Model calls: slow, rate-limited at times, so retried with a growing backoff. */
export const LLM_ACTIVITY: ActivityOptions = {
  startToCloseTimeout: '90 seconds',
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 2,
    maximumInterval: '30 seconds',
    maximumAttempts: 6,
    nonRetryableErrorTypes: ['LlmBadRequest', 'LlmAllProvidersFailed', 'ValidationError'],
  },
};

/** Our own database: fast, and a failure is usually a blip. */
export const DATABASE_ACTIVITY: ActivityOptions = {
  startToCloseTimeout: '15 seconds',
  retry: {
    initialInterval: '200 milliseconds',
    backoffCoefficient: 2,
    maximumInterval: '10 seconds',
    maximumAttempts: 20,
    nonRetryableErrorTypes: ['ValidationError', 'NotFound'],
  },
};

/**
 * Outbound side effects (Chatwoot messages, status changes). Each call carries an idempotency
 * key, so a retry after a timeout cannot post twice; a 4xx from Chatwoot will not get better.
 */
export const OUTBOUND_ACTIVITY: ActivityOptions = {
  startToCloseTimeout: '20 seconds',
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 2,
    maximumInterval: '1 minute',
    maximumAttempts: 12,
    nonRetryableErrorTypes: ['ChatwootClientError', 'ValidationError'],
  },
};

/**
 * Tool calls inside a turn: the customer is waiting, so a few quick retries, then the turn goes on
 * without the tool and hands over (reason tool_failure).
 */
export const TOOL_ACTIVITY: ActivityOptions = {
  startToCloseTimeout: '15 seconds',
  retry: {
    initialInterval: '200 milliseconds',
    backoffCoefficient: 2,
    maximumInterval: '3 seconds',
    maximumAttempts: 4,
    nonRetryableErrorTypes: ['ValidationError', 'NotFound'],
  },
};

/**
 * A batch of golden-evaluation cases: minutes of model calls, so the activity heartbeats after
 * each case and a worker that dies is noticed within the heartbeat timeout; a retried batch
 * resumes after the cases already stored.
 */
export const EVALUATION_ACTIVITY: ActivityOptions = {
  startToCloseTimeout: '1 hour',
  heartbeatTimeout: '5 minutes',
  retry: {
    initialInterval: '5 seconds',
    backoffCoefficient: 2,
    maximumInterval: '2 minutes',
    maximumAttempts: 5,
    nonRetryableErrorTypes: ['ValidationError', 'NotFound'],
  },
};

/** Delivering an operator alert: outbound, but a webhook that rejects it (4xx) will not accept it on a retry. */
export const ALERT_ACTIVITY: ActivityOptions = {
  ...OUTBOUND_ACTIVITY,
  retry: {
    ...OUTBOUND_ACTIVITY.retry,
    nonRetryableErrorTypes: [
      ...(OUTBOUND_ACTIVITY.retry?.nonRetryableErrorTypes ?? []),
      'AlertWebhookRejectedError',
    ],
  },
};

/**
 * The same preset for a step run as a local activity: in the worker that runs the workflow task,
 * with its result recorded as a marker. That saves the task-queue round trips of a regular
 * activity (two extra workflow tasks and one activity task per step), which is most of a turn's
 * cost when the step itself takes milliseconds. Retries keep the preset's policy; a backoff longer
 * than `localRetryThreshold` waits on a server timer instead of holding the workflow task.
 */
export function asLocal(options: ActivityOptions): LocalActivityOptions {
  return {
    startToCloseTimeout: options.startToCloseTimeout,
    retry: options.retry,
    localRetryThreshold: '10 seconds',
  };
}

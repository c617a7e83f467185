import { ActivityFailure, log } from '@temporalio/workflow';

/**
 * Runs a step the workflow can do without: when its activity fails for good (every retry spent),
 * the failure is logged with `fields` and the result is undefined. Any other error is a bug and is
 * thrown, so the workflow task fails and is retried.
 */
export async function orLogFailure<T>(
  message: string,
  fields: Record<string, unknown>,
  step: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await step();
  } catch (error) {
    if (!(error instanceof ActivityFailure)) throw error;
    log.warn(message, { ...fields, error: error.message });
    return undefined;
  }
}

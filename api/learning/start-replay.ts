import { randomUUID } from 'node:crypto';
import { ApplicationFailure, WorkflowFailedError } from '@temporalio/client';
import type { ReplayCandidateInput, ReplayReport } from '../../activities/learning/replay/replay-types';
import {
  replayCandidateWorkflow,
  replayWorkflowId,
} from '../../workflows/learning/replay-candidate-workflow';
import type { AppContext } from '../app-context';
import { HttpError } from '../http-error';

/** What the replay workflow's failure types mean to an API caller. */
const FAILURE_STATUS: Record<string, { status: number; code: string }> = {
  NotFound: { status: 404, code: 'not_found' },
  NothingToReplay: { status: 409, code: 'nothing_to_replay' },
};

/** The failure a failed workflow ended with, as an API error. */
function replayFailure(error: WorkflowFailedError): HttpError {
  let cause: unknown = error.cause;
  // The activity's failure is the cause of the ActivityFailure the workflow rethrew.
  while (cause instanceof Error && !(cause instanceof ApplicationFailure) && cause.cause) cause = cause.cause;
  const failure = cause instanceof ApplicationFailure ? cause : null;
  const known = failure?.type ? FAILURE_STATUS[failure.type] : undefined;
  const message = failure?.message ?? error.message;
  if (known) return new HttpError(known.status, known.code, message);
  return new HttpError(502, 'replay_failed', `The replay failed: ${message}`);
}

/**
 * Starts a replay of stored turns against a candidate version (a new workflow per request) and,
 * with `wait`, answers with its report once it finished; without, with the workflow id to look
 * the run up by later. Temporal being unreachable is a 503 the caller can retry.
 */
export async function startReplay(
  ctx: Pick<AppContext, 'temporal' | 'config' | 'log'>,
  input: ReplayCandidateInput,
  options: { wait: boolean },
): Promise<{ workflowId: string; report: ReplayReport | null }> {
  const workflowId = replayWorkflowId(input.category, input.version, randomUUID().slice(0, 8));
  let handle;
  try {
    handle = await ctx.temporal.workflow.start(replayCandidateWorkflow, {
      workflowId,
      taskQueue: ctx.config.temporal.taskQueue,
      args: [input],
      staticSummary: `Replay of ${input.category} turns with instruction version ${input.version}`,
    });
  } catch (error) {
    ctx.log.error({ err: error, workflowId }, 'could not start the replay');
    throw new HttpError(503, 'temporal_unavailable', 'The workflow engine is unavailable; retry later.');
  }
  if (!options.wait) return { workflowId, report: null };
  try {
    return { workflowId, report: await handle.result() };
  } catch (error) {
    if (error instanceof WorkflowFailedError) throw replayFailure(error);
    throw error;
  }
}

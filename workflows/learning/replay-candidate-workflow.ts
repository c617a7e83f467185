import { ActivityFailure, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { createActivities } from '../../activities/create-activities';
import type {
  CandidateResult,
  ReplayCandidateInput,
  ReplayCase,
  ReplayOutcome,
  ReplayReport,
  ReplayStart,
} from '../../activities/learning/replay/replay-types';
import { DATABASE_ACTIVITY, LLM_ACTIVITY, TOOL_ACTIVITY } from '../activity-options';
import { inShare } from '../bucketing';
import { pipelineFrom, planTurn } from '../turn-pipeline';
import type { TurnPlan } from '../turn-types';

type Activities = ReturnType<typeof createActivities>;
const store = proxyActivities<Activities>(DATABASE_ACTIVITY);
const model = proxyActivities<Activities>(LLM_ACTIVITY);
const tools = proxyActivities<Activities>(TOOL_ACTIVITY);

const pipeline = pipelineFrom(store, model, tools);

/** Turns replayed at once: enough to finish quickly, few enough not to crowd out live turns. */
const PARALLEL_TURNS = 4;

/** The id of a replay workflow: one per request, named by what it tries. */
export function replayWorkflowId(category: string, version: number, unique: string): string {
  return `instruction-replay-${category}-v${version}-${unique}`;
}

/**
 * Re-runs the most recent stored turns of a category with a candidate instruction version and
 * compares each with its original outcome, before the version is deployed. The turns go through
 * the same pipeline as live ones with side effects off (`record: false`: nothing sent, nothing
 * stored, proposals only checked), on the router's stored verdict and the conversation as it was,
 * so the instructions are what differs. Each step is an activity; the report is stored as an
 * `eval_runs` row of type 'replay' with one `eval_results` row per turn, and returned.
 */
export async function replayCandidateWorkflow(input: ReplayCandidateInput): Promise<ReplayReport> {
  const { workflowId } = workflowInfo();
  const start = await store.openReplayRun({ ...input, workflowId });
  try {
    const results: CandidateResult[] = [];
    for (let index = 0; index < start.cases.length; index += PARALLEL_TURNS) {
      const batch = start.cases.slice(index, index + PARALLEL_TURNS);
      results.push(...(await Promise.all(batch.map((item) => replayTurn(start, item, input.version)))));
    }
    return await store.finishReplayRun({
      runId: start.runId,
      workflowId,
      category: input.category,
      candidateVersion: input.version,
      deployedVersion: start.deployedVersion,
      cases: start.cases,
      results,
    });
  } catch (error) {
    await store.failReplayRun({ runId: start.runId, error: messageOf(error) });
    throw error;
  }
}

/** One stored turn through the pipeline with the candidate version; a failed turn is reported, not fatal. */
async function replayTurn(start: ReplayStart, item: ReplayCase, version: number): Promise<CandidateResult> {
  try {
    const plan = await planTurn(pipeline, {
      // Model usage of the replay is recorded under its own id, not the customer's conversation.
      conversationId: `replay-${start.runId}:${item.caseId}`,
      turn: item.turn,
      channel: item.channel,
      message: item.message,
      customerEmail: item.customerEmail,
      route: item.route,
      arm: item.arm,
      inRollout: inShare(item.conversationId, 'rollout', start.settings.rolloutShare),
      settings: start.settings,
      record: false,
      replay: {
        instructionOverride: { version },
        historyAsOf: { conversationId: item.conversationId, messageId: item.messageRowId },
      },
    });
    return { caseId: item.caseId, candidate: outcomeOf(plan) };
  } catch (error) {
    // Every provider failed for this turn (after retries and fallback): the others still count.
    if (error instanceof ActivityFailure) return { caseId: item.caseId, error: messageOf(error) };
    throw error;
  }
}

/** The plan as a replay compares it: what a live turn would have delivered and stored. */
function outcomeOf(plan: TurnPlan): ReplayOutcome {
  const { decision } = plan;
  const refused = (result: unknown): boolean =>
    typeof result === 'object' && result !== null && (result as { status?: unknown }).status === 'refused';
  return {
    decision: decision.kind,
    qaVerdict: plan.qa?.verdict ?? null,
    qaPassed: plan.qa ? plan.qa.verdict === 'pass' : null,
    qaRounds: plan.qaRounds,
    toolCalls: plan.toolOutcomes
      .filter((outcome) => !(outcome.kind === 'write' && refused(outcome.result)))
      .map((outcome) => outcome.name),
    escalationReason: decision.kind === 'escalate' ? decision.note.reason : null,
    instructionVersion: plan.instructionVersion,
    reply: decision.kind === 'escalate' && !(decision.publicReply && plan.reply.trim()) ? null : plan.reply,
  };
}

function messageOf(error: unknown): string {
  if (error instanceof ActivityFailure && error.cause) return messageOf(error.cause);
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * The activities of a replay against a candidate instruction version (the turns in between are
 * the turn pipeline's own activities, with side effects off): open the run with the stored turns
 * to replay, then compare and store the outcome, or mark the run failed.
 */
import { ApplicationFailure } from '@temporalio/common';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../../schema/tables';
import { turnSettingsOf } from '../../../workflows/turn-settings';
import type { ConversationSettings, MessageAttachment } from '../../../workflows/types';
import { completeEvalRun, failEvalRun, openEvalRun, saveEvalResult } from '../../repos/eval-runs-repo';
import { findVersion, getDeployedInstructions } from '../../repos/instructions-repo';
import { replayableTurns, type StoredTurn } from '../../repos/replay-turns-repo';
import { categoryOf, type Taxonomy } from '../../taxonomy';
import { compareReplay, summarizeReplay } from './compare-replay';
import { replayMetrics, replayResultRow } from './replay-report';
import type {
  CandidateResult,
  DecisionKind,
  ReplayCandidateInput,
  ReplayCase,
  ReplayReport,
  ReplayStart,
} from './replay-types';

export interface ReplayActivityDeps {
  db: Kysely<Database>;
  taxonomy: Taxonomy;
  /** Auto-send thresholds overriding the taxonomy's (as the router applies them). */
  thresholds: Record<string, number>;
  settings: ConversationSettings;
}

/** Turns a replay takes by default, and at most. */
export const REPLAY_DEFAULT_LIMIT = 20;
export const REPLAY_MAX_LIMIT = 100;

const DECISION_OF: Record<StoredTurn['outcome'], DecisionKind> = {
  sent: 'send',
  drafted: 'draft',
  escalated: 'escalate',
};

const attachmentsSchema = z
  .array(z.object({ id: z.string(), fileType: z.string(), url: z.string().nullable() }))
  .catch([]);

/** A stored turn as a case: the message as the workflow got it, the stored route, the original outcome. */
function caseOf(deps: ReplayActivityDeps, turn: StoredTurn): ReplayCase {
  const category = categoryOf(deps.taxonomy, turn.route.category);
  const attachments: MessageAttachment[] = attachmentsSchema.parse(turn.message.attributes?.['attachments']);
  return {
    caseId: `${turn.conversationId}#${turn.turn}`,
    conversationId: turn.conversationId,
    turn: turn.turn,
    channel: turn.channel,
    customerEmail: turn.customerEmail,
    message: {
      messageId: turn.messageKey,
      chatwootMessageId: turn.message.chatwootMessageId,
      content: turn.message.content,
      attachments,
      sentAt: turn.message.sentAt.toISOString(),
      customer: { email: turn.customerEmail, name: null, chatwootContactId: null },
    },
    messageRowId: turn.message.rowId,
    route: {
      category: category.id,
      secondaryIntents: turn.route.secondaryIntents,
      sentiment: turn.route.sentiment,
      escalationSignal: turn.route.escalationSignal,
      language: turn.route.language ?? 'en',
      confidence: turn.route.confidence,
      specialist: category.specialist,
      alwaysEscalate: category.always_escalate,
      autoSendThreshold: deps.thresholds[category.id] ?? category.auto_send_threshold,
    },
    arm: turn.experimentArm === 'generalist' ? 'generalist' : 'specialists',
    original: {
      decision: DECISION_OF[turn.outcome],
      qaVerdict: turn.qaVerdict,
      qaPassed: turn.qaPassed,
      qaRounds: turn.qaRounds,
      toolCalls: turn.toolCalls,
      escalationReason: turn.escalationReason,
      instructionVersion: turn.instructionVersion,
      reply: turn.reply,
    },
  };
}

/** Builds the replay activities from their dependencies (spread into `createActivities`). */
export function createReplayActivities(deps: ReplayActivityDeps) {
  return {
    /**
     * Opens the replay run (once per workflow) with the category's most recent stored turns. An
     * unknown version or a category with nothing to replay fails at once, without retries.
     */
    async openReplayRun(input: ReplayCandidateInput & { workflowId: string }): Promise<ReplayStart> {
      const limit = Math.min(Math.max(input.limit ?? REPLAY_DEFAULT_LIMIT, 1), REPLAY_MAX_LIMIT);
      const version = await findVersion(deps.db, input.category, input.version);
      if (!version) {
        throw ApplicationFailure.nonRetryable(
          `${input.category} has no instruction version ${input.version}.`,
          'NotFound',
        );
      }
      const turns = await replayableTurns(deps.db, input.category, limit);
      if (turns.length === 0) {
        throw ApplicationFailure.nonRetryable(
          `No stored turns of ${input.category} to replay.`,
          'NothingToReplay',
        );
      }
      const deployedVersion = (await getDeployedInstructions(deps.db, input.category))?.version ?? 0;
      const run = await openEvalRun(deps.db, {
        runType: 'replay',
        workflowId: input.workflowId,
        category: input.category,
        dataset: 'conversation_turns',
        sampleSize: turns.length,
        instructionVersions: { [input.category]: input.version },
        metrics: replayMetrics({ deployedVersion }),
      });
      return {
        runId: run.id,
        deployedVersion,
        settings: turnSettingsOf(deps.settings),
        cases: turns.map((turn) => caseOf(deps, turn)),
      };
    },

    /** Compares each case with the candidate's outcome, stores one result per turn and the summary. */
    async finishReplayRun(input: {
      runId: number;
      workflowId: string;
      category: string;
      candidateVersion: number;
      deployedVersion: number;
      cases: ReplayCase[];
      results: CandidateResult[];
    }): Promise<ReplayReport> {
      const turns = compareReplay(input.cases, input.results);
      const summary = summarizeReplay(turns);
      for (const turn of turns) {
        await saveEvalResult(deps.db, replayResultRow(input.runId, input.category, turn));
      }
      const run = await completeEvalRun(deps.db, input.runId, {
        metrics: replayMetrics({ deployedVersion: input.deployedVersion, summary }),
        regression: summary.regressed,
        sampleSize: turns.length,
      });
      return {
        runId: run.id,
        workflowId: input.workflowId,
        category: input.category,
        candidateVersion: input.candidateVersion,
        deployedVersion: input.deployedVersion,
        status: 'completed',
        startedAt: run.started_at.toISOString(),
        completedAt: run.completed_at?.toISOString() ?? null,
        error: null,
        summary,
        turns,
      };
    },

    /** Marks a run that could not finish as failed, with the reason. */
    async failReplayRun(input: { runId: number; error: string }): Promise<void> {
      await failEvalRun(deps.db, input.runId, input.error);
    },
  };
}

/**
 * Payloads of the replay of stored turns against a candidate instruction version: what the
 * workflow hands its activities and what it returns. Pure types (the workflow imports them).
 */
import type { ExperimentArm, TurnSettings } from '../../../workflows/turn-types';
import type { IncomingMessage, RouteResult } from '../../../workflows/types';

/** What the replay workflow is started with. */
export interface ReplayCandidateInput {
  /** A taxonomy category with a specialist, or `generalist`. */
  category: string;
  /** The candidate instruction version of that category (any status: a draft can be tried). */
  version: number;
  /** How many of the category's most recent stored turns to replay (default 20, at most 100). */
  limit?: number;
}

export type DecisionKind = 'send' | 'draft' | 'escalate';

/** What a turn ended with, as far as a replay compares it. */
export interface ReplayOutcome {
  decision: DecisionKind;
  /** QA's verdict in its last round; null when QA did not review (a handoff, a failed tool). */
  qaVerdict: 'pass' | 'refine' | 'escalate' | null;
  qaPassed: boolean | null;
  qaRounds: number;
  /** Tool names in call order (refused write proposals left out: a live turn does not store them). */
  toolCalls: string[];
  escalationReason: string | null;
  instructionVersion: number | null;
  /** The text the customer (or, for a draft, the human) was given; null when there was none. */
  reply: string | null;
}

/** One stored turn to replay: its message, the router's stored verdict and its outcome. */
export interface ReplayCase {
  /** `<conversation id>#<turn>` */
  caseId: string;
  conversationId: string;
  turn: number;
  channel: string;
  customerEmail: string | null;
  message: IncomingMessage;
  /** `messages.id` of the answered message: the history the replay sees ends there. */
  messageRowId: number;
  /** The route the original turn took (stored), so only the instructions differ. */
  route: RouteResult;
  arm: ExperimentArm;
  original: ReplayOutcome;
}

/** The opened run and what to replay in it. */
export interface ReplayStart {
  runId: number;
  /** The version deployed when the replay started (0: the shipped text, none deployed). */
  deployedVersion: number;
  settings: TurnSettings;
  cases: ReplayCase[];
}

/** The candidate's outcome of one case, or why the pipeline could not produce one. */
export type CandidateResult =
  | { caseId: string; candidate: ReplayOutcome; error?: undefined }
  | { caseId: string; candidate?: undefined; error: string };

/** How a replayed turn compares with its original. */
export type TurnVerdict = 'same' | 'changed' | 'better' | 'worse' | 'failed';

/** One turn of the report. */
export interface ReplayTurnDiff {
  caseId: string;
  conversationId: string;
  turn: number;
  message: string;
  verdict: TurnVerdict;
  /** What differs, one line each ("decision: send → draft"). */
  changes: string[];
  /** The reply's text differs (links aside); not a verdict of its own: models rephrase. */
  replyChanged: boolean;
  original: ReplayOutcome;
  candidate: ReplayOutcome | null;
  error: string | null;
}

/** The figures of a replay. */
export interface ReplaySummary {
  turns: number;
  same: number;
  changed: number;
  better: number;
  worse: number;
  failed: number;
  repliesChanged: number;
  /** Share of the QA-reviewed turns QA passed; null when none was reviewed. */
  qaPassRate: { original: number | null; candidate: number | null };
  decisions: { original: Record<DecisionKind, number>; candidate: Record<DecisionKind, number> };
  /** More turns got worse than better, or QA passes fewer: the deploy route refuses it without `force`. */
  regressed: boolean;
}

/** A replay run as stored and shown. */
export interface ReplayReport {
  runId: number;
  workflowId: string | null;
  category: string;
  candidateVersion: number;
  deployedVersion: number | null;
  status: 'running' | 'completed' | 'failed';
  startedAt: string;
  completedAt: string | null;
  error: string | null;
  summary: ReplaySummary | null;
  turns: ReplayTurnDiff[];
}

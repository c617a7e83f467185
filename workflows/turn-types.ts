/**
 * Input and output of the turn pipeline (workflows/turn-pipeline.ts). Pure types: the pipeline
 * runs inside the conversation workflow and, in-process, in `npm run eval` and the benchmark.
 */
import type { createActionActivities } from '../activities/action-activities';
import type { createAgentActivities } from '../activities/agents/agent-activities';
import type { AgentName, QaReview, ToolOutcome } from '../activities/agents/agent-contract';
import type { ActionChoices, QueuedChange, WriteToolName } from './action-types';
import type { HandoffNote, IncomingMessage, RouteResult } from './types';

/** The activities the pipeline runs; the workflow passes its proxies, eval passes the functions. */
export type PipelineActivities = Pick<
  ReturnType<typeof createAgentActivities>,
  'gatherContext' | 'retrieveKnowledge' | 'agentStep' | 'runReadTool' | 'reviewDraft'
> &
  Pick<ReturnType<typeof createActionActivities>, 'proposeWriteAction'>;

/** The per-run settings a turn needs (from configuration, through the openConversation activity). */
export interface TurnSettings {
  qaMaxRounds: number;
  agentMaxSteps: number;
  /** 0..100: the share of conversations whose confident, QA-passed replies go out without a human. */
  rolloutShare: number;
  /** 0..100: the share of conversations the single generalist answers (A/B arm). */
  generalistShare: number;
  /** Categories where a frustrated customer goes to a human. */
  riskyCategories: string[];
  /** Router, specialist and QA steps as local activities (`local`) or task-queue activities. */
  modelSteps: 'local' | 'remote';
}

export type ExperimentArm = 'specialists' | 'generalist';

export interface PlanTurnInput {
  conversationId: string;
  turn: number;
  channel: string;
  message: IncomingMessage;
  customerEmail: string | null;
  route: RouteResult;
  arm: ExperimentArm;
  inRollout: boolean;
  settings: TurnSettings;
  /** False in evaluations: nothing is stored and proposals are only checked (side effects off). */
  record: boolean;
  /** Replays only: a candidate instruction version, and the stored conversation the turn sees. */
  replay?: TurnReplayOptions;
}

/** How a replay of a stored turn differs from a live one (workflows/learning/replay-candidate-workflow.ts). */
export interface TurnReplayOptions {
  /** This version of the category's instructions (any status, a draft too) instead of the deployed one. */
  instructionOverride?: { version: number };
  /** The conversation so far is read from this stored conversation, up to and including the answered message. */
  historyAsOf?: { conversationId: string; messageId: number };
}

/** A write action the agent proposed, checked against policy and waiting for the customer. */
export interface ProposedAction {
  actionId: string;
  toolName: WriteToolName;
  args: Record<string, unknown>;
  summary: string;
  /** The form's choices the policy accepts (null: the tool has no choice field). */
  choices: ActionChoices | null;
  /** Further changes the message asked for, proposed one by one as each before is confirmed. */
  next: QueuedChange[];
}

export type TurnDecision =
  | { kind: 'send' }
  | { kind: 'draft'; reasons: string[] }
  | { kind: 'escalate'; note: HandoffNote; publicReply: boolean };

/** What the pipeline decided; the workflow carries out the delivery. */
export interface TurnPlan {
  decision: TurnDecision;
  /** The agent's text for the customer (sent, drafted for a human, or the handoff message). */
  reply: string;
  agent: AgentName;
  instructionVersion: number;
  customerId: string | null;
  toolOutcomes: ToolOutcome[];
  proposal: ProposedAction | null;
  /** The conversation's confirmation page, which replies outside the widget link to (web: null). */
  formLink: string | null;
  qa: QaReview | null;
  qaRounds: number;
  confidence: number;
  threshold: number;
}

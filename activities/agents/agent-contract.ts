/**
 * The contract between the turn pipeline and the models that play each agent role. Network models
 * get these facts as prompt text; the offline provider gets them as the structured `task.input`
 * below, so its rule-based "model" reasons over exactly what a network model would be shown.
 */
import type { CustomerContext } from '../context/build-context';

/** The specialist teams of the taxonomy, plus the single generalist of the A/B arm. */
export type SpecialistName = 'billing' | 'shipping' | 'retention' | 'quality' | 'general';
export type AgentName = SpecialistName | 'generalist';

/** The write tools: proposed by an agent, executed only after the customer confirms. */
export { WRITE_TOOL_NAMES } from '../../workflows/agent-roster';
export type { WriteToolName } from '../../workflows/action-types';

/** One retrieved knowledge passage as the agents see it. */
export interface KnowledgePassage {
  articleId: string;
  title: string;
  heading: string;
  text: string;
  productArea: string;
  language: string;
  updatedAt: string;
}

/** A tool call of this turn and what it returned (a read result, or the proposal's status). */
export interface ToolOutcome {
  id: string;
  name: string;
  kind: 'read' | 'write';
  args: Record<string, unknown>;
  /** The read tool's JSON result; for a write tool `{ status: 'awaiting_confirmation', ... }`. */
  result: unknown;
  /** Set when the tool failed after its retries. */
  error?: string;
}

/** A typed memory of the customer (learning, SYSTEM.md §7). */
export interface MemoryItem {
  type: 'preference' | 'communication_style' | 'issue';
  content: string;
}

/** A human correction shown to the specialist as an example. */
export interface FewShotExample {
  customerMessage: string;
  aiDraft: string;
  humanReply: string;
  lesson: string;
}

/** Everything an agent step knows: the `task.input` of offline kind `agent.step`. */
export interface AgentStepTask {
  agent: AgentName;
  /** The router's category and secondary intents. */
  category: string;
  secondaryIntents: string[];
  /** The language to answer in (the router's detection). */
  language: string;
  sentiment: 'positive' | 'neutral' | 'negative' | 'frustrated';
  channel: string;
  /** `YYYY-MM-DD` (company calendar). */
  today: string;
  /** The customer's latest message, and the conversation before it (older turns summarized). */
  message: string;
  history: string;
  customer: CustomerContext;
  memory: MemoryItem[];
  knowledge: KnowledgePassage[];
  /** The instructions of the deployed version for this category, and that version's number. */
  instructions: string;
  instructionVersion: number;
  fewShot: FewShotExample[];
  /** The tools this agent may call. */
  tools: string[];
  /** Tool calls made so far in this turn, with their results. */
  toolResults: ToolOutcome[];
  /** QA's reasons when the previous draft was sent back, with that draft. */
  refinement: { reasons: string[]; previousDraft: string } | null;
  /** Where the customer confirms a proposed change (widget form page). */
  formLink: string | null;
  /** Photos and files sent with the message: a damage claim names its photos by these ids. */
  attachments?: { id: string; fileType?: string }[];
}

/** The offline agent's answer: tool calls to make next, or the reply text. */
export interface AgentStepResult {
  text: string;
  toolCalls: { id: string; name: string; arguments: Record<string, unknown> }[];
}

/** The input of offline kind `qa.review`. */
export interface QaReviewTask {
  category: string;
  language: string;
  sentiment: 'positive' | 'neutral' | 'negative' | 'frustrated';
  today: string;
  message: string;
  /** The conversation before the message (as the specialist read it); absent in older tasks. */
  history?: string;
  draft: string;
  customer: CustomerContext;
  knowledge: KnowledgePassage[];
  toolResults: ToolOutcome[];
  round: number;
  maxRounds: number;
}

/** QA's verdict on a draft (structured output, validated with zod). */
export interface QaReview {
  tone: number;
  accuracy: number;
  safety: number;
  completeness: number;
  verdict: 'pass' | 'refine' | 'escalate';
  reasons: string[];
  /** Set with `escalate`: which handoff reason QA names. */
  escalationReason?: 'missing_knowledge' | 'unsupported_request' | 'policy_restriction' | 'qa_escalation';
}

/** The input of offline kind `summarizer.summarize`: older turns of a long conversation. */
export interface SummarizeTask {
  transcript: string;
  maxWords: number;
}

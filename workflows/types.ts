/**
 * Payload and state types shared by the conversation workflow, its activities and the API.
 * Pure types only: this module is imported by workflow code.
 */
import type { ActionRecord } from './pending-actions';

export type Channel = 'chatwoot' | 'web' | 'email';
export type ConversationStatus = 'open' | 'pending' | 'resolved' | 'snoozed';
export type Sentiment = 'positive' | 'neutral' | 'negative' | 'frustrated';

/** Identifies one customer conversation and where its replies go. */
export interface ConversationRef {
  workflowId: string;
  channel: Channel;
  /** Chatwoot account and conversation display id; null for the widget without Chatwoot. */
  accountId: number | null;
  chatwootConversationId: number | null;
}

export interface CustomerRef {
  email: string | null;
  name: string | null;
  chatwootContactId: number | null;
}

export interface MessageAttachment {
  id: string;
  fileType: string;
  url: string | null;
}

/** A customer's message, as handed to the workflow by the API. */
export interface IncomingMessage {
  /** Stable id used for de-duplication: `cw-<chatwoot message id>` or a widget-generated id. */
  messageId: string;
  chatwootMessageId: number | null;
  content: string;
  attachments: MessageAttachment[];
  sentAt: string;
  customer: CustomerRef;
}

/** A human agent's message in the conversation (public reply or private note). */
export interface HumanMessage {
  messageId: string;
  chatwootMessageId: number | null;
  content: string;
  private: boolean;
  agentName: string | null;
  sentAt: string;
  /**
   * A teammate's public web reply that offers the customer the change held with the draft (in
   * Chatwoot and email, the form link in the reply does; see `offersHeldChange`).
   */
  offerHeldChange?: boolean;
}

export interface StatusChange {
  status: ConversationStatus;
  /** Who changed it: a human agent in Chatwoot, or the system. */
  changedBy: 'human' | 'system';
}

/** Settings a run takes from configuration at its start (via an activity, never from env). */
export interface ConversationSettings {
  idleTimeout: string;
  historyEventLimit: number;
  qaMaxRounds: number;
  /** The rest arrived with the full turn pipeline; runs recorded before it lack them. */
  agentMaxSteps?: number;
  rolloutShare?: number;
  generalistShare?: number;
  riskyCategories?: string[];
  /** How long a proposed change waits for the customer, in milliseconds. */
  actionTimeoutMs?: number;
  /** A long conversation's memory is extracted every this many customer turns. */
  memoryEveryNTurns?: number;
  /** Where the turn's model steps run (config `MODEL_STEPS`); runs recorded before it: `remote`. */
  modelSteps?: 'local' | 'remote';
}

/** What a run hands to the next one on continue-as-new, and what is persisted between runs. */
export interface CarriedState {
  status: ConversationStatus;
  aiPaused: boolean;
  turnCount: number;
  summary: string;
  lastCategory: string | null;
  lastSentiment: Sentiment | null;
  lastSpecialist: string | null;
  escalated: boolean;
  seenMessageIds: string[];
  pendingMessages: IncomingMessage[];
  /** Proposed write actions not yet settled (and the last settled ones). */
  actions?: ActionRecord[];
  /** The account the sender proved with an emailed code, when their own address is no customer's. */
  verifiedEmail?: string | null;
  /** Whether a turn found the account the conversation speaks for. */
  senderKnown?: boolean;
}

/** The part of the state kept in the database between runs. */
export type PersistedConversation = Omit<
  CarriedState,
  'seenMessageIds' | 'pendingMessages' | 'actions' | 'senderKnown'
>;

export interface ConversationInput {
  ref: ConversationRef;
  customer: CustomerRef;
  carried?: CarriedState;
  /**
   * The conversation's confirmation-token key, handed over on continue-as-new: the new run's
   * pending actions can be confirmed before its first activity has loaded the key again.
   */
  tokenKey?: string;
}

/** What one customer turn ended with. */
export type TurnOutcome =
  | { kind: 'sent'; replyMessageId: string; category: string }
  | { kind: 'drafted'; replyMessageId: string; category: string; reason: string }
  | { kind: 'escalated'; category: string; reason: string }
  | { kind: 'skipped'; reason: 'ai_paused' | 'duplicate' | 'resolved' };

/** The read model a query returns. */
export interface ConversationView {
  ref: ConversationRef;
  customer: CustomerRef;
  status: ConversationStatus;
  aiPaused: boolean;
  escalated: boolean;
  turnCount: number;
  queuedMessages: number;
  busy: boolean;
  lastCategory: string | null;
  lastSentiment: Sentiment | null;
  lastOutcome: TurnOutcome | null;
  summary: string;
  /** Proposed changes waiting for the customer's confirmation. */
  pendingActions: number;
}

/** The intake router's verdict on one customer message. */
export interface RouteResult {
  category: string;
  secondaryIntents: string[];
  sentiment: Sentiment;
  escalationSignal: boolean;
  language: string;
  confidence: number;
  /** The specialist for the category; null when the category always goes to a human. */
  specialist: string | null;
  alwaysEscalate: boolean;
  /** The category's auto-send threshold (taxonomy, overridable in config); null: never auto-sent. */
  autoSendThreshold?: number | null;
}

export type HandoffReason =
  | 'customer_request'
  | 'missing_knowledge'
  | 'unsupported_request'
  | 'policy_restriction'
  | 'tool_failure'
  | 'frustrated_customer'
  | 'qa_escalation';

/** The structured note a human gets with an escalated conversation. */
export interface HandoffNote {
  reason: HandoffReason;
  summary: string;
  sentiment: Sentiment;
  whatWasTried: string[];
  toolResults: string[];
  suggestedNextStep: string;
  team: string | null;
}

import type { Generated } from 'kysely';
import type {
  CreatedAt,
  Json,
  JsonObject,
  JsonValue,
  JsonWithDefault,
  NullableJson,
  NullableNumeric,
  NullableTimestamp,
  NumericWithDefault,
  Timestamp,
} from './column-types';

/** One taxonomy category (`fixtures/taxonomy.json`). */
export interface CategoriesTable {
  id: string;
  description: string;
  /** Null for categories that always go to a human. */
  specialist: string | null;
  auto_send_threshold: NullableNumeric;
  always_escalate: Generated<boolean>;
  updated_at: CreatedAt;
}

/** One customer conversation; `id` is its workflow id, e.g. `conversation-1-42`. */
export interface ConversationsTable {
  id: string;
  account_id: number | null;
  chatwoot_conversation_id: number | null;
  /** 'chatwoot' | 'web' | 'email' */
  channel: string;
  customer_email: string | null;
  customer_id: string | null;
  /** The account a sender proved with an emailed code, when they write from another address. */
  verified_email: string | null;
  /** 'open' | 'pending' | 'resolved' | 'escalated' | 'snoozed' */
  status: Generated<string>;
  category: string | null;
  sentiment: string | null;
  specialist: string | null;
  escalated: Generated<boolean>;
  ai_paused: Generated<boolean>;
  /** 0..99, stable per conversation, compared with the rollout share. */
  rollout_bucket: number | null;
  experiment_arm: string | null;
  summary: string | null;
  turn_count: Generated<number>;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

/** A message of a conversation, from any author. */
export interface MessagesTable {
  id: Generated<number>;
  conversation_id: string;
  chatwoot_message_id: number | null;
  /** 'incoming' | 'outgoing' */
  direction: string;
  /** 'customer' | 'ai' | 'human' | 'system' */
  author: string;
  private: Generated<boolean>;
  content: string;
  content_attributes: NullableJson<JsonObject>;
  instruction_version: number | null;
  idempotency_key: string | null;
  created_at: CreatedAt;
}

/**
 * The summarizer's condensation of a conversation's messages through `through_message_id` (and of
 * the summary before it): reused by later turns while the newer messages fit beside it.
 */
export interface ConversationSummariesTable {
  conversation_id: string;
  through_message_id: number;
  summary: string;
  /** `provider:model` that wrote it. */
  model: string;
  created_at: CreatedAt;
}

/**
 * A sender's claim to an account (an email address or an order number): the code emailed to the
 * account, as a keyed hash, and whether it was typed back. `customer_id` null: nothing matched, and
 * no code was sent (the sender is told the same either way).
 */
export interface IdentityChecksTable {
  id: Generated<number>;
  conversation_id: string;
  message_key: string;
  /** 'email' | 'order' */
  claim_kind: string;
  customer_id: string | null;
  code_hash: string | null;
  language: string;
  /** The request to answer once the sender is verified. */
  question: string | null;
  attempts: Generated<number>;
  created_at: CreatedAt;
  expires_at: Date;
  verified_at: NullableTimestamp;
}

/** An email Kesher sent, or kept locally when no SMTP server is configured. */
export interface MailOutboxTable {
  id: Generated<number>;
  idempotency_key: string;
  conversation_id: string | null;
  to_address: string;
  subject: string;
  body: string;
  /** 'pending' | 'sent' | 'local' | 'failed' */
  status: Generated<string>;
  error: string | null;
  created_at: CreatedAt;
  sent_at: NullableTimestamp;
}

/** A webhook delivery claimed for handling; the key makes intake exactly-once. */
export interface WebhookDeliveriesTable {
  delivery_key: string;
  event: string;
  conversation_id: string | null;
  workflow_id: string | null;
  received_at: CreatedAt;
  /** What the delivery asks of its conversation, kept until it has reached Temporal. */
  instruction: NullableJson<JsonObject>;
  /** When it reached Temporal; null while it waits in the inbox. */
  forwarded_at: NullableTimestamp;
  attempts: Generated<number>;
  last_error: string | null;
}

/** An outbound Chatwoot call, or a message kept locally when Chatwoot is not configured. */
export interface OutboxTable {
  id: Generated<number>;
  idempotency_key: string;
  conversation_id: string;
  account_id: number | null;
  chatwoot_conversation_id: number | null;
  /** 'message' | 'private_note' | 'toggle_status' | 'assignment' | 'labels' | 'contact' */
  kind: string;
  payload: Json<JsonObject>;
  /** 'pending' | 'sent' | 'failed' | 'local' */
  status: Generated<string>;
  chatwoot_response: NullableJson;
  error: string | null;
  attempts: Generated<number>;
  created_at: CreatedAt;
  sent_at: NullableTimestamp;
}

/** Token usage and cost of one model call. */
export interface LlmUsageTable {
  id: Generated<number>;
  conversation_id: string | null;
  role: string;
  provider: string;
  model: string;
  input_tokens: Generated<number>;
  output_tokens: Generated<number>;
  cached_tokens: Generated<number>;
  cost_usd: NumericWithDefault;
  latency_ms: Generated<number>;
  fallback_from: string | null;
  error: string | null;
  created_at: CreatedAt;
}

export type Sentiment = 'positive' | 'neutral' | 'negative' | 'frustrated';

/** The intake router's verdict on one customer message. */
export interface RouterOutputsTable {
  id: Generated<number>;
  conversation_id: string;
  message_id: number | null;
  turn: number | null;
  category: string;
  sentiment: Sentiment;
  escalation_signal: Generated<boolean>;
  language: string | null;
  /** 0..1 */
  confidence: number;
  secondary_intents: JsonWithDefault<string[]>;
  model: string | null;
  idempotency_key: string | null;
  created_at: CreatedAt;
}

export type QaVerdict = 'pass' | 'refine' | 'escalate';

/** One QA review round of a draft. */
export interface QaVerdictsTable {
  id: Generated<number>;
  conversation_id: string;
  turn: number | null;
  round: number;
  category: string | null;
  specialist: string | null;
  verdict: QaVerdict;
  tone_score: number | null;
  accuracy_score: number | null;
  safety_score: number | null;
  completeness_score: number | null;
  reasons: JsonWithDefault<JsonValue[]>;
  draft: string | null;
  model: string | null;
  idempotency_key: string | null;
  created_at: CreatedAt;
}

export type ToolKind = 'read' | 'write';
export type ToolExecutionStatus = 'pending' | 'approved' | 'rejected' | 'expired' | 'succeeded' | 'failed';

/**
 * The audit of one tool call. A write can only reach 'succeeded' or 'failed' with
 * `user_approved = true` (a check constraint enforces it).
 */
export interface ToolExecutionsTable {
  id: Generated<number>;
  tool_call_id: string;
  conversation_id: string | null;
  customer_id: string | null;
  tool_name: string;
  kind: ToolKind;
  proposed_args: NullableJson<JsonObject>;
  approved_args: NullableJson<JsonObject>;
  /** Who approved: e.g. 'customer', an agent's name, or 'policy' for reads. */
  approver: string | null;
  user_approved: boolean | null;
  confirmation_timestamp: NullableTimestamp;
  status: ToolExecutionStatus;
  result: NullableJson;
  error: string | null;
  latency_ms: number | null;
  idempotency_key: string | null;
  created_at: CreatedAt;
  updated_at: CreatedAt;
  executed_at: NullableTimestamp;
  /** Set while a proposal of a drafted web turn waits for the reviewing teammate to offer it. */
  held_at: NullableTimestamp;
}

export type TurnOutcomeKind = 'sent' | 'drafted' | 'escalated' | 'skipped';

/** Metrics of one customer turn, for the AI-ops dashboards (response time, QA rounds, outcome). */
export interface ConversationTurnsTable {
  id: Generated<number>;
  conversation_id: string;
  turn: number;
  category: string | null;
  specialist: string | null;
  experiment_arm: string | null;
  outcome: TurnOutcomeKind;
  confidence: number | null;
  qa_rounds: Generated<number>;
  qa_passed: boolean | null;
  tool_calls: Generated<number>;
  instruction_version: number | null;
  /** The answered customer message's workflow id (`messages.idempotency_key` is `<conversation>:in:<key>`). */
  message_key: string | null;
  response_ms: number | null;
  started_at: Timestamp;
  completed_at: NullableTimestamp;
  created_at: CreatedAt;
}

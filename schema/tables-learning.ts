import type { Generated } from 'kysely';
import type {
  CreatedAt,
  JsonObject,
  JsonValue,
  JsonWithDefault,
  NullableTimestamp,
  Timestamp,
} from './column-types';
import type { ReviewStatus } from './tables-knowledge';

export type MemoryType = 'preference' | 'communication_style' | 'issue';
export type CorrectionClass = 'tone' | 'accuracy' | 'safety' | 'completeness';
export type EvalRunType = 'golden' | 'eval_learning' | 'correction_learning' | 'replay';
export type InstructionStatus = 'draft' | 'deployed' | 'rolled_back' | 'retired';
export type AlertSeverity = 'info' | 'warning' | 'critical';

/** Profile facts about a customer (language, timezone, tier, product preferences). */
export interface CustomerMemoryTable {
  customer_id: string;
  customer_email: string | null;
  facts: JsonWithDefault<JsonObject>;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

/** One typed memory of a customer; at most 10 per customer, kept so by the code that writes them. */
export interface CustomerMemoriesTable {
  id: Generated<number>;
  customer_id: string;
  memory_type: MemoryType;
  content: string;
  /** 0..1 */
  confidence: Generated<number>;
  source_conversation_id: string | null;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

/** A human's edit or replacement of an AI draft, and its classification. */
export interface CorrectionsTable {
  id: Generated<number>;
  conversation_id: string | null;
  message_id: number | null;
  chatwoot_message_id: number | null;
  category: string | null;
  specialist: string | null;
  instruction_version: number | null;
  agent_name: string | null;
  original_draft: string;
  human_text: string;
  edit_type: Generated<'edited' | 'replaced'>;
  /** Null until classified. */
  classification: CorrectionClass | null;
  specific_issue: string | null;
  key_changes: JsonWithDefault<JsonValue[]>;
  quality_score: number | null;
  classifier_model: string | null;
  idempotency_key: string | null;
  created_at: CreatedAt;
  classified_at: NullableTimestamp;
}

/** One run of the golden evaluation or of a weekly learning job. */
export interface EvalRunsTable {
  id: Generated<number>;
  run_type: EvalRunType;
  /** Null when the run covers every category. */
  category: string | null;
  status: Generated<'running' | 'completed' | 'failed'>;
  dataset: string | null;
  sample_size: number | null;
  metrics: JsonWithDefault<JsonObject>;
  /** Category -> instruction version the run used. */
  instruction_versions: JsonWithDefault<Record<string, number>>;
  /** At most one baseline per run type and category. */
  is_baseline: Generated<boolean>;
  regression: boolean | null;
  workflow_id: string | null;
  error: string | null;
  started_at: CreatedAt;
  completed_at: NullableTimestamp;
}

/** The outcome of one case of an evaluation run. */
export interface EvalResultsTable {
  id: Generated<number>;
  run_id: number;
  case_id: string;
  category: string | null;
  predicted_category: string | null;
  passed: boolean;
  scores: JsonWithDefault<JsonObject>;
  details: JsonWithDefault<JsonObject>;
  created_at: CreatedAt;
}

/** A recurring QA failure of a category within an analysis window. */
export interface QaFailurePatternsTable {
  id: Generated<number>;
  category: string;
  pattern: string;
  description: string | null;
  frequency: number;
  examples: JsonWithDefault<JsonValue[]>;
  window_start: Timestamp;
  window_end: Timestamp;
  eval_run_id: number | null;
  suggestion_id: number | null;
  created_at: CreatedAt;
}

/** A suggested instruction update; one pending suggestion per category and pattern. */
export interface InstructionSuggestionsTable {
  id: Generated<number>;
  category: string;
  source: Generated<'eval' | 'corrections'>;
  pattern: string;
  frequency: Generated<number>;
  suggested_instruction: string;
  rationale: string | null;
  evidence: JsonWithDefault<JsonValue[]>;
  eval_run_id: number | null;
  status: Generated<ReviewStatus>;
  reviewed_by: string | null;
  reviewed_at: NullableTimestamp;
  review_note: string | null;
  created_at: CreatedAt;
}

/** A version of a category's instructions; at most one is deployed per category. */
export interface InstructionVersionsTable {
  id: Generated<number>;
  /** A taxonomy category id (or a role key such as 'qa'). */
  category: string;
  specialist: string | null;
  version: number;
  content: string;
  status: Generated<InstructionStatus>;
  created_by: Generated<string>;
  suggestion_id: number | null;
  change_note: string | null;
  created_at: CreatedAt;
  deployed_at: NullableTimestamp;
  rolled_back_at: NullableTimestamp;
}

/** An operator alert (correction pattern, eval patterns, golden regression...). */
export interface AlertsTable {
  id: Generated<number>;
  kind: string;
  category: string | null;
  severity: Generated<AlertSeverity>;
  message: string;
  details: JsonWithDefault<JsonObject>;
  /** Lets a re-run job raise the same alert once. */
  dedupe_key: string | null;
  delivered: Generated<boolean>;
  delivered_at: NullableTimestamp;
  acknowledged_at: NullableTimestamp;
  created_at: CreatedAt;
}

/** A proactive message about one problem (failed payment, late shipment, churn risk), sent once. */
export interface ProactiveOutreachTable {
  id: Generated<number>;
  customer_id: string;
  reason: string;
  /** The order, shipment or payment concerned; '' when none. */
  reference_id: Generated<string>;
  offer: string | null;
  churn_score: number | null;
  status: Generated<'pending' | 'sent' | 'skipped' | 'failed'>;
  conversation_id: string | null;
  outbox_idempotency_key: string | null;
  details: JsonWithDefault<JsonObject>;
  created_at: CreatedAt;
  sent_at: NullableTimestamp;
}

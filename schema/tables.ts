import type { Insertable, Selectable, Updateable } from 'kysely';
import type * as commerce from './tables-commerce';
import type * as core from './tables-core';
import type * as knowledge from './tables-knowledge';
import type * as learning from './tables-learning';

export type * from './column-types';
export type * from './tables-commerce';
export type * from './tables-core';
export type * from './tables-knowledge';
export type * from './tables-learning';

/** Every table Kysely knows about, by name. Row types: `Selectable<...>` aliases below. */
export interface Database {
  categories: core.CategoriesTable;
  conversations: core.ConversationsTable;
  messages: core.MessagesTable;
  conversation_summaries: core.ConversationSummariesTable;
  webhook_deliveries: core.WebhookDeliveriesTable;
  outbox: core.OutboxTable;
  identity_checks: core.IdentityChecksTable;
  mail_outbox: core.MailOutboxTable;
  llm_usage: core.LlmUsageTable;
  router_outputs: core.RouterOutputsTable;
  qa_verdicts: core.QaVerdictsTable;
  tool_executions: core.ToolExecutionsTable;
  conversation_turns: core.ConversationTurnsTable;

  customers: commerce.CustomersTable;
  subscriptions: commerce.SubscriptionsTable;
  products: commerce.ProductsTable;
  boxes: commerce.BoxesTable;
  orders: commerce.OrdersTable;
  shipments: commerce.ShipmentsTable;
  payments: commerce.PaymentsTable;

  knowledge_articles: knowledge.KnowledgeArticlesTable;
  knowledge_chunks: knowledge.KnowledgeChunksTable;
  learned_knowledge: knowledge.LearnedKnowledgeTable;

  customer_memory: learning.CustomerMemoryTable;
  customer_memories: learning.CustomerMemoriesTable;
  corrections: learning.CorrectionsTable;
  eval_runs: learning.EvalRunsTable;
  eval_results: learning.EvalResultsTable;
  qa_failure_patterns: learning.QaFailurePatternsTable;
  instruction_suggestions: learning.InstructionSuggestionsTable;
  instruction_versions: learning.InstructionVersionsTable;
  alerts: learning.AlertsTable;
  proactive_outreach: learning.ProactiveOutreachTable;
}

/** The name of an application table. */
export type TableName = keyof Database;

export type Category = Selectable<core.CategoriesTable>;
export type Conversation = Selectable<core.ConversationsTable>;
export type NewConversation = Insertable<core.ConversationsTable>;
export type ConversationUpdate = Updateable<core.ConversationsTable>;
export type Message = Selectable<core.MessagesTable>;
export type NewMessageRow = Insertable<core.MessagesTable>;
export type WebhookDelivery = Selectable<core.WebhookDeliveriesTable>;
export type OutboxRow = Selectable<core.OutboxTable>;
export type NewOutboxRow = Insertable<core.OutboxTable>;
export type LlmUsage = Selectable<core.LlmUsageTable>;
export type NewLlmUsage = Insertable<core.LlmUsageTable>;
export type RouterOutput = Selectable<core.RouterOutputsTable>;
export type NewRouterOutput = Insertable<core.RouterOutputsTable>;
export type QaVerdictRow = Selectable<core.QaVerdictsTable>;
export type NewQaVerdict = Insertable<core.QaVerdictsTable>;
export type ToolExecution = Selectable<core.ToolExecutionsTable>;
export type NewToolExecution = Insertable<core.ToolExecutionsTable>;
export type ToolExecutionUpdate = Updateable<core.ToolExecutionsTable>;
export type ConversationTurn = Selectable<core.ConversationTurnsTable>;
export type NewConversationTurn = Insertable<core.ConversationTurnsTable>;

export type Customer = Selectable<commerce.CustomersTable>;
export type Subscription = Selectable<commerce.SubscriptionsTable>;
export type SubscriptionUpdate = Updateable<commerce.SubscriptionsTable>;
export type Product = Selectable<commerce.ProductsTable>;
export type Box = Selectable<commerce.BoxesTable>;
export type Order = Selectable<commerce.OrdersTable>;
export type Shipment = Selectable<commerce.ShipmentsTable>;
export type Payment = Selectable<commerce.PaymentsTable>;

export type KnowledgeArticle = Selectable<knowledge.KnowledgeArticlesTable>;
export type NewKnowledgeArticle = Insertable<knowledge.KnowledgeArticlesTable>;
export type KnowledgeChunk = Selectable<knowledge.KnowledgeChunksTable>;
export type NewKnowledgeChunk = Insertable<knowledge.KnowledgeChunksTable>;
export type LearnedKnowledge = Selectable<knowledge.LearnedKnowledgeTable>;
export type NewLearnedKnowledge = Insertable<knowledge.LearnedKnowledgeTable>;

export type CustomerMemory = Selectable<learning.CustomerMemoryTable>;
export type CustomerMemoryEntry = Selectable<learning.CustomerMemoriesTable>;
export type NewCustomerMemoryEntry = Insertable<learning.CustomerMemoriesTable>;
export type Correction = Selectable<learning.CorrectionsTable>;
export type NewCorrection = Insertable<learning.CorrectionsTable>;
export type EvalRun = Selectable<learning.EvalRunsTable>;
export type NewEvalRun = Insertable<learning.EvalRunsTable>;
export type EvalResult = Selectable<learning.EvalResultsTable>;
export type NewEvalResult = Insertable<learning.EvalResultsTable>;
export type QaFailurePattern = Selectable<learning.QaFailurePatternsTable>;
export type NewQaFailurePattern = Insertable<learning.QaFailurePatternsTable>;
export type InstructionSuggestion = Selectable<learning.InstructionSuggestionsTable>;
export type NewInstructionSuggestion = Insertable<learning.InstructionSuggestionsTable>;
export type InstructionVersion = Selectable<learning.InstructionVersionsTable>;
export type NewInstructionVersion = Insertable<learning.InstructionVersionsTable>;
export type Alert = Selectable<learning.AlertsTable>;
export type NewAlert = Insertable<learning.AlertsTable>;
export type ProactiveOutreach = Selectable<learning.ProactiveOutreachTable>;
export type NewProactiveOutreach = Insertable<learning.ProactiveOutreachTable>;

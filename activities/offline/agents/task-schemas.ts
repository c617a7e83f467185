/**
 * Zod schemas of the offline task inputs (`agent.step`, `qa.review`, `summarizer.summarize`). The
 * customer context and tool results are checked for their shape, not re-validated field by field:
 * they were built by the pipeline's own activities.
 */
import { z } from 'zod';
import type { CustomerContext } from '../../context/build-context';
import type { AgentStepTask, QaReviewTask, SummarizeTask } from '../../agents/agent-contract';

const customer = z.custom<CustomerContext>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { known?: unknown }).known === 'boolean' &&
    ((value as { known: boolean }).known === false || 'profile' in value),
  { message: 'customer must be a customer context ({ known: false } or a known customer)' },
);

const passage = z.object({
  articleId: z.string(),
  title: z.string(),
  heading: z.string(),
  text: z.string(),
  productArea: z.string(),
  language: z.string(),
  updatedAt: z.string(),
});

const toolOutcome = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['read', 'write']),
  args: z.record(z.string(), z.unknown()),
  result: z.unknown(),
  error: z.string().optional(),
});

const sentiment = z.enum(['positive', 'neutral', 'negative', 'frustrated']);

/**
 * A photo the customer sent with the message. Not part of the agent contract yet: the pipeline may
 * pass `attachments` alongside the contract fields so damage claims can name their photos.
 */
export const attachmentSchema = z.object({
  id: z.string(),
  fileType: z.string().optional(),
});
export type TaskAttachment = z.infer<typeof attachmentSchema>;

/** `agent.step` input: the contract's task plus the optional attachments. */
export const agentStepTaskSchema = z.object({
  agent: z.enum(['billing', 'shipping', 'retention', 'quality', 'general', 'generalist']),
  category: z.string(),
  secondaryIntents: z.array(z.string()),
  language: z.string(),
  sentiment,
  channel: z.string(),
  today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  message: z.string(),
  history: z.string(),
  customer,
  memory: z.array(
    z.object({ type: z.enum(['preference', 'communication_style', 'issue']), content: z.string() }),
  ),
  knowledge: z.array(passage),
  instructions: z.string(),
  instructionVersion: z.number(),
  fewShot: z.array(
    z.object({
      customerMessage: z.string(),
      aiDraft: z.string(),
      humanReply: z.string(),
      lesson: z.string(),
    }),
  ),
  tools: z.array(z.string()),
  toolResults: z.array(toolOutcome),
  refinement: z.object({ reasons: z.array(z.string()), previousDraft: z.string() }).nullable(),
  formLink: z.string().nullable(),
  attachments: z.array(attachmentSchema).optional(),
});

/** The agent step task as the offline agent receives it. */
export type OfflineAgentTask = AgentStepTask & { attachments?: TaskAttachment[] };

/** `qa.review` input. */
export const qaReviewTaskSchema = z.object({
  category: z.string(),
  language: z.string(),
  sentiment,
  today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  message: z.string(),
  history: z.string().optional(),
  draft: z.string(),
  customer,
  knowledge: z.array(passage),
  toolResults: z.array(toolOutcome),
  round: z.number().int().min(1),
  maxRounds: z.number().int().min(1),
});

/** `summarizer.summarize` input. */
export const summarizeTaskSchema = z.object({
  transcript: z.string(),
  maxWords: z.number().int().positive(),
});

// Compile-time checks that the schemas produce the contract's types.
type Assert<T extends true> = T;
export type _AgentStepMatches = Assert<
  z.infer<typeof agentStepTaskSchema> extends OfflineAgentTask ? true : false
>;
export type _QaMatches = Assert<z.infer<typeof qaReviewTaskSchema> extends QaReviewTask ? true : false>;
export type _SummarizeMatches = Assert<
  z.infer<typeof summarizeTaskSchema> extends SummarizeTask ? true : false
>;

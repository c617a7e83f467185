import { z } from 'zod';

/**
 * A Chatwoot event that may carry a human's correction of an AI message; the input of
 * `correctionWorkflow`. Pure data: the API builds it, the workflow and activities read it.
 */
export interface CorrectionTrigger {
  /** `human_message`: a human's outgoing message or private note; `draft_edited`: an AI draft's text changed. */
  event: 'human_message' | 'draft_edited';
  /** Kesher's conversation id (the conversation workflow's id). */
  conversationId: string;
  accountId: number;
  chatwootConversationId: number;
  /** The human's message, or the edited draft. */
  chatwootMessageId: number;
  content: string;
  private: boolean;
  agentName: string | null;
  /** The key Kesher stamped on the draft (`content_attributes.kesher_key`), for `draft_edited`. */
  kesherKey: string | null;
  /** ISO-8601. */
  at: string;
}

/** The three ways a human corrects the AI (Kesher issue 5). */
export type CorrectionCase = 'draft_replaced' | 'note_on_reply' | 'draft_edited';

export const CORRECTION_CLASSES = ['tone', 'accuracy', 'safety', 'completeness'] as const;
export type CorrectionClass = (typeof CORRECTION_CLASSES)[number];

/** One concrete difference between the AI's text and the human's. */
export const keyChangeSchema = z.object({
  kind: z.enum(['added', 'removed', 'changed']),
  /** amount | date | duration | id | email | url | number | percent | sentence | promise */
  what: z.string().min(1).max(40),
  from: z.string().max(400).nullable(),
  to: z.string().max(400).nullable(),
});
export type KeyChange = z.infer<typeof keyChangeSchema>;

/** The input of the `correction.classify` task. */
export const classifyTaskSchema = z.object({
  correctionCase: z.enum(['draft_replaced', 'note_on_reply', 'draft_edited']),
  category: z.string().nullable(),
  customerMessage: z.string(),
  aiText: z.string(),
  humanText: z.string(),
});
export type ClassifyTask = z.infer<typeof classifyTaskSchema>;

/** What the classifier returns. */
export const classificationSchema = z.object({
  classification: z.enum(CORRECTION_CLASSES),
  /** The specific issue, short and reusable across corrections ("wrong refund amount"). */
  specificIssue: z.string().min(3).max(200),
  keyChanges: z.array(keyChangeSchema).max(20),
  /** 0..1: how clear and instructive the correction is as an example for the agent. */
  qualityScore: z.number().min(0).max(1),
});
export type Classification = z.infer<typeof classificationSchema>;

/** What the capture step decided. */
export type CaptureOutcome =
  | { status: 'captured'; correctionId: number; correctionCase: CorrectionCase; duplicate: boolean }
  | { status: 'skipped'; reason: string };

/** What the whole correction workflow did. */
export interface CorrectionOutcome {
  capture: CaptureOutcome;
  classification: Classification | null;
  alertIds: number[];
  delivered: number[];
}

import { z } from 'zod';

/** The input of the `knowledge.propose` task: what customers asked and how a human answered. */
export const knowledgeProposeTaskSchema = z.object({
  category: z.string().nullable(),
  exchanges: z.array(
    z.object({
      messageId: z.number().int(),
      question: z.string(),
      answer: z.string(),
    }),
  ),
});
export type KnowledgeProposeTask = z.infer<typeof knowledgeProposeTaskSchema>;

/** What the task returns: general facts other customers could be told. */
export const knowledgeProposalSchema = z.object({
  facts: z
    .array(
      z.object({
        fact: z.string().min(10).max(600),
        question: z.string().max(600).nullable(),
        language: z.string().min(2).max(8),
        confidence: z.number().min(0).max(1),
        /** The answer message the fact came from. */
        messageId: z.number().int(),
      }),
    )
    .max(10),
});
export type KnowledgeProposal = z.infer<typeof knowledgeProposalSchema>;

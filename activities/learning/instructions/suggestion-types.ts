import { z } from 'zod';

/** The input of the `learning.suggest_instructions` task: a category's patterns worth a suggestion. */
export const suggestTaskSchema = z.object({
  category: z.string().min(1),
  /** Where the patterns come from: QA failures ('eval') or human corrections. */
  source: z.enum(['eval', 'corrections']),
  patterns: z
    .array(
      z.object({
        pattern: z.string().min(1),
        description: z.string(),
        frequency: z.number().int().min(1),
        examples: z
          .array(
            z.object({
              before: z.string().nullable(),
              after: z.string().nullable(),
              note: z.string().nullable(),
            }),
          )
          .max(10),
      }),
    )
    .min(1)
    .max(20),
});
export type SuggestTask = z.infer<typeof suggestTaskSchema>;

/** What the pattern analyst returns: one instruction per pattern. */
export const suggestionsSchema = z.object({
  suggestions: z.array(
    z.object({
      /** The pattern's key, exactly as given. */
      pattern: z.string().min(1),
      /** One guideline for the specialist's instructions, in the imperative. */
      instruction: z.string().trim().min(10).max(600),
      /** Why: the evidence in a sentence. */
      rationale: z.string().trim().max(600),
    }),
  ),
});
export type Suggestions = z.infer<typeof suggestionsSchema>;

/** The system prompt of the task for a network model. */
export const SUGGEST_SYSTEM_PROMPT = [
  'You improve the instructions of an AI customer-support specialist (Lev Haolam: monthly boxes of',
  'Israeli products, shipped worldwide). You get recurring problems of one support category from the',
  'last 7 days: QA findings on the AI drafts (source "eval") or human agents\' corrections of them',
  '(source "corrections"), each with how often it happened and examples.',
  "For every pattern write ONE guideline to add to the specialist's instructions: imperative, specific,",
  'at most two sentences, general enough for future conversations (no customer names, order numbers or',
  'amounts from the examples), and consistent with policy: never claim a change before the customer',
  'confirms it in the form, never promise refunds the billing team has not approved.',
  'Return JSON {"suggestions":[{"pattern": <the pattern key exactly as given>, "instruction": ..., "rationale": ...}]}',
  'with one entry per pattern.',
].join('\n');

/** The user message: the category and its patterns. */
export function suggestUserMessage(task: SuggestTask): string {
  const patterns = task.patterns.map((pattern) =>
    [
      `Pattern: ${pattern.pattern} (${pattern.frequency} times)`,
      `What goes wrong: ${pattern.description}`,
      ...pattern.examples.map((example, index) =>
        [
          `  Example ${index + 1}:`,
          example.note ? `    finding: ${example.note}` : null,
          example.before ? `    AI wrote: ${example.before}` : null,
          example.after ? `    human wrote: ${example.after}` : null,
        ]
          .filter((line) => line !== null)
          .join('\n'),
      ),
    ].join('\n'),
  );
  return [`Category: ${task.category}`, `Source: ${task.source}`, ...patterns].join('\n\n');
}

/**
 * One line of a golden dataset (fixtures/golden-dev.jsonl; format in fixtures/README.md).
 */
import { z } from 'zod';

/** The zod schema of a golden line. */
export const goldenItemSchema = z.object({
  id: z.string().min(1),
  channel: z.enum(['email', 'web_widget']),
  customer_email: z.string().min(1).nullable(),
  language: z.enum(['en', 'he', 'ru', 'es', 'de', 'fr']),
  message: z.string().min(1),
  category: z.string().min(1),
  sentiment: z.enum(['positive', 'neutral', 'negative', 'frustrated']),
  escalation_signal: z.boolean(),
  expected_tool: z.string().min(1).nullable(),
  expected_args: z.record(z.string(), z.unknown()).nullable(),
  must_mention: z.array(z.string().min(1)),
  must_not: z.array(z.string().min(1)),
  attachments: z
    .array(z.object({ photo_id: z.string(), filename: z.string(), content_type: z.string() }))
    .optional(),
});

/** A labelled golden message. */
export type GoldenItem = z.infer<typeof goldenItemSchema>;

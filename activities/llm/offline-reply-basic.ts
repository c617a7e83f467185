import { z } from 'zod';
import type { ChatRequest } from './types';

/** Input of the `reply.basic` offline task. */
export const replyBasicInput = z.object({
  customerMessage: z.string(),
  customerName: z.string().optional(),
});

/** Input of the `reply.basic` offline task. */
export type ReplyBasicInput = z.infer<typeof replyBasicInput>;

/**
 * The `reply.basic` offline handler: a polite, generic acknowledgement that promises nothing the
 * system has not done, so it is safe to send when no model is available.
 */
export function replyBasicHandler(input: unknown, _request: ChatRequest): { text: string } {
  const parsed = replyBasicInput.safeParse(input);
  const name = parsed.success ? parsed.data.customerName?.trim().split(/\s+/)[0] : undefined;
  const greeting = name ? `Hi ${name},` : 'Hi there,';
  return {
    text:
      `${greeting}\n\nThank you for reaching out, and for your patience. We have received your message ` +
      `and a member of our support team will look into it and get back to you shortly.\n\nWarm regards,\nCustomer Support`,
  };
}

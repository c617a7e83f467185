import { z } from 'zod';
import { chatwootWebhookSchema, type ChatwootWebhook } from './webhook-schemas';

/** The outcome of checking a webhook body against the Chatwoot schemas. */
export type ParseWebhookResult = { ok: true; payload: ChatwootWebhook } | { ok: false; reason: string };

/** Only the first few issues are reported: the reason goes into a 400 body and a log line. */
const MAX_ISSUES = 5;

/**
 * Validates a parsed JSON body as a Chatwoot webhook or agent-bot delivery. On failure the
 * reason names each offending path, e.g. `conversation.id: Invalid input: expected number`.
 */
export function parseChatwootWebhook(json: unknown): ParseWebhookResult {
  const result = chatwootWebhookSchema.safeParse(json);
  if (result.success) return { ok: true, payload: result.data };
  const issues = result.error.issues.slice(0, MAX_ISSUES);
  const reason = z
    .prettifyError(new z.ZodError(issues))
    .replace(/\s*\n\s*→ at /g, ' at ')
    .replace(/\n/g, '; ');
  return { ok: false, reason: reason.replace(/✖ /g, '') };
}

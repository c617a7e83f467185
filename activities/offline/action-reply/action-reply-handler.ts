import { z } from 'zod';
import { defineOfflineHandler, type OfflineHandler } from '../../llm';
import { ACTION_PHRASES, type ActionPhrases, type Language } from './action-phrases';

const actionReplyInput = z.object({
  toolName: z.enum([
    'pause_subscription',
    'skip_month',
    'change_frequency',
    'change_address',
    'file_damage_claim',
  ]),
  status: z.enum(['succeeded', 'failed', 'rejected', 'expired']),
  args: z.record(z.string(), z.unknown()),
  result: z.unknown(),
  error: z.string().nullable(),
  language: z.string(),
  customerName: z.string().nullable(),
});

/** The offline task input of `agent.action_reply`. */
export type ActionReplyTask = z.infer<typeof actionReplyInput>;

const languageOf = (code: string): Language => (code in ACTION_PHRASES ? (code as Language) : 'en');

/** The change in the customer's words: "pause for 2 months", "skip 2027-01", ... */
function changePhrase(phrases: ActionPhrases, task: ActionReplyTask): string {
  const args = task.args;
  const describe = phrases.change[task.toolName];
  return describe(args);
}

/** What the result adds: the resume date of a pause, the first box at a new address, a claim id. */
function resultDetail(phrases: ActionPhrases, result: unknown): string {
  if (!result || typeof result !== 'object') return '';
  const fields = result as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof fields.resumes_on === 'string') parts.push(phrases.resumesOn(fields.resumes_on));
  if (typeof fields.paused_until === 'string') parts.push(phrases.resumesOn(fields.paused_until));
  if (typeof fields.applies_from_box === 'string') parts.push(phrases.appliesFrom(fields.applies_from_box));
  if (typeof fields.claim_id === 'string') parts.push(phrases.claimId(fields.claim_id));
  if (typeof fields.next_charge_date === 'string') parts.push(phrases.nextCharge(fields.next_charge_date));
  return parts.join(' ');
}

/**
 * The reply after the customer answered a confirmation form (or let it expire), grounded in the
 * write tool's actual result, in the customer's language.
 */
export const actionReplyHandler: OfflineHandler = defineOfflineHandler(actionReplyInput, (task) => {
  const phrases = ACTION_PHRASES[languageOf(task.language)];
  const greeting = phrases.greeting(task.customerName?.split(' ')[0] ?? null);
  const change = changePhrase(phrases, task);
  const body = {
    succeeded: `${phrases.done(change)} ${resultDetail(phrases, task.result)}`.trim(),
    failed: phrases.failed(change, task.error ?? ''),
    rejected: phrases.rejected(change),
    expired: phrases.expired(change),
  }[task.status];
  return { text: `${greeting}\n\n${body}\n\n${phrases.closing}` };
});

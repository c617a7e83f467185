import { z } from 'zod';
import { defineOfflineHandler, type OfflineHandler } from '../../llm';
import { createFormatter, type Formatter } from '../agents/i18n/format';
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

/**
 * What the write tool's result adds, with dates in the customer's language: when the boxes resume
 * (a pause), the first box at a new address, the claim number, or the next charge.
 */
function resultDetail(phrases: ActionPhrases, fmt: Formatter, result: unknown): string {
  if (!result || typeof result !== 'object') return '';
  const fields = result as Record<string, unknown>;
  const text = (key: string): string | null =>
    typeof fields[key] === 'string' ? (fields[key] as string) : null;
  const pausedUntil = text('pausedUntil');
  const appliesFromBox = text('appliesFromBox');
  const claimNumber = text('claimNumber');
  const nextChargeDate = text('nextChargeDate');
  const parts: string[] = [];
  if (pausedUntil) parts.push(phrases.resumesOn(fmt.day(pausedUntil)));
  if (appliesFromBox) parts.push(phrases.appliesFrom(fmt.month(appliesFromBox)));
  if (claimNumber) parts.push(phrases.claimId(claimNumber));
  // After a pause the next charge is the resume day: said once.
  if (nextChargeDate && !pausedUntil) parts.push(phrases.nextCharge(fmt.day(nextChargeDate)));
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
    succeeded:
      `${phrases.done(change)} ${resultDetail(phrases, createFormatter(languageOf(task.language)), task.result)}`.trim(),
    failed: phrases.failed(change, task.error ?? ''),
    rejected: phrases.rejected(change),
    expired: phrases.expired(change),
  }[task.status];
  return { text: `${greeting}\n\n${body}\n\n${phrases.closing}` };
});

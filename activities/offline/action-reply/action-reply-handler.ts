import { z } from 'zod';
import type { WriteToolName } from '../../../workflows/action-types';
import { parseWriteToolArgs, type WriteToolArgs } from '../../../workflows/write-tool-args';
import { defineOfflineHandler, type OfflineHandler } from '../../llm';
import { createFormatter, tidyPunctuation, type Formatter } from '../agents/i18n/format';
import { phrasebookFor, replyLanguage } from '../agents/i18n';
import type { Phrasebook } from '../agents/i18n/types';
import { ACTION_PHRASES, type ActionPhrases } from './action-phrases';

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
  /** Why a failed change failed (the policy's refusal code), when known. */
  errorCode: z.string().nullable().optional(),
  language: z.string(),
  customerName: z.string().nullable(),
});

/** The offline task input of `agent.action_reply`. */
export type ActionReplyTask = z.infer<typeof actionReplyInput>;

interface Words {
  phrases: ActionPhrases;
  book: Phrasebook;
  fmt: Formatter;
}

/** Each tool's change in the customer's words, from its checked arguments. */
const CHANGES: { [Name in WriteToolName]: (args: WriteToolArgs<Name>, words: Words) => string } = {
  pause_subscription: (args, { phrases, fmt }) =>
    phrases.change.pause({
      months: args.months,
      from: args.start_month ? fmt.month(args.start_month) : null,
    }),
  skip_month: (args, { phrases, fmt }) => phrases.change.skip({ month: fmt.month(args.month) }),
  change_frequency: (args, { phrases, book }) =>
    phrases.change.frequency({ frequency: book.plan.frequency(args.frequency) }),
  change_address: (args, { phrases }) =>
    phrases.change.address({
      address: [args.line1, args.line2, args.city, `${args.postal_code} ${args.country}`]
        .filter(Boolean)
        .join(', '),
    }),
  file_damage_claim: (args, { phrases }) => phrases.change.claim({ orderId: args.order_id }),
};

/**
 * The change in the customer's words: "pausing your subscription for 2 months", "skipping the
 * January 2027 box", "switching to a box every 2 months".
 */
function changePhrase(words: Words, task: ActionReplyTask): string {
  const parsed = parseWriteToolArgs(task.toolName, task.args);
  if (!parsed.ok) return words.phrases.change.unknown;
  return (CHANGES[task.toolName] as (args: WriteToolArgs, words: Words) => string)(parsed.args, words);
}

/**
 * What the write tool's result adds, with dates in the customer's language: when the boxes resume
 * (a pause), the first box at a new address, the claim number, or the next charge.
 */
function resultDetail({ phrases, fmt }: Words, result: unknown): string {
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

/** Why the change failed, in the reply's language: the policy's sentence in English, its code's elsewhere. */
function failureReason(phrases: ActionPhrases, task: ActionReplyTask): string {
  if (!phrases.refusals) return task.error?.replace(/\.$/, '') || phrases.refusalFallback;
  return (task.errorCode ? phrases.refusals[task.errorCode] : undefined) ?? phrases.refusalFallback;
}

/**
 * The reply after the customer answered a confirmation form (or let it expire), grounded in the
 * write tool's actual result, in the customer's language, with the greeting and sign-off of every
 * other reply.
 */
export const actionReplyHandler: OfflineHandler = defineOfflineHandler(actionReplyInput, (task) => {
  const language = replyLanguage(task.language);
  const book = phrasebookFor(language);
  const words: Words = { phrases: ACTION_PHRASES[language], book, fmt: createFormatter(language) };
  const change = changePhrase(words, task);
  const body = {
    succeeded: `${words.phrases.done(change)} ${resultDetail(words, task.result)}`.trim(),
    failed: words.phrases.failed(change, failureReason(words.phrases, task)),
    rejected: words.phrases.rejected(change),
    expired: words.phrases.expired(change),
  }[task.status];
  const name = task.customerName?.trim().split(/\s+/)[0] || null;
  return {
    text: tidyPunctuation([book.common.greeting({ name }), body, book.common.closing()].join('\n\n')),
  };
});

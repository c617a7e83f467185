import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { customerMessage, postWebhook } from '../../test/support/webhooks';
import { messageKey } from './reply-tracker';

/**
 * The benchmark's customer: one with no outstanding problem. (A customer with a late parcel is
 * handed to the shipping team on the first turn, and the AI then stays silent in that conversation.)
 */
export const BENCH_CUSTOMER = 'sarah.mitchell@example.com';

/**
 * Customer questions the offline router answers (none asks for a person, so each turn ends in a
 * public reply, not a handoff): a turn's latency is then always webhook → reply.
 */
export const BENCH_TEXTS: readonly string[] = [
  'Hi, where is my November box? Tracking has not moved in three days.',
  'When is my next charge going to happen?',
  'Can I skip next month’s box please?',
  'Is the granola in this month’s box gluten free?',
  'I would like to change my delivery address for the next box.',
  'Could you tell me what was in my last two orders?',
];

/** One customer message as the benchmark sends it. */
export interface SentMessage {
  key: string;
  /** `performance.now()` just before the request left. */
  sentAt: number;
  /** The 200 answer's arrival, in ms after `sentAt`. */
  ackMs: number;
  /** `accepted`, `duplicate`, `ignored`, or `http-<status>` / `error` when it failed. */
  status: string;
  /** The API's own time for the request, from its `Server-Timing` header (null when absent). */
  serverMs: number | null;
}

/** The `total` metric of a `Server-Timing` header, in ms. */
export function serverTotalMs(header: string | null): number | null {
  const match = header ? /(?:^|,)\s*total;dur=([\d.]+)/.exec(header) : null;
  return match ? Number(match[1]) : null;
}

/**
 * What customer `index` of a phase writes in its message `turn`: the same on the Temporal and the
 * in-process path, whatever ids each phase gives its conversations.
 */
export const benchText = (index: number, turn: number): string =>
  BENCH_TEXTS[(index + turn) % BENCH_TEXTS.length]!;

/** POSTs a signed `message_created` for a new message, with a fresh delivery id. */
export async function sendCustomerMessage(
  target: { url: string; accountId: number },
  conversationId: number,
  messageId: number,
  content = BENCH_TEXTS[messageId % BENCH_TEXTS.length]!,
): Promise<SentMessage> {
  const payload = customerMessage({
    accountId: target.accountId,
    conversationId,
    messageId,
    content,
    email: BENCH_CUSTOMER,
  });
  const body = JSON.stringify(payload);
  const key = messageKey(target.accountId, conversationId, messageId);
  const sentAt = performance.now();
  try {
    const response = await postWebhook(target.url, body, { deliveryId: randomUUID() });
    const answer = response.ok ? ((await response.json()) as { status: string }).status : null;
    return {
      key,
      sentAt,
      ackMs: performance.now() - sentAt,
      status: answer ?? `http-${response.status}`,
      serverMs: serverTotalMs(response.headers.get('server-timing')),
    };
  } catch {
    return { key, sentAt, ackMs: performance.now() - sentAt, status: 'error', serverMs: null };
  }
}

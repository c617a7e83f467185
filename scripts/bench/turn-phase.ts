import { performance } from 'node:perf_hooks';
import type { BenchSystem } from './bench-system';
import type { RunAccounting } from './run-accounting';
import { sendCustomerMessage } from './webhook-driver';

/** Latencies of one closed-loop phase and how long it took. */
export interface PhaseResult {
  latencies: number[];
  wallMs: number;
  turns: number;
}

/** How long a closed-loop customer waits for a reply before giving up on it (it then counts as lost). */
export const WAIT_FOR_ANSWER_MS = 120_000;

/**
 * `conversations` customers in parallel, each sending `turns` messages one after the other: the
 * next message leaves when the previous reply reached Chatwoot, as a person waiting would. Latency
 * is webhook POST → reply request arriving at the fake Chatwoot.
 */
export async function runTemporalTurns(
  bench: BenchSystem,
  accounting: RunAccounting,
  options: { conversations: number; turns: number; firstConversationId: number },
): Promise<PhaseResult> {
  const latencies: number[] = [];
  const started = performance.now();
  const customer = async (conversationId: number): Promise<void> => {
    for (let turn = 0; turn < options.turns; turn += 1) {
      const messageId = conversationId * 100 + turn;
      const sent = await sendCustomerMessage(bench, conversationId, messageId);
      if (!accounting.sent(sent.key, sent.status)) continue;
      const acceptedAt = sent.sentAt + sent.ackMs;
      const arrival = await accounting.answerOf(
        bench.replies,
        sent.key,
        acceptedAt,
        acceptedAt + WAIT_FOR_ANSWER_MS,
      );
      if (arrival) latencies.push(arrival.at - sent.sentAt);
    }
  };
  await Promise.all(
    Array.from({ length: options.conversations }, (_, i) => customer(options.firstConversationId + i)),
  );
  return { latencies, wallMs: performance.now() - started, turns: latencies.length };
}

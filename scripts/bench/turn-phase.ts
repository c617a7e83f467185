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

/** How long an accepted message may wait for its reply before it counts as lost. */
export const REPLY_DEADLINE_MS = 30_000;

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
      const arrival = await bench.replies.waitFor(sent.key, REPLY_DEADLINE_MS);
      if (!arrival) {
        accounting.lost.push(sent.key);
        continue;
      }
      latencies.push(arrival.at - sent.sentAt);
    }
  };
  await Promise.all(
    Array.from({ length: options.conversations }, (_, i) => customer(options.firstConversationId + i)),
  );
  return { latencies, wallMs: performance.now() - started, turns: latencies.length };
}

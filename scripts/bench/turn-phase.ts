import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchSystem } from './bench-system';
import { type Pacing, waitBeforeMs } from './pacing';
import type { RunAccounting } from './run-accounting';
import { benchText, sendCustomerMessage } from './webhook-driver';

/** Latencies of one phase and how long it took. */
export interface PhaseResult {
  latencies: number[];
  wallMs: number;
  turns: number;
}

/** How long a closed-loop customer waits for a reply before giving up on it (it then counts as lost). */
export const WAIT_FOR_ANSWER_MS = 120_000;

/** A phase's customers: how many, how many messages each, their ids, and how fast they write. */
export interface PhaseOptions {
  conversations: number;
  turns: number;
  firstConversationId: number;
  /** Without it, a closed loop: the next message leaves the moment the reply arrives. */
  pacing?: Pacing;
}

/**
 * `conversations` customers in parallel, each sending `turns` messages one after the other: the
 * next message leaves when the previous reply reached Chatwoot, at once or after a think time
 * (`pacing`). Latency is webhook POST → reply request arriving at the fake Chatwoot.
 */
export async function runTemporalTurns(
  bench: BenchSystem,
  accounting: RunAccounting,
  options: PhaseOptions,
): Promise<PhaseResult> {
  const latencies: number[] = [];
  const started = performance.now();
  const customer = async (index: number): Promise<void> => {
    const conversationId = options.firstConversationId + index;
    for (let turn = 0; turn < options.turns; turn += 1) {
      if (options.pacing) await sleep(waitBeforeMs(options.pacing, index, turn));
      const messageId = conversationId * 100 + turn;
      const sent = await sendCustomerMessage(bench, conversationId, messageId, benchText(index, turn));
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
  await Promise.all(Array.from({ length: options.conversations }, (_, index) => customer(index)));
  return { latencies, wallMs: performance.now() - started, turns: latencies.length };
}

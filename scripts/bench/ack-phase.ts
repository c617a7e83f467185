import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchSystem } from './bench-system';
import type { RunAccounting } from './run-accounting';
import { sendCustomerMessage, type SentMessage } from './webhook-driver';

/** Acknowledgement latencies at a fixed arrival rate, and what became of the messages. */
export interface AckResult {
  ackMs: number[];
  /** The API's own share of each answer (its `Server-Timing`), where it reported one. */
  serverMs: number[];
  sent: number;
  /** Largest delay between a send's scheduled time and its departure (the load generator's own lag). */
  maxScheduleLagMs: number;
  /** Time from the last send until every accepted message was answered (or the drain cap passed). */
  drainMs: number;
}

/**
 * Open loop: request i leaves at `start + i / rate` whether or not earlier ones were answered, so a
 * slow answer cannot slow the arrivals down and hide itself (coordinated omission). By default every
 * request is a new message in its own new conversation: the webhook's most expensive path (claim,
 * then a signal-with-start that starts a workflow). Each accepted message must still be answered.
 */
export async function runAckPhase(
  bench: BenchSystem,
  accounting: RunAccounting,
  options: {
    ratePerS: number;
    durationS: number;
    firstConversationId: number;
    /** Spread the messages over this many conversations (default: a new conversation per message). */
    conversations?: number;
    /** How long after the last send to keep waiting for answers; what is unanswered then is lost. */
    drainCapMs: number;
  },
): Promise<AckResult> {
  const total = Math.round(options.ratePerS * options.durationS);
  const intervalMs = 1000 / options.ratePerS;
  const inFlight: Array<Promise<SentMessage>> = [];
  let maxScheduleLagMs = 0;
  const start = performance.now();
  for (let i = 0; i < total; i += 1) {
    const due = start + i * intervalMs;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    maxScheduleLagMs = Math.max(maxScheduleLagMs, performance.now() - due);
    const spread = options.conversations ?? total;
    inFlight.push(sendCustomerMessage(bench, options.firstConversationId + (i % spread), 1 + i));
  }
  const sent = await Promise.all(inFlight);
  const lastSend = performance.now();

  // Every accepted message must be answered: the run waits for all of them, up to the cap.
  await Promise.all(
    sent.map(async (message) => {
      if (!accounting.sent(message.key, message.status)) return;
      const acceptedAt = message.sentAt + message.ackMs;
      await accounting.answerOf(bench.replies, message.key, acceptedAt, lastSend + options.drainCapMs);
    }),
  );
  return {
    ackMs: sent.map((message) => message.ackMs),
    serverMs: sent.flatMap((message) => (message.serverMs === null ? [] : [message.serverMs])),
    sent: total,
    maxScheduleLagMs,
    drainMs: performance.now() - lastSend,
  };
}

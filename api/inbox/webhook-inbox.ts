/**
 * The webhook inbox: a Chatwoot delivery is answered as soon as its claim (with what it asks of the
 * conversation) is stored, and forwarded to Temporal from here. Deliveries of one conversation are
 * forwarded one at a time in the order they arrived; a failed forward is retried with backoff, and
 * what a stopped process left behind is forwarded when the next one starts (`resume`). Forwarding
 * is at least once: the conversation workflow ignores a message id it has seen.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../../schema/tables';
import {
  markForwarded,
  recordForwardFailure,
  unforwardedDeliveries,
  type InboxCursor,
  type InboxDelivery,
} from '../../activities/repos/webhook-deliveries-repo';

/** Hands one delivery to its conversation workflow. */
export type ForwardDelivery = (delivery: InboxDelivery) => Promise<void>;

export interface WebhookInbox {
  /** Queues a claimed delivery; returns at once. */
  enqueue(delivery: InboxDelivery): void;
  /** Queues what an earlier process left in the inbox; resolves to how many. */
  resume(): Promise<number>;
  /** Resolves when every queued delivery has been forwarded (or the inbox is closed). */
  idle(): Promise<void>;
  /** Stops retrying; what is not forwarded stays in the database for the next start. */
  close(): Promise<void>;
}

export interface InboxOptions {
  db: Kysely<Database>;
  log: Logger;
  forward: ForwardDelivery;
  /** Backoff between attempts: doubles from `initialMs` up to `maxMs`. */
  retry?: { initialMs: number; maxMs: number };
}

/** Creates the inbox of one API process. */
export function createWebhookInbox(options: InboxOptions): WebhookInbox {
  const { db, log, forward } = options;
  const retry = options.retry ?? { initialMs: 500, maxMs: 30_000 };
  const chains = new Map<string, Promise<void>>();
  const queued = new Set<string>();
  // Closing ends every backoff wait at once.
  const stop = new AbortController();
  let closed = false;

  const pause = (ms: number): Promise<void> =>
    sleep(ms, undefined, { signal: stop.signal }).catch(() => undefined);

  async function deliver(delivery: InboxDelivery): Promise<void> {
    for (
      let attempt = 1, wait = retry.initialMs;
      !closed;
      attempt++, wait = Math.min(wait * 2, retry.maxMs)
    ) {
      try {
        await forward(delivery);
        await markForwarded(db, delivery.key);
        return;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        log.warn(
          { err: error, key: delivery.key, workflowId: delivery.workflowId, attempt },
          'could not forward a webhook delivery to Temporal; it stays in the inbox and is retried',
        );
        await recordForwardFailure(db, delivery.key, message).catch(() => undefined);
        await pause(wait);
      }
    }
  }

  function enqueue(delivery: InboxDelivery): void {
    if (closed || queued.has(delivery.key)) return;
    queued.add(delivery.key);
    const previous = chains.get(delivery.workflowId) ?? Promise.resolve();
    const next = previous
      .then(() => deliver(delivery))
      .catch((error: unknown) => log.error({ err: error, key: delivery.key }, 'inbox forwarding failed'))
      .finally(() => {
        queued.delete(delivery.key);
        if (chains.get(delivery.workflowId) === next) chains.delete(delivery.workflowId);
      });
    chains.set(delivery.workflowId, next);
  }

  return {
    enqueue,
    async resume() {
      let waiting = 0;
      for (let after: InboxCursor | undefined; ;) {
        const page = await unforwardedDeliveries(db, after);
        for (const delivery of page.deliveries) enqueue(delivery);
        waiting += page.deliveries.length;
        if (!page.next) break;
        after = page.next;
      }
      if (waiting > 0) log.info({ deliveries: waiting }, 'forwarding what the inbox held');
      return waiting;
    },
    async idle() {
      while (chains.size > 0) await Promise.all([...chains.values()]);
    },
    async close() {
      closed = true;
      stop.abort();
      await Promise.all([...chains.values()]);
    },
  };
}

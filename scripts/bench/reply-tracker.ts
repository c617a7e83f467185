import { performance } from 'node:perf_hooks';
import type { FakeChatwoot, RecordedRequest } from '../../test/support/fake-chatwoot-server';

/** How the benchmark learns that a message was answered: Kesher stamps this on what it posts. */
const KEY_ATTRIBUTE = 'kesher_key';
/** `<workflowId>:reply:<messageId>` (a reply) or `<workflowId>:handoff:<messageId>[...]` (a handoff). */
const KEY_PATTERN = /^(conversation-\d+-\d+):(reply|handoff):(cw-\d+)/;

/** One answer's arrival at the fake Chatwoot. */
export interface Arrival {
  /** `performance.now()` when the request reached the fake. */
  at: number;
  kind: 'reply' | 'handoff';
}

/** Per-message accounting of what arrived at Chatwoot, pushed by the fake (no polling). */
export interface ReplyTracker {
  /** The first answer to `messageKey` (`<workflowId>/<messageId>`), or undefined after `timeoutMs`. */
  waitFor(messageKey: string, timeoutMs: number): Promise<Arrival | undefined>;
  /** Messages whose public reply reached Chatwoot more than once. */
  duplicated(): string[];
  /** Messages answered by a handoff rather than a reply (not expected with the benchmark's texts). */
  handoffs(): number;
  stop(): void;
}

/** The key the tracker uses for a customer message. */
export function messageKey(accountId: number, conversationId: number, chatwootMessageId: number): string {
  return `conversation-${accountId}-${conversationId}/cw-${chatwootMessageId}`;
}

/** Subscribes to the fake's requests and matches each posted message to the message it answers. */
export function trackReplies(chatwoot: FakeChatwoot): ReplyTracker {
  const replies = new Map<string, number>();
  const first = new Map<string, Arrival>();
  const waiters = new Map<string, Array<(arrival: Arrival) => void>>();

  const onRequest = (request: RecordedRequest): void => {
    if (request.method !== 'POST' || !request.path.endsWith('/messages')) return;
    const attributes = (request.body as { content_attributes?: Record<string, unknown> } | null)
      ?.content_attributes;
    const match = KEY_PATTERN.exec(String(attributes?.[KEY_ATTRIBUTE] ?? ''));
    if (!match) return;
    const key = `${match[1]}/${match[3]}`;
    const kind = match[2] as Arrival['kind'];
    if (kind === 'reply') replies.set(key, (replies.get(key) ?? 0) + 1);
    if (first.has(key)) return;
    const arrival = { at: performance.now(), kind };
    first.set(key, arrival);
    for (const resolve of waiters.get(key) ?? []) resolve(arrival);
    waiters.delete(key);
  };
  const unsubscribe = chatwoot.onRequest(onRequest);

  return {
    waitFor(key, timeoutMs) {
      const arrived = first.get(key);
      if (arrived) return Promise.resolve(arrived);
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(undefined), timeoutMs);
        const list = waiters.get(key) ?? [];
        list.push((arrival) => {
          clearTimeout(timer);
          resolve(arrival);
        });
        waiters.set(key, list);
      });
    },
    duplicated: () => [...replies].filter(([, count]) => count > 1).map(([key]) => key),
    handoffs: () => [...first.values()].filter((arrival) => arrival.kind === 'handoff').length,
    stop: unsubscribe,
  };
}

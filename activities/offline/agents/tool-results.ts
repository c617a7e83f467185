/**
 * Typed access to the tool calls of this turn and their results, so composers read the tracking,
 * subscription, order, payment and box cards instead of raw JSON.
 */
import type { ToolOutcome, WriteToolName } from '../../agents/agent-contract';
import { WRITE_TOOL_NAMES } from '../../agents/agent-contract';
import type {
  BoxContentsResult,
  NotFoundResult,
  OrderHistoryResult,
  PaymentHistoryResult,
  SubscriptionResult,
  TrackingResult,
} from '../../commerce/read-tools';

/** A write tool the agent proposed this turn, with the pipeline's answer. */
export interface Proposal {
  name: WriteToolName;
  args: Record<string, unknown>;
  status: string;
  actionId: string | null;
  summary: string | null;
}

/** The results of the turn's tool calls. */
export interface TurnResults {
  readonly outcomes: readonly ToolOutcome[];
  /** Tracking cards, in call order. */
  tracking(): TrackingResult[];
  /** The tracking card of one order. */
  trackingOf(orderId: string): TrackingResult | null;
  subscription(): SubscriptionResult | null;
  orders(): OrderHistoryResult | null;
  payments(): PaymentHistoryResult | null;
  /** Box cards, in call order. */
  boxes(): BoxContentsResult[];
  /** Tool answers that found nothing (an order id that is not on the account...). */
  notFound(): { name: string; result: NotFoundResult }[];
  /** Calls that failed after their retries. */
  failures(): ToolOutcome[];
  proposal(): Proposal | null;
  /** Has a call with this name (and, when given, these arguments) been made? */
  called(name: string, args?: Record<string, unknown>): boolean;
}

const isOk = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === true;

const isNotFound = (value: unknown): value is NotFoundResult =>
  typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;

/** A write queued behind the turn's proposal (its form comes once that one is confirmed). */
const isQueued = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && (value as { status?: unknown }).status === 'queued';

/** Stable text of tool arguments, for comparing calls. */
export const argsKey = (args: Record<string, unknown>): string =>
  JSON.stringify(
    Object.keys(args)
      .sort()
      .map((key) => [key, args[key]]),
  );

/** Reads the outcomes of the turn's tool calls. */
export function readResults(outcomes: readonly ToolOutcome[]): TurnResults {
  const okResults = <T>(name: string): T[] =>
    outcomes.filter((o) => o.name === name && !o.error && isOk(o.result)).map((o) => o.result as T);
  const writes = new Set<string>(WRITE_TOOL_NAMES);
  return {
    outcomes,
    tracking: () => okResults<TrackingResult>('track_package'),
    trackingOf: (orderId) =>
      okResults<TrackingResult>('track_package').find((t) => t.orderId === orderId) ?? null,
    subscription: () => okResults<SubscriptionResult>('get_subscription').at(-1) ?? null,
    orders: () => okResults<OrderHistoryResult>('get_order_history').at(-1) ?? null,
    payments: () => okResults<PaymentHistoryResult>('get_payment_history').at(-1) ?? null,
    boxes: () => okResults<BoxContentsResult>('get_box_contents'),
    notFound: () =>
      outcomes.flatMap((o) => (!o.error && isNotFound(o.result) ? [{ name: o.name, result: o.result }] : [])),
    failures: () => outcomes.filter((o) => o.error !== undefined),
    proposal: () => {
      // The change with the form; a change queued behind it is the one it names next.
      const write = outcomes.findLast((o) => writes.has(o.name) && !isQueued(o.result));
      if (!write) return null;
      const result = (write.result ?? {}) as { status?: unknown; actionId?: unknown; summary?: unknown };
      return {
        name: write.name as WriteToolName,
        args: write.args,
        status: typeof result.status === 'string' ? result.status : write.error ? 'failed' : 'unknown',
        actionId: typeof result.actionId === 'string' ? result.actionId : null,
        summary: typeof result.summary === 'string' ? result.summary : null,
      };
    },
    called: (name, args) =>
      outcomes.some((o) => o.name === name && (args === undefined || argsKey(o.args) === argsKey(args))),
  };
}

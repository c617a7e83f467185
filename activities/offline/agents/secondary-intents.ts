/**
 * The second request of a message ("pause for two months and send me the tracking number", "skip
 * January and change my address to ..."), answered after the first. The router's secondary intents
 * are broad, so one counts only when the message itself carries what the request needs (a tracking
 * word, a future month to skip, a pause length, a complete address), the turn lent the agent its
 * tools, and the category does not already cover it.
 */
import { changeText } from '../../commerce/write-tools/change-text';
import type { AgentContext } from './agent-context';
import { composePause } from './compose/pause';
import type { Composer, ReplyBody } from './compose/reply-body';
import { body } from './compose/reply-body';
import { composeAddress, trackingParagraphs } from './compose/shipping';
import { composeSkip } from './compose/skip';
import { addressRequest } from './decisions/address-request';
import { asksWhereParcel } from './decisions/retention-requests';
import { call, type ToolRequest } from './decisions/tool-request';
import { planAddress } from './plan/account-plans';
import { planPause, planSkip } from './plan/service-plans';
import { parseWriteToolArgs } from '../../../workflows/write-tool-args';
import type { WriteToolName } from '../../../workflows/action-types';

/**
 * The parcel a second request asks about: the shipped box of a month the message names ("where is
 * my November box? Also skip January" tracks November), else the default, the latest parcel.
 */
function trackedOrder(ctx: AgentContext): string | null {
  const shipped = ctx.customer?.recentOrders.filter((o) => o.shipment) ?? [];
  return shipped.find((o) => ctx.facts.months.includes(o.boxMonth))?.orderId ?? null;
}

interface SecondaryIntent {
  /** The tool the answer cannot do without. */
  needs: string;
  /** Categories whose answer already covers this request. */
  coveredBy: readonly string[];
  /** Whether the message itself asks for it. */
  asked(ctx: AgentContext): boolean;
  plan(ctx: AgentContext): ToolRequest[];
  compose: Composer;
}

const SECONDARY: Readonly<Partial<Record<string, SecondaryIntent>>> = {
  shipping_tracking: {
    needs: 'track_package',
    coveredBy: ['shipping_tracking', 'damaged_item', 'refund_request', 'order_history', 'product_question'],
    asked: asksWhereParcel,
    plan: (ctx) => {
      const order = trackedOrder(ctx);
      return [order ? call('track_package', { order_id: order }) : call('track_package')];
    },
    compose: (ctx) => {
      const order = trackedOrder(ctx);
      const card = order ? ctx.results.trackingOf(order) : (ctx.results.tracking().at(-1) ?? null);
      return card ? body(trackingParagraphs(ctx, card), { coveredOrders: [card.orderId] }) : body([]);
    },
  },
  address_change: {
    needs: 'change_address',
    coveredBy: ['address_change', 'subscription_cancel'],
    asked: (ctx) => addressRequest(ctx).kind === 'ok',
    plan: planAddress,
    compose: composeAddress,
  },
  subscription_skip: {
    needs: 'skip_month',
    coveredBy: [
      'subscription_skip',
      'subscription_pause',
      'subscription_cancel',
      'refund_request',
      'billing_payment',
    ],
    asked: (ctx) => ctx.facts.futureMonths.length > 0,
    plan: planSkip,
    compose: composeSkip,
  },
  subscription_pause: {
    needs: 'pause_subscription',
    coveredBy: [
      'subscription_pause',
      'subscription_skip',
      'subscription_cancel',
      'refund_request',
      'billing_payment',
    ],
    asked: (ctx) => ctx.facts.durationMonths !== null,
    plan: planPause,
    compose: composePause,
  },
};

/** The secondary requests this turn answers, in the router's order. */
function answered(ctx: AgentContext): { intent: string; secondary: SecondaryIntent }[] {
  if (!ctx.customer) return [];
  return ctx.task.secondaryIntents.flatMap((intent) => {
    const secondary = SECONDARY[intent];
    if (!secondary || secondary.coveredBy.includes(ctx.task.category)) return [];
    if (!ctx.task.tools.includes(secondary.needs) && !ctx.results.called(secondary.needs)) return [];
    return secondary.asked(ctx) ? [{ intent, secondary }] : [];
  });
}

/** The calls the secondary requests need, after the category's own. */
export function secondaryCalls(ctx: AgentContext): ToolRequest[] {
  return answered(ctx).flatMap(({ secondary }) => secondary.plan(ctx));
}

/**
 * What the reply says about the secondary requests. A change queued behind the first request's
 * form is named, with the promise of its form once the first is confirmed; otherwise the request's
 * own composer speaks (its form, or why there is none).
 */
export function secondaryBodies(ctx: AgentContext): ReplyBody[] {
  return answered(ctx).map(({ secondary }) => {
    const queued = ctx.results.outcomes.find(
      (o) => o.name === secondary.needs && (o.result as { status?: unknown } | null)?.status === 'queued',
    );
    if (!queued) return secondary.compose(ctx);
    const parsed = parseWriteToolArgs(queued.name as WriteToolName, queued.args);
    if (!parsed.ok) return { paragraphs: [] };
    const summary = changeText(ctx.task.language).summary(queued.name as WriteToolName, parsed.args);
    return { paragraphs: [ctx.t.common.queuedChange({ summary })] };
  });
}

/**
 * Tool plans of the retention and quality specialists: read the subscription or the box first,
 * then propose the one change the rules allow.
 */
import type { AgentContext } from '../agent-context';
import { nextBoxMonth } from '../policy/schedule';
import { nextHoliday } from '../policy/holidays';
import { monthOf } from '../policy/calendar';
import { damageProposal, damageRequest, orderInQuestion } from '../decisions/damage-request';
import {
  asksPriceOnly,
  frequencyProposal,
  frequencyRequest,
  pauseAsSkip,
  pauseProposal,
  pauseRequest,
  skipProposals,
  skipRequest,
  tierRequest,
} from '../decisions/retention-requests';
import { call, type ToolRequest } from '../decisions/tool-request';

/** Read the subscription; once read, add the proposals the decision allows (the first gets a form). */
function withSubscription(
  ctx: AgentContext,
  proposals: () => readonly (ToolRequest | null)[],
): ToolRequest[] {
  const calls = [call('get_subscription')];
  if (!ctx.results.subscription()) return calls;
  return [...calls, ...proposals().filter((write): write is ToolRequest => write !== null)];
}

/** Skip: the subscription, then a skip form for each month asked for that can be skipped. */
export const planSkip = (ctx: AgentContext): ToolRequest[] =>
  // Undoing a skip has no tool: the subscription shows what is skipped.
  withSubscription(ctx, () => (ctx.facts.cues.has('undoSkip') ? [] : skipProposals(skipRequest(ctx))));

/** Pause: the subscription (pause history), then a pause form if allowed. */
export const planPause = (ctx: AgentContext): ToolRequest[] =>
  withSubscription(ctx, () =>
    pauseAsSkip(ctx) ? skipProposals(skipRequest(ctx)) : [pauseProposal(pauseRequest(ctx))],
  );

/**
 * Frequency: the subscription, then a frequency form if allowed; a price question needs neither. A
 * change of tier has no form (the team makes it, kb-007): the subscription is all it reads.
 */
export function planFrequency(ctx: AgentContext): ToolRequest[] {
  // A price question is answered from the plan in the context: no lookup, no form.
  if (asksPriceOnly(ctx)) return [];
  if (tierRequest(ctx)) return [call('get_subscription')];
  return withSubscription(ctx, () => [frequencyProposal(frequencyRequest(ctx))]);
}

/**
 * Cancellation: the subscription, for the offers that fit (the team cancels, no form), and the
 * payments when the customer also says a charge went wrong ("charged twice... cancel everything").
 */
export const planCancel = (ctx: AgentContext): ToolRequest[] =>
  ctx.facts.cues.has('double') || ctx.facts.cues.has('declined')
    ? [call('get_subscription'), call('get_payment_history')]
    : [call('get_subscription')];

/** Damage: the delivery and the packed items of the order, then a claim form when complete. */
export function planDamage(ctx: AgentContext): ToolRequest[] {
  const order = orderInQuestion(ctx);
  if (!order) return [];
  const calls = [
    call('track_package', { order_id: order.orderId }),
    call('get_box_contents', { order_id: order.orderId }),
  ];
  if (!ctx.results.boxes().some((box) => box.orderId === order.orderId)) return calls;
  const proposal = damageProposal(damageRequest(ctx), ctx.task.message);
  return proposal ? [...calls, proposal] : calls;
}

const BOX_WORD = /box|caja|boite|boîte|коробк|קופסה|paket|kiste/iu;

/** Product questions: the box contents when a box is asked about, the preferences when they matter. */
export function planProduct(ctx: AgentContext): ToolRequest[] {
  const cues = ctx.facts.cues;
  // "What do you have for Hanukkah?": the box of the month the holiday falls in.
  const holiday = ctx.facts.holiday;
  const month = ctx.facts.months[0] ?? (holiday ? monthOf(nextHoliday(holiday, ctx.today).day) : undefined);
  const namesBox = month !== undefined && (BOX_WORD.test(ctx.task.message) || holiday !== null);
  if (cues.has('contents') || namesBox) {
    const order = ctx.customer?.recentOrders.find((o) => o.boxMonth === month);
    const args = order ? { order_id: order.orderId } : month ? { month } : {};
    return [call('get_box_contents', args)];
  }
  const allergens = ctx.facts.allergens.length > 0;
  const personal =
    allergens || cues.has('alcohol') || cues.has('allergy') || cues.has('pregnancy') || cues.has('nextBox');
  const calls = personal ? [call('get_subscription')] : [];
  // "Is my next box safe for me? Sesame allergy": the next box's labels, once they are published.
  const next = ctx.sub ? nextBoxMonth(ctx.sub) : null;
  if (allergens && next && BOX_WORD.test(ctx.task.message))
    calls.push(call('get_box_contents', { month: next }));
  return calls;
}

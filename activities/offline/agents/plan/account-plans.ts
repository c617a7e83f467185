/**
 * Tool plans of the shipping and billing specialists: which read tools a question needs, and
 * (for an address change) the write proposal once the subscription is known.
 */
import type { AgentContext } from '../agent-context';
import { addressProposal, addressRequest } from '../decisions/address-request';
import { orderInQuestion } from '../decisions/damage-request';
import { boxAwaitingRemedy } from '../decisions/box-remedy';
import { upcomingBoxMonth } from '../decisions/upcoming-box';
import { call, oneOf, type ToolRequest } from '../decisions/tool-request';
import { monthDiff, monthOf } from '../policy/calendar';
import { yearAsked } from '../message/year-asked';

/** `track_package` for the order the customer means, or the default (the parcel underway). */
function trackCall(ctx: AgentContext): ToolRequest {
  const orders = ctx.customer?.recentOrders ?? [];
  const byId = orders.find((o) => ctx.facts.orderIds.includes(o.orderId));
  const byMonth = orders.find((o) => ctx.facts.months.includes(o.boxMonth));
  const order = byId ?? byMonth;
  if (order) return call('track_package', { order_id: order.orderId });
  // "I'd like the replacement box instead", "please reship it": the lost or returned box still
  // waiting for its remedy.
  const waiting = ctx.facts.remedy ? boxAwaitingRemedy(ctx) : null;
  return waiting?.orderId ? call('track_package', { order_id: waiting.orderId }) : call('track_package');
}

/** Where is my box: tracking, plus the subscription when a failed payment holds the box. */
export function planTracking(ctx: AgentContext): ToolRequest[] {
  // A box still to come has no parcel yet: its dates and carrier come from the subscription.
  if (upcomingBoxMonth(ctx)) return [call('get_subscription')];
  const track = trackCall(ctx);
  const calls = [track];
  // The subscription holds the status of a past-due account and the address a customer mentions.
  if (ctx.sub?.status === 'past_due' || ctx.facts.cues.has('addressMention'))
    calls.push(call('get_subscription'));
  // "What's the wine in the November box? It hasn't turned up": the contents are asked too.
  if (ctx.facts.cues.has('contents') || ctx.task.secondaryIntents.includes('product_question'))
    calls.push(call('get_box_contents', track.args.order_id ? { order_id: track.args.order_id } : {}));
  return calls;
}

/** An address change: read the subscription (address, schedule), then propose the new address. */
export function planAddress(ctx: AgentContext): ToolRequest[] {
  const request = addressRequest(ctx);
  if (request.kind === 'invalid') return [];
  const calls = [call('get_subscription')];
  if (ctx.results.subscription()) {
    const proposal = addressProposal(addressRequest(ctx));
    if (proposal) calls.push(proposal);
  }
  return calls;
}

/** Order history, long enough to reach back to a month the customer names. */
export function planOrderHistory(ctx: AgentContext): ToolRequest[] {
  const named = ctx.facts.months.filter((m) => m < monthOf(ctx.today)).sort()[0];
  if (ctx.facts.cues.has('firstBox')) return [call('get_order_history', { limit: 24 })];
  const year = yearAsked(ctx.facts.text, ctx.today, ctx.facts.months);
  if (year) {
    // Every order of the year, replacements included, with a few to spare.
    const limit = Math.min(24, monthDiff(`${year}-01`, monthOf(ctx.today)) + 4);
    return [call('get_order_history', { limit: Math.max(limit, 6) })];
  }
  if (named) {
    const limit = Math.min(24, monthDiff(named, monthOf(ctx.today)) + 3);
    return [call('get_order_history', { limit: Math.max(limit, 6) })];
  }
  return [call('get_order_history')];
}

/** Charges and payments: what the question needs from the payment history and the plan. */
export function planBilling(ctx: AgentContext): ToolRequest[] {
  const cues = ctx.facts.cues;
  // How-to questions (a new card, the currency) are answered from policy, with no account data.
  const howTo = cues.has('changeCard') || cues.has('cardNumber') || cues.has('currency');
  const charged =
    ctx.facts.amounts.length > 0 ||
    cues.has('declined') ||
    cues.has('double') ||
    cues.has('dispute') ||
    cues.has('descriptor') ||
    cues.has('authentication') ||
    ctx.facts.months.some((month) => month <= monthOf(ctx.today));
  // "What card do you have on file?": the payment method is on the subscription.
  if (cues.has('cardOnFile') && !charged) return [call('get_subscription')];
  if (howTo && !charged) return [];
  const calls: ToolRequest[] = [];
  if (charged) calls.push(call('get_payment_history'));
  if (!charged || cues.has('priceQuestion') || ctx.facts.amounts.length > 1)
    calls.push(call('get_subscription'));
  // A disputed charge: the delivery of the box it paid for matters to the dispute.
  const disputed = ctx.results.payments()?.payments.find((p) => p.status === 'disputed' && p.orderId);
  if (cues.has('dispute') && disputed?.orderId)
    calls.push(oneOf(call('track_package', { order_id: disputed.orderId }), call('get_order_history')));
  return calls;
}

const LOST = /lost|never (?:arrived|received|came)|verloren|perdid|perdu|потерял|потеря|אבד/u;
const RETURNED = /went back|sent back|returned|resend|zuruck|devuelt|renvoy|retourn|вернул|вернулась|חזרה/u;
const PAUSED_OR_SKIPPED =
  /paus|skip|cancel|kundig|gekundigt|cancel|saltar|pausa|annul|resili|пауз|отмен|пропуст|השהי|דילוג|ביטול/u;

/** Refund requests: the records that show whether the box shipped, was lost or returned. */
export function planRefund(ctx: AgentContext): ToolRequest[] {
  const cues = ctx.facts.cues;
  const text = ctx.task.message.toLowerCase();
  if (ctx.facts.promptInjection) return [];
  if (cues.has('notForMe')) return [call('get_subscription')];
  if (LOST.test(text)) return [oneOf(trackCall(ctx), call('get_order_history'))];
  if (RETURNED.test(text)) {
    const returned = ctx.results.orders()?.orders.find((o) => o.status === 'returned');
    return returned
      ? [call('get_order_history'), call('track_package', { order_id: returned.orderId })]
      : [call('get_order_history')];
  }
  // Change of mind about a box is answered from the refund policy.
  if (cues.has('changeOfMind') && ctx.facts.orderIds.length === 0) return [];
  const charge =
    ctx.facts.amounts.length > 0 ||
    cues.has('double') ||
    /charg|cobr|списал|abgebucht|prélev|preleve|חויב/u.test(text);
  const first = charge ? call('get_payment_history') : call('get_order_history');
  if (!PAUSED_OR_SKIPPED.test(text)) return [first];
  // Charged after a skip, pause or cancellation: when the box shipped decides the refund.
  const order = orderInQuestion(ctx);
  const month = ctx.facts.months[0];
  const history = ctx.results.orders()?.orders.find((o) => month && o.boxMonth === month);
  const target = history?.orderId ?? (order && (!month || order.boxMonth === month) ? order.orderId : null);
  const byPayment = ctx.results
    .payments()
    ?.payments.find((p) => p.orderId && p.createdAt.slice(0, 7) === month);
  const orderId = target ?? byPayment?.orderId ?? null;
  const calls = [first];
  if (orderId && (ctx.results.orders() || ctx.results.payments()))
    calls.push(call('track_package', { order_id: orderId }));
  return calls;
}

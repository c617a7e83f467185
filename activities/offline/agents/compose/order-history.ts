/** Replies about past orders: lists with amounts, the last or first box, counts since a month. */
import type { OrderHistoryEntry } from '../../../commerce/read-tools';
import type { AgentContext } from '../agent-context';
import { monthOf } from '../policy/calendar';
import { mentionedItems } from '../message/item-mentions';
import { yearAsked } from '../message/year-asked';
import { producerOf } from '../policy/product-facts';
import { body, para, type ReplyBody } from './reply-body';

const isBox = (o: OrderHistoryEntry): boolean => o.type === 'subscription';

function orderLine(ctx: AgentContext, o: OrderHistoryEntry, orders: readonly OrderHistoryEntry[]): string {
  const { t, fmt } = ctx;
  const line = t.account.orderLine({
    orderId: o.orderId,
    month: fmt.month(o.boxMonth),
    theme: o.theme,
    amount: fmt.money(o.totalUsd),
    status: o.status,
    delivered: o.shipment?.deliveredAt ? fmt.day(o.shipment.deliveredAt) : null,
  });
  // A lost or returned box is listed with the box that replaced it.
  const replacement = orders.find((r) => r.type === 'replacement' && r.replacementFor === o.orderId);
  return replacement
    ? `${line}; ${t.account.replacedBy({
        orderId: replacement.orderId,
        delivered: replacement.shipment?.deliveredAt ? fmt.day(replacement.shipment.deliveredAt) : null,
      })}`
    : line;
}

/** "Each Premium box was $63." when the listed boxes share one tier and price. */
function samePrice(ctx: AgentContext, listed: readonly OrderHistoryEntry[]): string | null {
  const prices = new Set(listed.map((o) => o.totalUsd));
  const tiers = new Set(listed.map((o) => o.tier));
  const [price] = prices;
  const [tier] = tiers;
  return prices.size === 1 && tiers.size === 1 && price !== undefined && tier
    ? ctx.t.account.eachBoxCost({ tier: ctx.t.plan.tier(tier), amount: ctx.fmt.money(price) })
    : null;
}

/** Past orders. */
export function composeOrderHistory(ctx: AgentContext): ReplyBody {
  const { t, fmt, facts } = ctx;
  const history = ctx.results.orders();
  if (!history) return body([t.common.lookupFailed()]);
  const orders = history.orders;
  const paused =
    ctx.sub?.pausedUntil && ctx.sub.pausedUntil > ctx.today
      ? t.account.pausedUntil({ date: fmt.day(ctx.sub.pausedUntil) })
      : null;
  const named = facts.months.filter((m) => m < monthOf(ctx.today));
  if (facts.cues.has('firstBox') && ctx.customer) {
    const join = ctx.customer.profile.joinDate;
    return body([t.account.firstBox({ since: fmt.day(join), month: fmt.month(monthOf(join)) })]);
  }
  if (named.length > 0 && /how many|count|wie viele|cuantas|combien|сколько|כמה/i.test(facts.text)) {
    const since = named.sort()[0] ?? monthOf(ctx.today);
    const boxes = orders.filter((o) => isBox(o) && o.boxMonth >= since).reverse();
    const delivered = boxes.filter((o) => o.status === 'delivered');
    const problems = boxes.filter((o) => o.status === 'lost' || o.status === 'returned');
    return body([
      t.account.countSince({
        count: delivered.length,
        since: fmt.monthSince(since),
        months: fmt.list(delivered.map((o) => fmt.monthName(o.boxMonth))),
      }),
      ...problems.map((o) =>
        o.status === 'lost'
          ? t.account.wasLost({ month: fmt.month(o.boxMonth), carrier: o.shipment?.carrier ?? '' })
          : t.account.wasReturned({ month: fmt.month(o.boxMonth) }),
      ),
    ]);
  }
  if (facts.cues.has('theme') || (named.length === 1 && !facts.cues.has('list'))) {
    const month = named[0] ?? orders[0]?.boxMonth;
    const order = orders.find((o) => o.boxMonth === month && isBox(o));
    if (order) {
      const mentioned = mentionedItems(
        facts.text,
        order.items.map((name) => ({ productId: null, name })),
      );
      const producers = mentioned.flatMap((m) => {
        const p = producerOf(m.name);
        return p ? [t.account.itemProducer({ item: m.name, producer: p.producer, place: p.place })] : [];
      });
      return body([
        para(
          t.account.themeOf({
            month: fmt.month(order.boxMonth),
            theme: order.theme ?? '',
            orderId: order.orderId,
          }),
          ...producers,
        ),
      ]);
    }
  }
  const boxes = orders.filter(isBox);
  const year = yearAsked(facts.text, ctx.today, facts.months);
  if (year) {
    const ofYear = boxes.filter((o) => o.boxMonth.startsWith(`${year}-`)).reverse();
    if (ofYear.length === 0) return body([t.account.noBoxesInYear({ year }), paused]);
    return body([
      t.account.yearIntro({ year }),
      ofYear.map((o) => `- ${orderLine(ctx, o, orders)}`).join('\n'),
      samePrice(ctx, ofYear),
      paused,
    ]);
  }
  if (facts.cues.has('list') || /orders|bestellungen|pedidos|commandes|заказ|הזמנות/i.test(facts.text)) {
    const listed = boxes.slice(0, 6);
    return body([
      t.account.listIntro(),
      listed.map((o) => `- ${orderLine(ctx, o, orders)}`).join('\n'),
      samePrice(ctx, listed),
      paused,
    ]);
  }
  const last = boxes[0];
  if (!last) return body([t.account.noOrders()]);
  return body([
    t.account.lastOrder({
      orderId: last.orderId,
      month: fmt.month(last.boxMonth),
      status: last.status,
      delivered: last.shipment?.deliveredAt ? fmt.day(last.shipment.deliveredAt) : null,
    }),
    paused,
  ]);
}

/** Replies about past orders: lists with amounts, the last or first box, counts since a month. */
import type { OrderHistoryEntry } from '../../../commerce/read-tools';
import type { AgentContext } from '../agent-context';
import { monthOf } from '../policy/calendar';
import { mentionedItems } from '../message/item-mentions';
import { producerOf } from '../policy/product-facts';
import { body, para, type ReplyBody } from './reply-body';

const isBox = (o: OrderHistoryEntry): boolean => o.type === 'subscription';

function orderLine(ctx: AgentContext, o: OrderHistoryEntry): string {
  const { t, fmt } = ctx;
  return t.account.orderLine({
    orderId: o.orderId,
    month: fmt.month(o.boxMonth),
    theme: o.theme,
    amount: fmt.money(o.totalUsd),
    status: o.status,
    delivered: o.shipment?.deliveredAt ? fmt.day(o.shipment.deliveredAt) : null,
  });
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
  if (facts.cues.has('list') || /orders|bestellungen|pedidos|commandes|заказ|הזמנות/i.test(facts.text)) {
    const prices = [...new Set(boxes.map((o) => o.totalUsd))];
    const tier = boxes[0]?.tier;
    return body([
      t.account.listIntro(),
      boxes
        .slice(0, 6)
        .map((o) => `- ${orderLine(ctx, o)}`)
        .join('\n'),
      prices.length === 1 && tier
        ? t.account.eachBoxCost({ tier: t.plan.tier(tier), amount: fmt.money(prices[0] ?? 0) })
        : null,
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

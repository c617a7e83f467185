/**
 * A lost or returned box the customer may be asking about, from whichever source the agent could
 * read: a tracking card, the order history (its notes carry the carrier's dates), or the context's
 * outstanding issues.
 */
import { lastScanWith } from '../../../commerce/tracking';
import type { AgentContext } from '../agent-context';

/** A box that never reached the customer and has no remedy yet. */
export interface ProblemOrder {
  kind: 'lost' | 'returned';
  orderId: string;
  boxMonth: string;
  carrier: string | null;
  trackingNumber: string | null;
  /** When the carrier confirmed the loss, or when the box was back at the warehouse. */
  date: string | null;
  price: number | null;
  /** Returned because the address lacked the unit or flat number. */
  unitMissing: boolean;
}

const NOTE_DATE = /(?:confirmed loss on|back at warehouse|declared lost on)\s+(\d{4}-\d{2}-\d{2})/i;
const UNIT_MISSING = /unit|flat|apartment|insufficient address|address incomplete/i;

/** The lost or returned box the turn's results (or context) show, preferring one the customer named. */
export function problemOrder(ctx: AgentContext): ProblemOrder | null {
  const named = (id: string, month: string): boolean =>
    ctx.facts.orderIds.includes(id) || ctx.facts.months.includes(month);
  const fromTracking = ctx.results.tracking().flatMap((card): ProblemOrder[] => {
    const s = card.shipment;
    if (!s || (s.status !== 'lost' && s.status !== 'returned_to_sender')) return [];
    const lost = s.status === 'lost';
    const event = lost ? lastScanWith(s.events, 'lost') : lastScanWith(s.events, 'returned');
    return [
      {
        kind: lost ? 'lost' : 'returned',
        orderId: card.orderId,
        boxMonth: card.boxMonth,
        carrier: s.carrier,
        trackingNumber: s.trackingNumber,
        date: event?.timestamp.slice(0, 10) ?? null,
        price: null,
        unitMissing:
          s.events.some((e) => UNIT_MISSING.test(e.description)) || UNIT_MISSING.test(card.orderNote ?? ''),
      },
    ];
  });
  const history = ctx.results.orders()?.orders ?? [];
  const fromHistory = history.flatMap((o): ProblemOrder[] => {
    if (o.status !== 'lost' && o.status !== 'returned') return [];
    if (history.some((other) => other.replacementFor === o.orderId)) return [];
    return [
      {
        kind: o.status === 'lost' ? 'lost' : 'returned',
        orderId: o.orderId,
        boxMonth: o.boxMonth,
        carrier: o.shipment?.carrier ?? null,
        trackingNumber: o.shipment?.trackingNumber ?? null,
        date: NOTE_DATE.exec(o.notes ?? '')?.[1] ?? null,
        price: o.totalUsd,
        unitMissing: o.status === 'returned' && UNIT_MISSING.test(o.notes ?? ''),
      },
    ];
  });
  const fromIssues = (ctx.customer?.outstandingIssues ?? []).flatMap((issue): ProblemOrder[] => {
    const order = ctx.customer?.recentOrders.find((o) => o.orderId === issue.orderId);
    if (!order || (issue.kind !== 'lost_shipment' && issue.kind !== 'returned_shipment')) return [];
    return [
      {
        kind: issue.kind === 'lost_shipment' ? 'lost' : 'returned',
        orderId: order.orderId,
        boxMonth: order.boxMonth,
        carrier: order.shipment?.carrier ?? null,
        trackingNumber: order.shipment?.trackingNumber ?? null,
        date: null,
        price: order.totalUsd,
        unitMissing: false,
      },
    ];
  });
  const all = [...fromTracking, ...fromHistory, ...fromIssues];
  const chosen = all.find((p) => named(p.orderId, p.boxMonth)) ?? all[0] ?? null;
  if (!chosen) return null;
  // Fill what one source lacks from another (the price is on the order, the dates on the scans).
  const same = all.filter((p) => p.orderId === chosen.orderId);
  return {
    ...chosen,
    price:
      same.find((p) => p.price !== null)?.price ??
      ctx.customer?.recentOrders.find((o) => o.orderId === chosen.orderId)?.totalUsd ??
      null,
    date: same.find((p) => p.date !== null)?.date ?? null,
    unitMissing: same.some((p) => p.unitMissing),
  };
}

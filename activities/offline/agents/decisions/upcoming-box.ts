/**
 * "When will the December box arrive?": a box not charged yet has no parcel to track; its dates
 * come from the subscription (charged on the 1st, dispatched between the 2nd and the 6th, kb-001).
 */
import type { AgentContext } from '../agent-context';
import { monthOf } from '../policy/calendar';
import { nextBoxMonth } from '../policy/schedule';

/** The month of a box still to come that the message asks about, or null. */
export function upcomingBoxMonth(ctx: AgentContext): string | null {
  if (ctx.facts.orderIds.length > 0) return null;
  const month = ctx.facts.months.find((m) => m > monthOf(ctx.today)) ?? boxForHoliday(ctx);
  if (!month) return null;
  return ctx.customer?.recentOrders.some((o) => o.boxMonth === month) ? null : month;
}

/**
 * "Will my box arrive before Hanukkah?" with no month: the next box, unless a parcel is still on
 * its way (that one is the box meant).
 */
function boxForHoliday(ctx: AgentContext): string | null {
  if (ctx.facts.months.length > 0 || !ctx.facts.holiday || !ctx.sub) return null;
  const underway = ctx.customer?.recentOrders.some(
    (o) => o.shipment?.status === 'in_transit' || o.shipment?.status === 'customs_hold',
  );
  return underway ? null : nextBoxMonth(ctx.sub);
}

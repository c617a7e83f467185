import { z } from 'zod';
import {
  daysBetween,
  describeShipment,
  isCustomsHold,
  isLate,
  lastEvent,
  shipmentProgress,
} from '../tracking';
import type { Order, OrderStatus, ShipmentStatus, TrackingEvent } from '../types';
import {
  loadOwnOrder,
  notFound,
  orderNotOnAccount,
  type NotFoundResult,
  type ReadToolContext,
} from './tool-context';

/** Arguments of `track_package`. */
export const trackPackageArgs = z.object({
  order_id: z
    .string()
    .optional()
    .describe(
      "The order id (ord_NNNNN). Omit for the customer's parcel in transit, else their latest order.",
    ),
});

/** The tracking card of one order. */
export interface TrackingResult {
  ok: true;
  orderId: string;
  boxMonth: string;
  orderStatus: OrderStatus;
  /** Fulfilment notes, e.g. why an order is on hold. */
  orderNote: string | null;
  /** Null while the order has not shipped. */
  shipment: {
    carrier: string;
    service: string | null;
    trackingNumber: string;
    status: ShipmentStatus;
    progress: number;
    shippedAt: string | null;
    estimatedDelivery: string | null;
    deliveredAt: string | null;
    late: boolean;
    customsHold: boolean;
    daysSinceLastScan: number | null;
    lastEvent: TrackingEvent | null;
    events: TrackingEvent[];
  } | null;
  /** One sentence with the facts, for the agent to restate. */
  summary: string;
}

/** The customer's parcel still underway, else their most recent order. */
async function defaultOrder(ctx: ReadToolContext): Promise<Order | null> {
  const orders = await ctx.commerce.listOrders({ customerId: ctx.customerId, limit: 12 });
  return orders.find((order) => order.status === 'in_transit') ?? orders[0] ?? null;
}

/** Runs `track_package`. */
export async function trackPackage(
  ctx: ReadToolContext,
  args: z.infer<typeof trackPackageArgs>,
): Promise<TrackingResult | NotFoundResult> {
  const order = args.order_id ? await loadOwnOrder(ctx, args.order_id) : await defaultOrder(ctx);
  if (!order) {
    return args.order_id ? orderNotOnAccount(args.order_id) : notFound('This customer has no orders yet.');
  }
  const shipment = await ctx.commerce.getShipmentForOrder(order.id);
  const base = {
    ok: true as const,
    orderId: order.id,
    boxMonth: order.boxMonth,
    orderStatus: order.status,
    orderNote: order.notes,
  };
  if (!shipment) {
    const why = order.notes ? ` ${order.notes}` : '';
    return {
      ...base,
      shipment: null,
      summary: `Order ${order.id} (${order.boxMonth} box) has not shipped yet (status ${order.status}).${why}`,
    };
  }
  const last = lastEvent(shipment);
  return {
    ...base,
    shipment: {
      carrier: shipment.carrier,
      service: shipment.service,
      trackingNumber: shipment.trackingNumber,
      status: shipment.status,
      progress: shipmentProgress(shipment),
      shippedAt: shipment.shippedAt,
      estimatedDelivery: shipment.estimatedDelivery,
      deliveredAt: shipment.deliveredAt,
      late: isLate(shipment, ctx.today),
      customsHold: isCustomsHold(shipment),
      daysSinceLastScan: last ? daysBetween(last.timestamp, ctx.today) : null,
      lastEvent: last,
      events: shipment.events,
    },
    summary: `Order ${order.id} (${order.boxMonth} box): ${describeShipment(shipment, ctx.today)}`,
  };
}

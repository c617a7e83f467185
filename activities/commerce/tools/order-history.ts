import { z } from 'zod';
import { shipmentsOf } from '../commerce-adapter';
import { lastScanWith } from '../tracking';
import type { OrderStatus, ShipmentStatus, Tier, TrackingEvent } from '../types';
import type { ReadToolContext } from './tool-context';

/** Arguments of `get_order_history`. */
export const orderHistoryArgs = z.object({
  limit: z.number().int().min(1).max(24).optional().describe('How many recent orders to list (default 6).'),
});

/** One line of the order history card. */
export interface OrderHistoryEntry {
  orderId: string;
  boxMonth: string;
  theme: string | null;
  type: 'subscription' | 'replacement';
  replacementFor: string | null;
  tier: Tier;
  status: OrderStatus;
  totalUsd: number;
  chargedAt: string;
  /** Product names actually packed. */
  items: string[];
  shipment: {
    carrier: string;
    trackingNumber: string;
    status: ShipmentStatus;
    shippedAt: string | null;
    deliveredAt: string | null;
    /** The carrier's delivery scan (where, and who took the parcel): the proof a bank dispute asks for. */
    deliveryScan: TrackingEvent | null;
  } | null;
  notes: string | null;
}

/** The order history card. */
export interface OrderHistoryResult {
  ok: true;
  /** Newest first. */
  orders: OrderHistoryEntry[];
  summary: string;
}

/** Runs `get_order_history`. */
export async function getOrderHistory(
  ctx: ReadToolContext,
  args: z.infer<typeof orderHistoryArgs>,
): Promise<OrderHistoryResult> {
  const orders = await ctx.commerce.listOrders({ customerId: ctx.customerId, limit: args.limit ?? 6 });
  const months = [...new Set(orders.map((order) => order.boxMonth))];
  const [boxes, shipments, products] = await Promise.all([
    Promise.all(months.map((month) => ctx.commerce.getBox(month))),
    shipmentsOf(ctx.commerce, orders),
    ctx.commerce.getProducts([...new Set(orders.flatMap((order) => order.items))]),
  ]);
  const themes = new Map(boxes.flatMap((box) => (box ? [[box.month, box.theme] as const] : [])));
  const names = new Map(products.map((product) => [product.id, product.name]));
  const entries = orders.map((order): OrderHistoryEntry => {
    const shipment = shipments.get(order.id) ?? null;
    return {
      orderId: order.id,
      boxMonth: order.boxMonth,
      theme: themes.get(order.boxMonth) ?? null,
      type: order.type,
      replacementFor: order.replacementFor,
      tier: order.tier,
      status: order.status,
      totalUsd: order.totalUsd,
      chargedAt: order.createdAt,
      items: order.items.map((id) => names.get(id) ?? id),
      shipment: shipment
        ? {
            carrier: shipment.carrier,
            trackingNumber: shipment.trackingNumber,
            status: shipment.status,
            shippedAt: shipment.shippedAt,
            deliveredAt: shipment.deliveredAt,
            deliveryScan: lastScanWith(shipment.events, 'delivered'),
          }
        : null,
      notes: order.notes,
    };
  });
  const summary =
    entries.length === 0
      ? 'This customer has no orders yet.'
      : `${entries.length} most recent orders: ${entries.map((e) => `${e.orderId} (${e.boxMonth}, ${e.status}, $${e.totalUsd})`).join(', ')}.`;
  return { ok: true, orders: entries, summary };
}

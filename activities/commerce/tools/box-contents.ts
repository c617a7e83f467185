import { z } from 'zod';
import {
  packedLines,
  productIdsOf,
  projectedLines,
  type BoxLine,
  type Recipient,
} from '../box-substitutions';
import { formatMonth } from '../tracking';
import { knownIssueFor } from '../write-tools/known-issues';
import type { Box, Order, Subscription, Tier } from '../types';
import {
  loadOwnOrder,
  notFound,
  orderNotOnAccount,
  type NotFoundResult,
  type ReadToolContext,
} from './tool-context';

/** Arguments of `get_box_contents`. */
export const boxContentsArgs = z.object({
  order_id: z
    .string()
    .optional()
    .describe("An order id (ord_NNNNN) for what was packed. Omit for the customer's next box if published."),
  month: z
    .string()
    .regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, 'a month as YYYY-MM')
    .optional()
    .describe(
      "A box month (YYYY-MM) when no order id is known: the customer's order for that month if there is one, else that month's published box in the customer's tier.",
    ),
});

/** The box contents card. */
export interface BoxContentsResult {
  ok: true;
  /**
   * `order`: what was packed; `next_box`: the customer's next box; `latest_box`: the latest published
   * box; `month`: the published box of a month asked about, which the customer has no order for.
   */
  source: 'order' | 'next_box' | 'latest_box' | 'month';
  orderId: string | null;
  month: string;
  theme: string;
  tier: Tier;
  contentsPublishedAt: string;
  items: BoxLine[];
  /** The items only higher tiers get, each with the lowest tier that has it. */
  higherTierExtras: { name: string; tier: Tier }[];
  /** The catalogue's notes on the box, in English, for the agent. */
  boxNotes: string | null;
  /** A known product issue in this box with claims still open (`KNOWN_ISSUES` holds its words). */
  knownIssue: { id: string; acceptedUntil: string } | null;
  summary: string;
}

const addMonths = (month: string, delta: number): string => {
  const [year, mm] = month.split('-').map(Number);
  const d = new Date(Date.UTC(year ?? 0, (mm ?? 1) - 1 + delta, 1));
  return d.toISOString().slice(0, 7);
};

/** The month of the customer's next box, or null when none is scheduled. */
function nextBoxMonth(subscription: Subscription): string | null {
  if (subscription.status === 'cancelled') return null;
  if (subscription.nextChargeDate) return subscription.nextChargeDate.slice(0, 7);
  // A prepaid gift has no charge date; its remaining boxes are the last months of the gift.
  const last = subscription.gift?.lastBoxMonth;
  const remaining = subscription.gift?.boxesRemaining;
  if (typeof last === 'string' && typeof remaining === 'number' && remaining > 0)
    return addMonths(last, 1 - remaining);
  return null;
}

/** The newest box whose contents are published on or before today. */
async function latestPublishedBox(ctx: ReadToolContext): Promise<Box | null> {
  const thisMonth = ctx.today.slice(0, 7);
  for (const month of [addMonths(thisMonth, 1), thisMonth, addMonths(thisMonth, -1)]) {
    const box = await ctx.commerce.getBox(month);
    if (box && box.contentsPublishedAt <= ctx.today) return box;
  }
  return null;
}

async function build(
  ctx: ReadToolContext,
  box: Box,
  tier: Tier,
  recipient: Recipient,
  order: Order | null,
  source: BoxContentsResult['source'],
): Promise<BoxContentsResult> {
  const higher = tier === 'deluxe' ? [] : box.tiers.deluxe.filter((id) => !box.tiers[tier].includes(id));
  const products = new Map(
    (await ctx.commerce.getProducts([...productIdsOf(box, tier, order?.items), ...higher])).map((p) => [
      p.id,
      p,
    ]),
  );
  const items = order
    ? packedLines(box, tier, order.items, products, recipient)
    : projectedLines(box, tier, products, recipient);
  const swaps = items.filter((line) => line.substitutedFor);
  const known = knownIssueFor({
    boxMonth: box.month,
    items: items.flatMap((line) => (line.productId ? [line.productId] : [])),
    today: ctx.today,
  });
  const label = order
    ? `Order ${order.id}`
    : source === 'next_box'
      ? 'The next box'
      : source === 'month'
        ? 'The box as published (the customer has no order for that month)'
        : 'The latest published box';
  const summary =
    `${label} (${formatMonth(box.month)}, "${box.theme}", ${tier}): ${items.map((line) => line.name).join('; ')}.` +
    (swaps.length
      ? ` Substitutions: ${swaps.map((line) => `${line.name} instead of ${line.substitutedFor?.name} (${line.note})`).join('; ')}.`
      : '');
  return {
    ok: true,
    source,
    orderId: order?.id ?? null,
    month: box.month,
    theme: box.theme,
    tier,
    contentsPublishedAt: box.contentsPublishedAt,
    items,
    higherTierExtras: higher.map((id) => ({
      name: products.get(id)?.name ?? id,
      tier: tier === 'basic' && box.tiers.premium.includes(id) ? 'premium' : 'deluxe',
    })),
    boxNotes: box.notes,
    knownIssue: known ? { id: known.id, acceptedUntil: known.acceptedUntil } : null,
    summary,
  };
}

/** A month's box: what the customer's order for it packed, else the box as published for their tier. */
async function monthBox(
  ctx: ReadToolContext,
  month: string,
  tier: Tier,
  recipient: Recipient,
  source: 'next_box' | 'month',
): Promise<BoxContentsResult | NotFoundResult> {
  const [box, orders] = await Promise.all([
    ctx.commerce.getBox(month),
    ctx.commerce.listOrders({ customerId: ctx.customerId }),
  ]);
  const forMonth = orders.filter((o) => o.boxMonth === month);
  const order = forMonth.find((o) => o.type === 'subscription') ?? forMonth[0] ?? null;
  if (box && order) return build(ctx, box, order.tier, recipient, order, 'order');
  if (!box && month <= ctx.today.slice(0, 7))
    return notFound(`No box contents are on record for ${formatMonth(month)}.`);
  if (!box || box.contentsPublishedAt > ctx.today)
    return notFound(
      `The contents of the ${formatMonth(month)} box are not published yet (they are published on ${box?.contentsPublishedAt ?? 'the 15th of the month before'}).`,
    );
  return build(ctx, box, tier, recipient, null, source);
}

/** Runs `get_box_contents`. */
export async function getBoxContents(
  ctx: ReadToolContext,
  args: z.infer<typeof boxContentsArgs>,
): Promise<BoxContentsResult | NotFoundResult> {
  const [customer, subscription] = await Promise.all([
    ctx.commerce.getCustomer(ctx.customerId),
    ctx.commerce.getSubscription(ctx.customerId),
  ]);
  if (!customer) return notFound('Unknown customer.');
  const recipient: Recipient = {
    country: subscription?.shippingAddress.country || customer.country,
    preferences: subscription?.preferences ?? { alcoholFree: false, allergenExclusions: [] },
  };
  if (args.order_id) {
    const order = await loadOwnOrder(ctx, args.order_id);
    if (!order) return orderNotOnAccount(args.order_id);
    const box = await ctx.commerce.getBox(order.boxMonth);
    if (!box) return notFound(`No box contents are on record for ${order.boxMonth}.`);
    return build(ctx, box, order.tier, recipient, order, 'order');
  }
  const tier = subscription?.tier ?? customer.tier;
  const next = subscription ? nextBoxMonth(subscription) : null;
  if (args.month)
    return monthBox(ctx, args.month, tier, recipient, args.month === next ? 'next_box' : 'month');
  const nextBox = next ? await ctx.commerce.getBox(next) : null;
  if (nextBox && nextBox.contentsPublishedAt <= ctx.today)
    return build(ctx, nextBox, tier, recipient, null, 'next_box');
  const latest = await latestPublishedBox(ctx);
  if (!latest) return notFound('No box contents are published yet.');
  const result = await build(ctx, latest, tier, recipient, null, 'latest_box');
  const unpublished = nextBox
    ? ` The customer's next box is ${formatMonth(nextBox.month)}; its contents are published on ${nextBox.contentsPublishedAt}.`
    : next
      ? ` The customer's next box is ${formatMonth(next)}; its contents are not published yet.`
      : '';
  return { ...result, summary: result.summary + unpublished };
}

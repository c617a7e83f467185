import { shipmentsOf, type CommerceAdapter } from './commerce-adapter';
import { formatDay, formatMonth, isCustomsHold, isLate, lastEvent, lastScanWith } from './tracking';
import type { Order, Payment, Shipment, Subscription } from './types';

/** The kinds of problem the agent should raise without being asked. */
export type OutstandingIssueKind =
  'late_shipment' | 'lost_shipment' | 'customs_hold' | 'returned_shipment' | 'failed_payment' | 'past_due';

/** A problem on the customer's account, derived from the commerce data. */
export interface OutstandingIssue {
  kind: OutstandingIssueKind;
  orderId?: string;
  /** One English sentence with the concrete facts (ids, dates, carrier, tracking number). */
  summary: string;
  severity: 'high' | 'medium' | 'low';
}

/** How far back to look: older problems have been dealt with or are no longer actionable. */
const RECENT_ORDERS = 12;
const RECENT_PAYMENTS = 24;

const boxLabel = (order: Order): string => `The ${formatMonth(order.boxMonth)} box (${order.id})`;
const via = (shipment: Shipment): string => `${shipment.carrier} tracking ${shipment.trackingNumber}`;

/** A lost or returned box is settled once a replacement ships or its payment is refunded. */
function isRemedied(order: Order, orders: readonly Order[], payments: readonly Payment[]): boolean {
  const replaced = orders.some((other) => other.replacementFor === order.id);
  const refunded = payments.some((p) => p.orderId === order.id && p.status === 'refunded');
  return replaced || refunded;
}

function shipmentIssue(
  order: Order,
  shipment: Shipment,
  today: string,
  remedied: boolean,
): OutstandingIssue | null {
  const last = lastEvent(shipment);
  const eta = shipment.estimatedDelivery ? formatDay(shipment.estimatedDelivery) : 'unknown';
  const base = { orderId: order.id };
  if (shipment.status === 'lost' || order.status === 'lost') {
    if (remedied) return null;
    const lostScan = lastScanWith(shipment.events, 'lost') ?? last;
    const when = lostScan ? ` on ${formatDay(lostScan.timestamp)}` : '';
    return {
      ...base,
      kind: 'lost_shipment',
      severity: 'high',
      summary: `${boxLabel(order)} was declared lost by ${shipment.carrier}${when} (tracking ${shipment.trackingNumber}) and no replacement or refund has been issued yet.`,
    };
  }
  if (shipment.status === 'returned_to_sender' || order.status === 'returned') {
    if (remedied) return null;
    const back = last ? `; last scan ${formatDay(last.timestamp)}: ${last.description}` : '';
    return {
      ...base,
      kind: 'returned_shipment',
      severity: 'medium',
      summary: `${boxLabel(order)} was returned to sender (${via(shipment)})${back}; no reship or refund has been issued yet.`,
    };
  }
  const late = isLate(shipment, today);
  if (isCustomsHold(shipment)) {
    const scan = last
      ? `, last scan ${formatDay(last.timestamp)}: "${last.description}" at ${last.location}`
      : '';
    const schedule = late
      ? `the estimated delivery of ${eta} has passed`
      : `estimated delivery ${eta}, still on schedule`;
    return {
      ...base,
      kind: 'customs_hold',
      severity: late || last?.status === 'action_required' ? 'high' : 'medium',
      summary: `${boxLabel(order)} is held by customs (${via(shipment)}${scan}); ${schedule}.`,
    };
  }
  if (late) {
    const scan = last
      ? ` has had no scan since ${formatDay(last.timestamp)} (${last.description})`
      : ' has no scans';
    return {
      ...base,
      kind: 'late_shipment',
      severity: 'high',
      summary: `${boxLabel(order)} is late: ${via(shipment)}${scan} and the estimated delivery of ${eta} has passed.`,
    };
  }
  return null;
}

function pastDueIssue(subscription: Subscription): OutstandingIssue {
  const d = subscription.dunning ?? {};
  const card = subscription.paymentMethod;
  const facts = [
    d.attempts ? `${d.attempts} payment attempts failed` : 'the last payment failed',
    d.firstFailedAt ? `since ${formatDay(d.firstFailedAt)}` : '',
    d.failureReason || card
      ? `(${[d.failureReason, card ? `${card.brand} ending ${card.last4}` : ''].filter(Boolean).join(', ')})`
      : '',
  ].filter(Boolean);
  const held = d.heldOrderId
    ? `; the box ${d.heldOrderId} is held${d.boxHeldUntil ? ` until ${formatDay(d.boxHeldUntil)}` : ''}`
    : '';
  const cancel = d.autoCancelOn
    ? ` and the subscription auto-cancels on ${formatDay(d.autoCancelOn)} if unpaid`
    : '';
  return {
    kind: 'past_due',
    ...(d.heldOrderId ? { orderId: d.heldOrderId } : {}),
    severity: 'high',
    summary: `Subscription ${subscription.id} is past due: ${facts.join(' ')}${held}${cancel}.`,
  };
}

/** Orders whose latest charge attempt failed (a later successful retry settles it). */
function failedPaymentIssues(payments: readonly Payment[]): OutstandingIssue[] {
  const latestByOrder = new Map<string, Payment>();
  // Newest first, so the first payment seen for an order is its latest attempt.
  for (const payment of payments) {
    if (payment.orderId && !latestByOrder.has(payment.orderId)) latestByOrder.set(payment.orderId, payment);
  }
  return [...latestByOrder.values()]
    .filter((p) => p.status === 'failed')
    .map((p) => ({
      kind: 'failed_payment' as const,
      orderId: p.orderId ?? undefined,
      severity: 'high' as const,
      summary: `Payment ${p.id} of $${p.amount.toFixed(2)} for ${p.orderId} failed on ${formatDay(p.createdAt)}${p.failureReason ? ` (${p.failureReason})` : ''}${p.cardLast4 ? ` on the card ending ${p.cardLast4}` : ''} and has not succeeded on retry.`,
    }));
}

/** What outstanding-issue detection reads about a customer. */
export interface CustomerRecords {
  /** The most recent orders, newest first. */
  orders: Order[];
  /** The shipments of those orders, by order id. */
  shipments: Map<string, Shipment>;
  /** The most recent payments, newest first. */
  payments: Payment[];
  subscription: Subscription | null;
}

/** Reads a customer's recent orders (with their shipments, in one call), payments and subscription. */
export async function readCustomerRecords(
  commerce: CommerceAdapter,
  customerId: string,
): Promise<CustomerRecords> {
  const [orders, payments, subscription] = await Promise.all([
    commerce.listOrders({ customerId, limit: RECENT_ORDERS }),
    commerce.listPayments({ customerId, limit: RECENT_PAYMENTS }),
    commerce.getSubscription(customerId),
  ]);
  return { orders, shipments: await shipmentsOf(commerce, orders), payments, subscription };
}

/**
 * Problems on the customer's account the agent should raise unasked: late, lost, held or returned
 * parcels and failed or past-due payments, each with the facts in one sentence. Most severe first.
 */
export function outstandingIssuesIn(records: CustomerRecords, today: string): OutstandingIssue[] {
  const { orders, shipments, payments, subscription } = records;
  const issues: OutstandingIssue[] = [];
  for (const order of orders) {
    const shipment = shipments.get(order.id);
    if (!shipment) continue;
    const issue = shipmentIssue(order, shipment, today, isRemedied(order, orders, payments));
    if (issue) issues.push(issue);
  }
  if (subscription?.status === 'past_due') {
    // The past-due issue already states the failed attempts; a separate failed_payment would repeat it.
    issues.push(pastDueIssue(subscription));
  } else if (subscription?.status !== 'cancelled') {
    issues.push(...failedPaymentIssues(payments));
  }
  const rank = { high: 0, medium: 1, low: 2 } as const;
  return issues.sort((a, b) => rank[a.severity] - rank[b.severity]);
}

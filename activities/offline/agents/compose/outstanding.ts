/**
 * Raising the customer's outstanding issues unasked (a late, lost, held or returned parcel, a
 * failed payment), in the reply language, from the structured context.
 */
import type { OutstandingIssue } from '../../../commerce/outstanding-issues';
import type { ContextOrder } from '../../../context/build-context';
import type { AgentContext } from '../agent-context';
import { POLICY_AMOUNTS } from '../policy/prices';
import { repliesIn } from '../message/follow-up';
import { raisedBefore } from '../message/raised-issues';
import { isDutiesPaid, traceDue, traceRule } from '../policy/shipping-rules';
import { para } from './reply-body';
import { daysIn } from '../../../commerce/tracking';

/** The last scan date the issue summary names ("no scan since 4 Nov 2026"). */
const lastScanOf = (issue: OutstandingIssue): string | null => daysIn(issue.summary)[0] ?? null;

/** One issue as a paragraph, or null when it has no words in the phrasebook. */
export function issueParagraph(
  ctx: AgentContext,
  issue: OutstandingIssue,
  order: ContextOrder | null,
): string | null {
  const { t, fmt } = ctx;
  const shipment = order?.shipment ?? null;
  const month = order ? fmt.month(order.boxMonth) : '';
  switch (issue.kind) {
    case 'late_shipment': {
      if (!order || !shipment) return null;
      const lastScan = lastScanOf(issue);
      const due = traceDue({
        carrier: shipment.carrier,
        lastScan,
        estimatedDelivery: shipment.estimatedDelivery,
        today: ctx.today,
      });
      return para(
        t.issues.late({
          month,
          carrier: shipment.carrier,
          tracking: shipment.trackingNumber,
          eta: fmt.day(shipment.estimatedDelivery ?? ctx.today),
        }),
        due
          ? t.shipping.traceOpening({
              carrier: shipment.carrier,
              days: traceRule(shipment.carrier).traceDays,
            })
          : null,
        t.shipping.lostRemedyIfDeclared(),
      );
    }
    case 'lost_shipment':
      if (!order || !shipment) return null;
      return para(
        t.issues.lost({ month, orderId: order.orderId, carrier: shipment.carrier }),
        t.shipping.lostChoice({ price: fmt.money(order.totalUsd), card: null }),
      );
    case 'customs_hold':
      if (!order || !shipment) return null;
      return para(
        t.issues.customs({ month, tracking: shipment.trackingNumber }),
        isDutiesPaid(ctx.country ?? '')
          ? t.shipping.nothingToPay({ country: ctx.country })
          : t.shipping.taxesMayBeDue({ country: ctx.country }),
      );
    case 'returned_shipment':
      if (!order) return null;
      return para(
        t.issues.returned({ month, orderId: order.orderId }),
        t.shipping.returnedChoice({
          reship: fmt.money(POLICY_AMOUNTS.returnShippingFee),
          refund: fmt.money(order.totalUsd - POLICY_AMOUNTS.returnShippingFee),
        }),
      );
    case 'past_due':
    case 'failed_payment': {
      const dates = daysIn(issue.summary);
      const card = /ending (\d{4})/.exec(issue.summary)?.[1] ?? null;
      const autoCancel = /auto-cancels on (\d{1,2} \w{3} \d{4})/.exec(issue.summary);
      const heldUntil = /is held until (\d{1,2} \w{3} \d{4})/.exec(issue.summary);
      return para(
        t.issues.paymentFailed({
          orderId: issue.orderId ?? null,
          card,
          since: dates[0] ? fmt.day(dates[0]) : null,
        }),
        heldUntil
          ? t.shipping.heldUntil({ date: fmt.day(daysIn(heldUntil[1] ?? '')[0] ?? ctx.today) })
          : null,
        autoCancel
          ? t.issues.autoCancel({ date: fmt.day(daysIn(autoCancel[1] ?? '')[0] ?? ctx.today) })
          : null,
        t.billing.updateCardHow(),
      );
    }
    default:
      return null;
  }
}

/**
 * Paragraphs for the outstanding issues the body has not dealt with (high and medium severity),
 * leaving out those an earlier reply in the conversation already raised.
 */
export function outstandingParagraphs(ctx: AgentContext, covered: readonly string[]): string[] {
  const issues = ctx.customer?.outstandingIssues ?? [];
  const orders = ctx.customer?.recentOrders ?? [];
  const earlier = repliesIn(ctx.task.history);
  return (
    issues
      .filter((issue) => issue.severity !== 'low' && !(issue.orderId && covered.includes(issue.orderId)))
      .filter((issue) => !raisedBefore(earlier, issue, orders))
      .map((issue) => issueParagraph(ctx, issue, orders.find((o) => o.orderId === issue.orderId) ?? null))
      .filter((p): p is string => p !== null)
      // An issue with no order (a failed payment) was raised before when its very paragraph was.
      .filter((paragraph) => !earlier.some((reply) => reply.includes(paragraph)))
  );
}

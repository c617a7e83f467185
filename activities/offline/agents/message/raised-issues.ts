/**
 * Whether an outstanding issue was already put to the customer. An issue is raised once, unasked:
 * the composer does not raise it again in a later reply, and QA does not ask for it when a reply
 * earlier in the conversation raised it.
 */
import type { OutstandingIssue } from '../../../commerce/outstanding-issues';
import type { ContextOrder } from '../../../context/build-context';

/** Does the text name the issue's order or its parcel's tracking number? */
export function mentionsIssue(
  text: string,
  issue: OutstandingIssue,
  orders: readonly ContextOrder[],
): boolean {
  if (!issue.orderId) return false;
  const tracking = orders.find((order) => order.orderId === issue.orderId)?.shipment?.trackingNumber;
  return text.includes(issue.orderId) || Boolean(tracking && text.includes(tracking));
}

/** Did one of the conversation's earlier replies (`repliesIn` of its history) name the issue? */
export function raisedBefore(
  replies: readonly string[],
  issue: OutstandingIssue,
  orders: readonly ContextOrder[],
): boolean {
  return replies.some((reply) => mentionsIssue(reply, issue, orders));
}

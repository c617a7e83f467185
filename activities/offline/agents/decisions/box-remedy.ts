/**
 * A box that never reached the customer and still waits for its remedy (kb-003): the agent records
 * the remedy the message chooses (`MessageFacts.remedy`) and hands it to the team that approves it.
 */
import type { OutstandingIssue } from '../../../commerce/outstanding-issues';
import type { AgentContext } from '../agent-context';

/**
 * The customer's lost or returned box still waiting for a remedy, from the context's outstanding
 * issues (a lost box first); with `orderId`, only that order's.
 */
export function boxAwaitingRemedy(ctx: AgentContext, orderId?: string): OutstandingIssue | null {
  const issues = (ctx.customer?.outstandingIssues ?? []).filter(
    (issue) =>
      (issue.kind === 'lost_shipment' || issue.kind === 'returned_shipment') &&
      (orderId === undefined || issue.orderId === orderId),
  );
  return issues.find((issue) => issue.kind === 'lost_shipment') ?? issues[0] ?? null;
}

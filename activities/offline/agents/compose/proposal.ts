/**
 * The paragraph about a proposed change: what was prepared and that nothing changes until the
 * customer confirms it in the form. Never says a change was made.
 */
import type { AgentContext } from '../agent-context';
import { para } from './reply-body';

/** What was prepared and how to confirm it, or why no form could be prepared. */
export function proposalParagraph(
  ctx: AgentContext,
  prepared: string,
  extra: (string | null)[] = [],
): string {
  const proposal = ctx.results.proposal();
  if (!proposal || proposal.status !== 'awaiting_confirmation') return ctx.t.common.proposalUnavailable();
  return para(prepared, ...extra, ctx.t.common.confirmForm({ link: ctx.task.formLink }));
}

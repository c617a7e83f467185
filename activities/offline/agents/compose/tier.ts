/**
 * Changing tier (kb-007): the price and contents of the tier asked for, the box the change reaches,
 * and who makes it. The assistant cannot change the tier: a request goes to the subscriptions team
 * (QA hands it over), a price question learns how to ask.
 */
import type { AgentContext } from '../agent-context';
import { asksForTierChange } from '../decisions/retention-requests';
import type { TierDecision } from '../policy/plan-rules';
import { body, para, type ReplyBody } from './reply-body';

/** The reply to a move to another tier, decided in `decision`. */
export function composeTierChange(ctx: AgentContext, decision: TierDecision): ReplyBody {
  const { t, fmt, sub } = ctx;
  if (!decision.ok) {
    if (decision.reason === 'past_due') return body([t.retention.settlePaymentFirst()]);
    if (decision.reason === 'cancelled')
      return body([
        t.retention.alreadyCancelled({ date: sub?.cancelledAt ? fmt.day(sub.cancelledAt) : null }),
      ]);
    if (decision.reason === 'same')
      return body([
        t.plan.alreadyOnTier({ tier: t.plan.tier(decision.to) }),
        t.plan.priceTable({ tier: null, prices: null }),
      ]);
    return body([t.common.teamFollowUp()]);
  }
  const sameFrequency = decision.frequency === sub?.frequency;
  const difference = decision.newPrice - decision.currentPrice;
  const target = sameFrequency
    ? t.plan.tier(decision.to)
    : `${t.plan.tier(decision.to)} ${t.plan.frequency(decision.frequency)}`;
  const when = { deadline: fmt.day(decision.deadline), month: fmt.month(decision.firstBox) };
  return body([
    para(
      t.plan.tierPrice({
        tier: t.plan.tier(decision.to),
        frequency: t.plan.frequency(decision.frequency),
        amount: fmt.money(decision.newPrice),
        difference: sameFrequency && difference !== 0 ? fmt.money(Math.abs(difference)) : null,
        more: difference > 0,
        current: t.plan.tier(decision.from),
      }),
      t.plan.tierIncludes(decision.to),
    ),
    asksForTierChange(ctx)
      ? t.retention.tierChangeRequest({ tier: target, ...when })
      : t.retention.tierChangeHow(when),
  ]);
}

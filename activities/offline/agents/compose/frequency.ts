/** Replies to frequency changes: the form, the new price and the new schedule (kb-007). */
import type { Frequency } from '../../../commerce/types';
import { FREQUENCIES } from '../../../../workflows/write-tool-args';
import type { AgentContext } from '../agent-context';
import { frequencyRequest, tierRequest } from '../decisions/retention-requests';
import { firstOf } from '../policy/calendar';
import { lowerTierOffers, planLocked, type FrequencyDecision } from '../policy/plan-rules';
import type { SubscriptionFacts } from '../policy/schedule';
import { nextChargeParagraph } from './billing';
import { offerLine, planPrice } from './cancel';
import { proposalParagraph } from './proposal';
import { body, para, type ReplyBody } from './reply-body';
import { composeTierChange } from './tier';

/** The refusal of any frequency change when the plan can't change at all, else null. */
function lockedPlan(sub: SubscriptionFacts): FrequencyDecision | null {
  const reason = planLocked(sub);
  return reason ? { ok: false, to: sub.frequency, reason } : null;
}

/** "Every 2 months or every 3 months? You receive one monthly now.": the plan in use is not offered. */
function askFrequency({ t }: AgentContext, current: Frequency): string {
  const [first, second] = FREQUENCIES.filter((f) => f !== current).map((f) => t.plan.frequency(f));
  return t.retention.askFrequency({
    current: t.plan.frequency(current),
    first: first ?? '',
    second: second ?? '',
  });
}

/** Receive boxes more or less often, or move to another tier. */
export function composeFrequency(ctx: AgentContext): ReplyBody {
  const { t, fmt, sub } = ctx;
  if (!sub) return body([t.common.lookupFailed()]);
  const tier = tierRequest(ctx);
  if (tier) return composeTierChange(ctx, tier);
  // No frequency named: a plan that can't change at all (cancelled, past due, a gift) is told why.
  const d = frequencyRequest(ctx) ?? lockedPlan(sub);
  // "What's my plan?": the plan and its next charge, then the other frequencies on offer.
  if (!d && ctx.facts.cues.has('myPlan'))
    return body([
      nextChargeParagraph(ctx),
      t.plan.priceTable({ tier: t.plan.tier(sub.tier), prices: sub.tier }),
    ]);
  if (!d)
    return body([
      ctx.facts.cues.has('tooExpensive') ? cheaperPlans(ctx, sub) : null,
      askFrequency(ctx, sub.frequency),
      t.plan.priceTable({ tier: t.plan.tier(sub.tier), prices: sub.tier }),
    ]);
  if (!d.ok) {
    if (d.reason === 'same')
      return body([
        t.retention.alreadyOnFrequency({ frequency: t.plan.frequency(d.to) }),
        nextChargeParagraph(ctx),
      ]);
    if (d.reason === 'past_due') return body([t.retention.settlePaymentFirst()]);
    if (d.reason === 'cancelled')
      return body([
        t.retention.alreadyCancelled({ date: sub.cancelledAt ? fmt.day(sub.cancelledAt) : null }),
      ]);
    return body([t.common.teamFollowUp()]);
  }
  // A price question ("how much would it be if...") is answered; the form waits until they ask.
  if (!ctx.results.proposal())
    return body([
      para(
        t.plan.price({
          tier: t.plan.tier(sub.tier),
          frequency: t.plan.frequency(d.to),
          amount: fmt.money(d.newPrice),
        }),
        t.retention.switchIfWanted({ frequency: t.plan.frequency(d.to), current: fmt.money(sub.priceUsd) }),
      ),
    ]);
  return body([
    proposalParagraph(ctx, t.retention.frequencyForm({ frequency: t.plan.frequency(d.to) }), [
      t.plan.price({
        tier: t.plan.tier(sub.tier),
        frequency: t.plan.frequency(d.to),
        amount: fmt.money(d.newPrice),
      }),
      t.retention.frequencyNextBox({
        date: fmt.day(firstOf(d.nextBox)),
        following: fmt.month(d.followingBox),
        frequency: t.plan.frequency(d.to),
      }),
    ]),
  ]);
}

/**
 * "$89 is getting steep, any cheaper option?": what the plan costs now and the lower tiers at the
 * same frequency, with what each saves per box (kb-007, kb-008); null on the lowest tier.
 */
function cheaperPlans(ctx: AgentContext, sub: SubscriptionFacts): string | null {
  const lower = lowerTierOffers(sub, true);
  if (lower.length === 0) return null;
  return para(planPrice(ctx, sub), ...lower.map((offer) => offerLine(ctx, offer)));
}

/**
 * Cancellation (kb-008): offers that fit, presented once and without pressure, then the retention
 * team cancels. The agent never cancels by itself and never says the subscription is cancelled.
 */
import type { AgentContext } from '../agent-context';
import { addDays, firstOf, monthOf } from '../policy/calendar';
import { cancelOutlook, type RetentionOffer } from '../policy/plan-rules';
import { boxAfter, changeDeadline, isScheduledMonth, type SubscriptionFacts } from '../policy/schedule';
import { normalizeText } from '../../router/normalize';
import { duplicateParagraphs } from './billing';
import { body, para, type ReplyBody } from './reply-body';

const FEEDBACK =
  /repetitive|boring|same|too much|too many|piling|don'?t like|слишком много|immer|siempre|toujours|תמיד/i;

/** "Deluxe monthly is $89 per box.": what the plan costs now. */
export function planPrice({ t, fmt }: AgentContext, sub: SubscriptionFacts): string {
  return t.plan.price({
    tier: t.plan.tier(sub.tier),
    frequency: t.plan.frequency(sub.frequency),
    amount: fmt.money(sub.priceUsd),
  });
}

/** One retention offer as a line of the reply. */
export function offerLine(ctx: AgentContext, offer: RetentionOffer): string {
  const { t, fmt } = ctx;
  switch (offer.kind) {
    case 'pause':
      return t.retention.offerPause({ max: offer.maxMonths });
    case 'frequency':
      return t.retention.offerFrequency({
        frequency: t.plan.frequency(offer.frequency),
        amount: fmt.money(offer.price),
      });
    case 'lower_tier':
      return t.retention.offerLowerTier({
        tier: t.plan.tier(offer.tier),
        frequency: t.plan.frequency(offer.frequency),
        amount: fmt.money(offer.price),
        saving: fmt.money(offer.saving),
      });
    case 'loyalty_box':
      return t.retention.offerLoyaltyBox({
        tier: t.plan.tier(offer.tier),
        since: fmt.monthSince(monthOf(offer.since)),
      });
  }
}

/** Words that time a cancellation after a box ("cancel after the December box"). */
const AFTER = /(?<!\p{L})(?:after|nach|despues|apres|после|אחרי)(?!\p{L})/u;

/**
 * "Cancel my subscription after the December box": the box to keep and the one after it, whose
 * charge the cancellation stops (kb-008: asked on the 28th or later, the next box still ships).
 */
function boxKept(ctx: AgentContext, sub: SubscriptionFacts): { month: string; next: string } | null {
  const month = ctx.facts.futureMonths[0];
  if (!month || !AFTER.test(normalizeText(ctx.task.message)) || !isScheduledMonth(sub, month)) return null;
  if (changeDeadline(month) < ctx.today) return null;
  const next = boxAfter(sub, month);
  return next ? { month, next } : null;
}

/** Cancel or consider cancelling. */
export function composeCancel(ctx: AgentContext): ReplyBody {
  const { t, fmt, sub, customer } = ctx;
  if (!sub || !customer) return body([t.common.lookupFailed()]);
  const outlook = cancelOutlook(
    sub,
    { months: customer.profile.tenureMonths, joinDate: customer.profile.joinDate },
    ctx.today,
    { priceReason: ctx.facts.cues.has('tooExpensive') },
  );
  if (outlook.alreadyCancelled)
    return body([
      para(
        t.retention.alreadyCancelled({ date: outlook.cancelledAt ? fmt.day(outlook.cancelledAt) : null }),
        t.retention.noFurtherCharges(),
      ),
    ]);
  const keep = boxKept(ctx, sub);
  const timing = keep
    ? t.retention.cancelAfterBox({
        month: fmt.month(keep.month),
        from: fmt.day(addDays(changeDeadline(keep.month), 1)),
        until: fmt.day(changeDeadline(keep.next)),
        charge: fmt.day(firstOf(keep.next)),
      })
    : outlook.avoidsChargeOn
      ? t.retention.cancelInTime({
          before: fmt.day(addDays(outlook.deadline ?? ctx.today, 1)),
          charge: fmt.day(outlook.avoidsChargeOn),
        })
      : outlook.stillChargedOn
        ? t.retention.cancelTooLate({ charge: fmt.day(outlook.stillChargedOn) })
        : null;
  const held = sub.status === 'past_due' ? (sub.dunning?.heldOrderId ?? null) : null;
  const heldMonth = held ? customer.recentOrders.find((o) => o.orderId === held)?.boxMonth : null;
  const feedback = FEEDBACK.test(ctx.task.message) ? t.retention.feedbackPassedOn() : null;
  // A firm or frustrated request is not met with offers (kb-008: we never push). A message that
  // tries to give the assistant orders goes to the retention team as it is, without offers either.
  const injected = ctx.facts.promptInjection;
  const firm =
    injected ||
    ctx.facts.cues.has('firm') ||
    ctx.task.sentiment === 'frustrated' ||
    sub.status === 'past_due';
  // "Charged twice... cancel everything": the duplicate goes to billing whatever happens to the plan.
  const duplicates = duplicateParagraphs(ctx);
  // Kept box asked for: a cancellation now would stop it too, so the request waits for its window.
  if (firm && keep) return body([...duplicates, timing, feedback]);
  if (firm) {
    return body(
      [
        ...duplicates,
        injected ? t.general.cannotFollow() : null,
        para(t.retention.cancelHandedOver(), timing),
        heldMonth && held
          ? t.retention.heldBoxNotCharged({ month: fmt.month(heldMonth), orderId: held })
          : null,
        feedback,
      ],
      { coveredOrders: held ? [held] : [] },
    );
  }
  // When the price is the reason, the current price is what the offers are weighed against.
  const currentPrice = ctx.facts.cues.has('tooExpensive') ? planPrice(ctx, sub) : null;
  return body([
    ...duplicates,
    feedback,
    currentPrice,
    outlook.offers.length > 0
      ? [t.retention.offersIntro(), ...outlook.offers.map((offer) => `- ${offerLine(ctx, offer)}`)].join('\n')
      : null,
    para(t.retention.cancelIfStillWanted(), timing),
  ]);
}

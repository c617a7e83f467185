/** Replies to skip requests, and postponements of prepaid gift boxes (kb-006, kb-015). */
import type { AgentContext } from '../agent-context';
import { skipRequest } from '../decisions/retention-requests';
import { monthsAhead } from '../../../commerce/write-tools/calendar';
import { addMonths, firstOf, monthOf } from '../policy/calendar';
import { changeDeadline, upcomingBoxes, type SubscriptionFacts } from '../policy/schedule';
import { decideSkip, SKIP_LIMITS, type SkipBlock, type SkipDecision } from '../policy/skip-rules';
import { nextChargeParagraph } from './billing';
import { proposalParagraph } from './proposal';
import { body, para, type ReplyBody } from './reply-body';

/** Why a month can't be skipped, in the customer's words. */
function skipBlocked(ctx: AgentContext, d: Extract<SkipDecision, { ok: false }>): string {
  const { t, fmt } = ctx;
  const month = fmt.month(d.month);
  switch (d.reason) {
    case 'already_skipped':
      return para(t.retention.alreadySkipped({ month }), nextChargeParagraph(ctx));
    case 'past_due':
      return t.retention.settlePaymentFirst();
    case 'cancelled':
      return t.retention.alreadyCancelled({
        date: ctx.sub?.cancelledAt ? fmt.day(ctx.sub.cancelledAt) : null,
      });
    case 'too_late':
    case 'already_charged':
      return t.retention.skipTooLate({ month, deadline: fmt.day(d.deadline) });
    case 'not_scheduled':
      return notScheduled(ctx, d);
    case 'too_far':
      return t.retention.skipTooFar({ month, months: SKIP_LIMITS.monthsAhead });
    case 'too_many_in_a_row':
      return t.retention.skipInARow({ max: SKIP_LIMITS.inARow });
    case 'year_limit':
      return t.retention.skipYearLimit({ max: SKIP_LIMITS.perYear });
    case 'gift_postponements_used':
      return t.retention.giftPostponementsUsed();
  }
}

/**
 * A month the plan sends no box in: on a plan of every 2 or 3 months, which months it does send,
 * and the next box offered to skip instead while that is still possible.
 */
function notScheduled(ctx: AgentContext, d: Extract<SkipDecision, { ok: false }>): string {
  const { t, fmt, sub } = ctx;
  const next = d.nextBox ? fmt.month(d.nextBox) : null;
  if (!sub)
    return t.retention.noBoxThatMonth({ month: fmt.month(d.month), next, frequency: null, boxes: null });
  // The boxes up to the first one after the month asked about: "February and May" for March.
  const upcoming = upcomingBoxes(sub, 6);
  const after = upcoming.findIndex((m) => m > d.month);
  const around = upcoming.slice(0, Math.max(2, after + 1));
  const cadence = sub.frequency !== 'monthly' && around.length > 0;
  const instead = d.nextBox ? decideSkip(sub, d.nextBox, ctx.today) : null;
  return para(
    t.retention.noBoxThatMonth({
      month: fmt.month(d.month),
      next,
      frequency: cadence ? t.plan.frequency(sub.frequency) : null,
      boxes: cadence ? fmt.list(around.map((m) => fmt.month(m))) : null,
    }),
    instead?.ok
      ? t.retention.skipNextInstead({ month: fmt.month(instead.month), deadline: fmt.day(instead.deadline) })
      : null,
  );
}

/** Reasons that concern one month, not the subscription. */
const MONTH_REASONS: ReadonlySet<SkipBlock> = new Set(['not_scheduled', 'too_far', 'already_skipped']);

/**
 * Why no month of the horizon can be skipped: the reason that concerns the subscription (a past-due
 * payment, a cancellation, the limits) rather than a month without a box.
 */
function whyNoSkip(decisions: readonly SkipDecision[]): Extract<SkipDecision, { ok: false }> {
  const blocked = decisions.filter((d): d is Extract<SkipDecision, { ok: false }> => !d.ok);
  return blocked.find((d) => !MONTH_REASONS.has(d.reason)) ?? blocked[0]!;
}

/**
 * "I skipped January by mistake, can you unskip it?": a skip can be undone before its deadline
 * (kb-006). There is no tool for it, so the subscriptions team does it; a month not skipped has
 * nothing to undo.
 */
function undoSkipParagraphs(ctx: AgentContext, sub: SubscriptionFacts): string[] {
  const { t, fmt } = ctx;
  const skipped = sub.skippedMonths.filter((m) => m >= monthOf(ctx.today));
  const months = ctx.facts.futureMonths.length ? ctx.facts.futureMonths : skipped;
  if (months.length === 0) return [t.retention.noSkips()];
  return months.map((month) => {
    if (!skipped.includes(month)) return t.retention.notSkipped({ month: fmt.month(month) });
    const deadline = changeDeadline(month);
    const p = { month: fmt.month(month), deadline: fmt.day(deadline) };
    return deadline >= ctx.today ? t.retention.undoSkipToTeam(p) : t.retention.undoSkipTooLate(p);
  });
}

/** Skip (or, for a gift, postpone) a box. */
export function composeSkip(ctx: AgentContext): ReplyBody {
  const { t, fmt, sub } = ctx;
  if (!sub) return body([t.common.lookupFailed()]);
  if (ctx.facts.cues.has('undoSkip')) return body(undoSkipParagraphs(ctx, sub));
  const request = skipRequest(ctx);
  if (!request) {
    // No month named: offer the boxes the skip tool would accept, or say why there are none.
    const decisions = monthsAhead(ctx.today, SKIP_LIMITS.monthsAhead).map((month) =>
      decideSkip(sub, month, ctx.today),
    );
    const options = decisions.flatMap((d) => (d.ok ? [d.month] : []));
    if (options.length === 0) return body([skipBlocked(ctx, whyNoSkip(decisions))]);
    return body([
      t.retention.askSkipMonth({ options: fmt.list(options.map((m) => fmt.month(m))) }),
      t.retention.skipRules(),
    ]);
  }
  const allowed = request.decisions.filter((d): d is Extract<SkipDecision, { ok: true }> => d.ok);
  const blocked = request.decisions.filter((d): d is Extract<SkipDecision, { ok: false }> => !d.ok);
  const first = allowed[0];
  // "Hold back December, she's away until mid-January": a month with no box only matters when no
  // month named can be skipped.
  const relevant = first
    ? blocked.filter((d) => d.reason !== 'not_scheduled' && d.reason !== 'too_far')
    : blocked;
  const paragraphs = relevant.map((d) => skipBlocked(ctx, d));
  if (first) {
    const before = upcomingBoxes(sub, 3).filter((m) => m < first.month);
    const gift = sub.gift ?? null;
    const lastSkipped = allowed.at(-1)?.month ?? first.month;
    const after = allowed.length > 1 ? (allowed.at(-1)?.nextBox ?? null) : first.nextBox;
    const prepared = gift
      ? t.retention.giftPostponeForm({
          month: fmt.month(first.month),
          to: fmt.month(first.postponedTo ?? addMonths(first.month, 1)),
        })
      : t.retention.skipForm({ month: fmt.month(first.month), charge: fmt.day(firstOf(first.month)) });
    paragraphs.unshift(
      proposalParagraph(ctx, prepared, [
        allowed.length > 1
          ? t.retention.skipAlsoNext({
              months: fmt.list(allowed.slice(1).map((d) => fmt.month(d.month))),
              max: SKIP_LIMITS.inARow,
            })
          : null,
        t.retention.confirmBy({ date: fmt.day(first.deadline) }),
      ]),
      para(
        before[0] ? t.retention.stillShips({ month: fmt.month(before[0]) }) : null,
        gift
          ? t.retention.giftNoExtraCharge()
          : after
            ? t.retention.boxesResume({
                month: fmt.month(after),
                date: fmt.day(firstOf(after)),
                skipped: fmt.month(lastSkipped),
              })
            : null,
      ),
    );
  }
  return body(paragraphs);
}

/** Replies to pause requests: the form, or why a pause can't be set up and what can be done instead (kb-005). */
import type { AgentContext } from '../agent-context';
import { pauseAsSkip, pauseRequest } from '../decisions/retention-requests';
import { composeSkip } from './skip';
import { addMonths, addMonthsToDay } from '../policy/calendar';
import { KEEP_JOIN_DATE_MONTHS } from '../policy/plan-rules';
import { decidePause, PAUSE_LIMITS, type PauseBlock, type PauseDecision } from '../policy/pause-rules';
import { changeDeadline, firstChangeableMonth, nextBoxMonth, upcomingBoxes } from '../policy/schedule';
import { SKIP_LIMITS } from '../policy/skip-rules';
import { proposalParagraph } from './proposal';
import { heldForPaymentSentence } from './tracking-parts';
import { body, para, type ReplyBody } from './reply-body';

/** Reasons that refuse a pause of any length. */
const WHOLE_SUBSCRIPTION: ReadonlySet<PauseBlock> = new Set([
  'cancelled',
  'past_due',
  'gift',
  'limit_reached',
]);

/** Why this subscription can't be paused for any length (cancelled, past due, a gift, the limit), if so. */
function subscriptionPauseBlock(ctx: AgentContext): PauseDecision | null {
  if (!ctx.sub) return null;
  const probe = decidePause(ctx.sub, PAUSE_LIMITS.minMonths, ctx.today);
  return !probe.ok && WHOLE_SUBSCRIPTION.has(probe.reason) ? probe : null;
}

/** Pause the subscription for 1-3 months. */
export function composePause(ctx: AgentContext): ReplyBody {
  const { t, fmt, sub } = ctx;
  if (!sub) return body([t.common.lookupFailed()]);
  if (pauseAsSkip(ctx)) {
    // A pause starts with the next box: the months named later are skipped instead.
    const skip = composeSkip(ctx);
    const lead = t.retention.pauseSkipInstead({
      start: fmt.month(firstChangeableMonth(ctx.today)),
      months: fmt.list(ctx.facts.futureMonths.map((m) => fmt.month(m))),
    });
    return { ...skip, paragraphs: [lead, ...skip.paragraphs] };
  }
  const asked = pauseRequest(ctx);
  // "Resume my subscription" (no pause length asked for).
  if (!asked && ctx.facts.cues.has('resume')) return composeResume(ctx);
  // No length named: a subscription that can't be paused at all is told why, not asked how long.
  const d = asked ?? subscriptionPauseBlock(ctx);
  if (!d)
    return body([
      t.retention.askPauseLength({ max: PAUSE_LIMITS.maxMonths }),
      t.retention.pauseStarts({ month: fmt.month(firstChangeableMonth(ctx.today)) }),
    ]);
  if (d.ok) {
    const running = sub.pausedUntil && sub.pausedUntil > ctx.today ? sub.pausedUntil : null;
    const current = sub.pauseHistory?.findLast((p) => p.resumedOn === null);
    return body([
      running
        ? t.retention.currentPauseEnds({ months: current?.months ?? null, date: fmt.day(running) })
        : null,
      proposalParagraph(
        ctx,
        t.retention.pauseForm({ months: d.months, boxes: fmt.list(d.boxesLeftOut.map((m) => fmt.month(m))) }),
        [
          d.months > 1
            ? t.retention.pauseCovers({
                from: fmt.month(d.startMonth),
                to: fmt.month(addMonths(d.startMonth, d.months - 1)),
              })
            : null,
          t.retention.resumesOn({ date: fmt.day(d.resumeDate) }),
          d.followsCurrentPause && !d.lengthens
            ? t.retention.secondPauseAllowed({ used: d.pausesUsed, max: PAUSE_LIMITS.perYear })
            : null,
        ],
      ),
    ]);
  }
  const next = nextBoxMonth(sub);
  switch (d.reason) {
    case 'past_due': {
      const dunning = sub.dunning;
      return body(
        [
          t.retention.pauseNotWhilePastDue({
            orderId: dunning?.heldOrderId ?? null,
            month: dunning?.heldOrderId
              ? fmt.month(
                  ctx.customer?.recentOrders.find((o) => o.orderId === dunning.heldOrderId)?.boxMonth ?? '',
                )
              : null,
          }),
          para(
            t.retention.outstandingCollected({ amount: fmt.money(sub.priceUsd) }),
            dunning?.autoCancelOn ? ctx.t.issues.autoCancel({ date: fmt.day(dunning.autoCancelOn) }) : null,
          ),
          t.billing.updateCardHow(),
          t.common.noCardNumbers(),
        ],
        { coveredOrders: dunning?.heldOrderId ? [dunning.heldOrderId] : [] },
      );
    }
    case 'limit_reached': {
      const skips = upcomingBoxes(sub, SKIP_LIMITS.inARow).filter(
        (m) => changeDeadline(m) >= ctx.today || m > firstChangeableMonth(ctx.today),
      );
      return body([
        t.retention.pauseLimitReached({
          used: d.pausesUsed ?? PAUSE_LIMITS.perYear,
          starts: fmt.list((d.pauseStarts ?? []).map((m) => fmt.month(m))),
          next: d.nextPossibleStart ? fmt.month(d.nextPossibleStart) : '',
        }),
        skips.length
          ? t.retention.skipAlternative({
              months: fmt.list(skips.map((m) => fmt.month(m))),
              max: SKIP_LIMITS.inARow,
              month: fmt.month(skips[0] ?? ''),
              deadline: fmt.day(changeDeadline(skips[0] ?? '')),
            })
          : null,
      ]);
    }
    case 'no_box_in_pause':
      return body([
        t.retention.pauseChangesNothing({
          next: next ? fmt.month(next) : '',
          frequency: t.plan.frequency(sub.frequency),
          months: d.months,
          start: fmt.month(d.startMonth),
        }),
        next
          ? t.retention.pauseCoverOptions({ next: fmt.month(next), months: d.monthsToCover ?? d.months + 1 })
          : null,
      ]);
    case 'gift':
      return body([t.retention.giftNoPause()]);
    case 'too_long':
      return body([t.retention.pauseTooLong({ max: PAUSE_LIMITS.maxMonths })]);
    case 'cancelled':
      return body([
        t.retention.alreadyCancelled({ date: sub.cancelledAt ? fmt.day(sub.cancelledAt) : null }),
      ]);
    default:
      return body([t.common.lookupFailed()]);
  }
}

/**
 * Resume: a cancelled subscription can be taken out again (kb-007: the join date is kept within 6
 * months); a pause can end early at any time, which our team does (kb-005: asked before the 28th,
 * next month's box ships); an active subscription has nothing to resume.
 */
function composeResume(ctx: AgentContext): ReplyBody {
  const { t, fmt, sub, today } = ctx;
  if (!sub) return body([t.common.lookupFailed()]);
  if (sub.status === 'cancelled') {
    const cancelled = sub.cancelledAt?.slice(0, 10) ?? null;
    const keepUntil = cancelled ? addMonthsToDay(cancelled, KEEP_JOIN_DATE_MONTHS) : null;
    return body([
      t.retention.rejoin({
        date: cancelled ? fmt.day(cancelled) : null,
        keepJoinDateUntil: keepUntil && keepUntil >= today ? fmt.day(keepUntil) : null,
      }),
    ]);
  }
  const pausedUntil = sub.pausedUntil && sub.pausedUntil > today ? sub.pausedUntil : null;
  if (pausedUntil) {
    const month = firstChangeableMonth(today);
    const current = sub.pauseHistory?.findLast((p) => p.resumedOn === null);
    const early = { deadline: fmt.day(changeDeadline(month)), month: fmt.month(month) };
    return body([
      para(
        t.retention.currentPauseEnds({ months: current?.months ?? null, date: fmt.day(pausedUntil) }),
        // "When does it restart?" is answered; "please restart it" goes to the team.
        ctx.facts.cues.has('when') ? t.retention.resumeEarlyOption(early) : t.retention.resumeEarly(early),
      ),
    ]);
  }
  if (sub.status === 'past_due') return pastDueResume(ctx);
  return body([t.retention.notPaused({ next: sub.nextChargeDate ? fmt.day(sub.nextChargeDate) : null })]);
}

/** Past due: nothing is paused; the held box ships once the payment goes through (kb-012). */
function pastDueResume(ctx: AgentContext): ReplyBody {
  const { t, fmt, sub } = ctx;
  const dunning = sub?.dunning ?? null;
  const held = dunning?.heldOrderId
    ? (ctx.customer?.recentOrders.find((o) => o.orderId === dunning.heldOrderId) ?? null)
    : null;
  return body(
    [
      held
        ? heldForPaymentSentence(ctx, {
            boxMonth: held.boxMonth,
            orderId: held.orderId,
            expired: dunning?.failureReason === 'card_expired',
          })
        : null,
      para(
        t.retention.outstandingCollected({ amount: fmt.money(sub?.priceUsd ?? 0) }),
        dunning?.autoCancelOn ? t.issues.autoCancel({ date: fmt.day(dunning.autoCancelOn) }) : null,
      ),
      t.billing.updateCardHow(),
      t.common.noCardNumbers(),
    ],
    { coveredOrders: held ? [held.orderId] : [] },
  );
}

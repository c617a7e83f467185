/**
 * Replies to refund requests (kb-009): what the records show and what the policy allows. The agent
 * never issues or promises a refund: eligible cases go to the billing team, who decide.
 */
import type { AgentContext } from '../agent-context';
import { boxAwaitingRemedy } from '../decisions/box-remedy';
import { addMonths, monthOf } from '../policy/calendar';
import { changeDeadline, nextBoxMonth } from '../policy/schedule';
import { body, para, type ReplyBody } from './reply-body';
import { normalizeText } from '../../router/normalize';
import { problemOrder } from './problem-orders';
import { duplicateParagraphs } from './billing';
import { lostRemedyRecorded, returnedRemedy } from './tracking-parts';

/** Words for a lost box. */
const LOST_WORDS = /lost|never (?:arrived|received|came)|verloren|perdid|perdu|потерял|потеря|אבד/u;
/** Words for a cancellation. */
const CANCEL_WORDS = /cancel|kundig|annul|resili|отмен|ביטול|ביטלתי/u;
/** Words for a box that went back to the sender. */
const RETURN_WORDS = /went back|sent back|return|resend|zuruck|devuelt|renvoy|retourn|вернул|חזרה/u;

/** Refund for change of mind: not once a box has shipped; skipping the next one instead. */
function changeOfMind(ctx: AgentContext): string[] {
  const { t, fmt, sub } = ctx;
  const next = sub ? nextBoxMonth(sub) : null;
  const skipMonth = ctx.facts.futureMonths.find((m) => m > monthOf(ctx.today)) ?? next;
  const deadline = skipMonth ? changeDeadline(skipMonth) : null;
  return [
    para(t.refund.noChangeOfMind(), t.refund.foodNotReturnable()),
    skipMonth && deadline && deadline >= ctx.today
      ? t.refund.skipInstead({ month: fmt.month(skipMonth), deadline: fmt.day(deadline) })
      : t.refund.skipFuture(),
  ];
}

/** A charge while paused, skipped or cancelled: was there one, and had the box shipped? */
function chargeAfterChange(ctx: AgentContext): string[] {
  const { t, fmt, facts, sub } = ctx;
  const payments = ctx.results.payments()?.payments ?? [];
  const month = facts.months[0] ?? null;
  const charge = payments.find(
    (p) => p.status !== 'failed' && month !== null && monthOf(p.createdAt) === month,
  );
  const out: string[] = [];
  if (month && !charge && ctx.results.payments()) {
    const last = payments.find((p) => p.status === 'succeeded');
    const since = [month, ...facts.months.slice(1)].filter((m) => m >= month);
    const quiet = [...new Set([...since, ...monthsUntilNow(month, ctx.today)])].sort();
    out.push(
      t.refund.noChargeIn({
        months: fmt.list(quiet.map((m) => fmt.monthName(m))),
        lastAmount: last ? fmt.money(last.amount) : null,
        lastDate: last ? fmt.day(last.createdAt) : null,
        lastMonth: last ? fmt.month(monthOf(last.createdAt)) : null,
      }),
    );
    if (sub?.pausedUntil && sub.pausedUntil > ctx.today)
      out.push(t.account.pausedUntil({ date: fmt.day(sub.pausedUntil) }));
    out.push(t.refund.tellUsMore());
    return out;
  }
  const card = ctx.results.tracking()[0] ?? null;
  const boxMonth = card?.boxMonth ?? month;
  const entry = ctx.results
    .orders()
    ?.orders.find((o) => o.boxMonth === boxMonth && o.type === 'subscription');
  const recent = ctx.customer?.recentOrders.find((o) => o.boxMonth === boxMonth) ?? null;
  const shipped =
    card?.shipment?.shippedAt ?? entry?.shipment?.shippedAt ?? recent?.shipment?.shippedAt ?? null;
  const delivered = card?.shipment?.deliveredAt ?? entry?.shipment?.deliveredAt ?? null;
  const chargedAt =
    charge?.createdAt ?? ctx.results.orders()?.orders.find((o) => o.boxMonth === boxMonth)?.chargedAt ?? null;
  const requested = requestDate(ctx);
  const cancelledAt = sub?.cancelledAt ?? null;
  if (boxMonth) {
    const deadline = changeDeadline(boxMonth);
    if (requested && !CANCEL_WORDS.test(normalizeText(facts.text)))
      out.push(
        t.refund.afterDeadline({
          requested: fmt.day(requested),
          deadline: fmt.day(deadline),
          month: fmt.month(boxMonth),
        }),
      );
    out.push(
      t.refund.chargedAndShipped({
        month: fmt.month(boxMonth),
        charged: chargedAt ? fmt.day(chargedAt) : null,
        shipped: shipped ? fmt.day(shipped) : null,
        delivered: delivered ? fmt.day(delivered) : null,
        cancelled: cancelledAt && CANCEL_WORDS.test(normalizeText(facts.text)) ? fmt.day(cancelledAt) : null,
      }),
    );
  }
  out.push(t.refund.noRefundShipped());
  return out;
}

/** Months from `month` up to the current one. */
function monthsUntilNow(month: string, today: string): string[] {
  const months: string[] = [];
  for (let m = month; m <= monthOf(today); m = addMonths(m, 1)) months.push(m);
  return months;
}

/** A date the customer gives for their own request (not a charge on the 1st). */
const requestDate = (ctx: AgentContext): string | null =>
  ctx.facts.dates.find((date) => !date.endsWith('-01')) ?? null;

/** Refund requests. */
export function composeRefund(ctx: AgentContext): ReplyBody {
  const { t, fmt, facts } = ctx;
  if (facts.promptInjection) return body([t.refund.injection()], { noIssues: true });
  const subCard = ctx.results.subscription();
  if (subCard?.subscription.gift) {
    const next = ctx.sub ? nextBoxMonth(ctx.sub) : null;
    const deadline = next ? changeDeadline(next) : null;
    return body([
      t.refund.giftNoRefund(),
      next && deadline
        ? t.refund.giftOptions({
            month: fmt.month(next),
            deadline: fmt.day(deadline),
            from: fmt.month(addMonths(next, 1)),
          })
        : null,
    ]);
  }
  const problem = problemOrder(ctx);
  const text = normalizeText(facts.text);
  const named =
    problem !== null && (facts.orderIds.includes(problem.orderId) || facts.months.includes(problem.boxMonth));
  // "Refund please" from a customer whose lost box still waits for its remedy is about that box.
  const onlyLost =
    problem?.kind === 'lost' &&
    facts.months.length === 0 &&
    facts.orderIds.length === 0 &&
    !facts.cues.has('changeOfMind') &&
    boxAwaitingRemedy(ctx, problem.orderId) !== null;
  const about =
    problem && (named || onlyLost || (problem.kind === 'lost' ? LOST_WORDS : RETURN_WORDS).test(text));
  if (problem && about) {
    const month = fmt.month(problem.boxMonth);
    const covered = { coveredOrders: [problem.orderId] };
    if (problem.kind === 'lost') {
      return body(
        [
          t.shipping.lostConfirmed({
            month,
            orderId: problem.orderId,
            carrier: problem.carrier ?? '',
            date: problem.date ? fmt.day(problem.date) : null,
          }),
          // A refund request, unless it asks for the replacement instead.
          lostRemedyRecorded(ctx, facts.remedy ?? 'refund', problem.price),
        ],
        covered,
      );
    }
    // A refund request, unless it asks for the box to be sent again; recorded while it waits.
    const chosen = boxAwaitingRemedy(ctx, problem.orderId) ? (facts.remedy ?? 'refund') : null;
    return body(
      [
        para(
          t.shipping.returned({
            month,
            orderId: problem.orderId,
            date: problem.date ? fmt.day(problem.date) : null,
            unitMissing: problem.unitMissing,
          }),
          returnedRemedy(ctx, chosen, problem.price),
        ),
        chosen ? null : t.refund.teamConfirms(),
      ],
      covered,
    );
  }
  if (facts.cues.has('changeOfMind') && !ctx.results.payments()) return body(changeOfMind(ctx));
  // "Did you refund the duplicate charge yet?": the duplicate, and that the billing team refunds it.
  const duplicates = facts.cues.has('double') ? duplicateParagraphs(ctx) : [];
  if (duplicates.length > 0) return body(duplicates);
  if (ctx.results.payments() || ctx.results.orders()) return body(chargeAfterChange(ctx));
  return body([t.refund.policySummary(), t.refund.tellUsMore()]);
}

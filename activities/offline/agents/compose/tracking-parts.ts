/**
 * Sentences about one parcel, from its tracking card: where it is, what the last scan says, when it
 * is due, and what happens next (customs, a trace, a lost or returned box).
 */
import { boxAwaitingRemedy } from '../decisions/box-remedy';
import type { TrackingResult } from '../../../commerce/read-tools';
import { lastScanWith } from '../../../commerce/tracking';
import type { TrackingEvent } from '../../../commerce/types';
import type { AgentContext } from '../agent-context';
import { lastReplyIn } from '../message/follow-up';
import type { BoxRemedy } from '../message/remedy-choice';
import { addBusinessDays, addDays, monthOf } from '../policy/calendar';
import { onLattice } from '../policy/schedule';
import { POLICY_AMOUNTS } from '../policy/prices';
import {
  CUSTOMS_DELAY_DAYS,
  DELIVERED_NOT_RECEIVED_DAYS,
  hasImportTaxGuide,
  isDutiesPaid,
  shippingFor,
  traceDue,
  traceRule,
} from '../policy/shipping-rules';
import { para } from './reply-body';

type Shipment = NonNullable<TrackingResult['shipment']>;

/** A delivered parcel, as a tracking card or an order history line reports it. */
export interface Delivery {
  boxMonth: string;
  carrier: string;
  trackingNumber: string;
  deliveredAt: string | null;
  /** The delivery scan: where, and who took the parcel. */
  scan: TrackingEvent | null;
}

/** A tracking card's parcel as a {@link Delivery}. */
export const cardDelivery = (card: TrackingResult, shipment: Shipment): Delivery => ({
  boxMonth: card.boxMonth,
  carrier: shipment.carrier,
  trackingNumber: shipment.trackingNumber,
  deliveredAt: shipment.deliveredAt,
  scan: shipment.lastEvent,
});

/** "Delivered - Signed for by: VOLKOV" → VOLKOV; "Received by: M. ALVAREZ" → M. ALVAREZ. */
export function receiverOf(scan: TrackingEvent | null): { name: string; frontDesk: boolean } | null {
  const description = scan?.description ?? '';
  const match = /(?:signed for by|received by):\s*([^,]+)/i.exec(description);
  return match?.[1] ? { name: match[1].trim(), frontDesk: /front desk|reception/i.test(description) } : null;
}

/** A delivered parcel: when, where and who took it. */
export function deliveredParagraph(ctx: AgentContext, delivery: Delivery): string {
  const { t, fmt } = ctx;
  const receiver = receiverOf(delivery.scan);
  return para(
    t.shipping.delivered({
      month: fmt.month(delivery.boxMonth),
      carrier: delivery.carrier,
      tracking: delivery.trackingNumber,
      date: fmt.day(delivery.deliveredAt ?? ctx.today),
      place: delivery.scan?.location ?? null,
    }),
    receiver
      ? t.shipping.receivedBy({ name: receiver.name, frontDesk: receiver.frontDesk })
      : /front door/i.test(delivery.scan?.description ?? '')
        ? t.shipping.leftAtDoor()
        : null,
  );
}

/** What to do when "delivered" but not found (kb-002). */
export function notFoundParagraphs(ctx: AgentContext, shipment: Shipment): string[] {
  const { t, fmt } = ctx;
  const deliveredAt = (shipment.deliveredAt ?? ctx.today).slice(0, 10);
  const reportBy = addDays(deliveredAt, DELIVERED_NOT_RECEIVED_DAYS);
  // Past the 7 days the standard investigation does not apply: a person reviews the case.
  if (reportBy < ctx.today) {
    return [t.shipping.investigationLate({ date: fmt.day(deliveredAt), carrier: shipment.carrier })];
  }
  return [
    t.shipping.notFoundSteps(),
    t.shipping.investigation({ by: fmt.day(reportBy), carrier: shipment.carrier }),
  ];
}

/**
 * Customs: what the hold means and whether anything is to be paid; where the recipient pays, what
 * customs usually charges on the box's declared value, which is the price paid for it (kb-014).
 */
export function customsParagraph(ctx: AgentContext, shipment: Shipment, orderId: string): string {
  const { t, fmt } = ctx;
  const last = shipment.lastEvent;
  const country = ctx.country ?? '';
  const deadline = /not paid by (\d{4}-\d{2}-\d{2})/.exec(last?.description ?? '')?.[1] ?? null;
  const paid = ctx.customer?.recentOrders.find((order) => order.orderId === orderId)?.totalUsd;
  return para(
    t.shipping.customsHeld({
      since: fmt.day(last?.timestamp ?? ctx.today),
      location: last?.location ?? null,
    }),
    t.shipping.customsDelay({ days: CUSTOMS_DELAY_DAYS.join('-') }),
    isDutiesPaid(country)
      ? t.shipping.nothingToPay({ country })
      : t.shipping.customsPay({ country, deadline: deadline ? fmt.day(deadline) : null }),
    hasImportTaxGuide(country)
      ? t.shipping.importTaxGuide({ country, declared: paid === undefined ? null : fmt.money(paid) })
      : null,
  );
}

/** A parcel underway: last scan, estimated delivery, and a trace when it is overdue. */
export function underwayParagraphs(ctx: AgentContext, card: TrackingResult, shipment: Shipment): string[] {
  const { t, fmt } = ctx;
  const last = shipment.lastEvent;
  const intro = para(
    t.shipping.parcelIntro({
      month: fmt.month(card.boxMonth),
      carrier: shipment.carrier,
      tracking: shipment.trackingNumber,
    }),
    last
      ? t.shipping.lastScan({
          date: fmt.day(last.timestamp),
          description: last.description,
          location: last.location,
        })
      : t.shipping.noScanYet(),
  );
  const eta = shipment.estimatedDelivery ? fmt.day(shipment.estimatedDelivery) : null;
  if (shipment.customsHold) {
    return [
      intro,
      para(eta ? t.shipping.eta({ date: eta, late: shipment.late }) : null),
      customsParagraph(ctx, shipment, card.orderId),
    ];
  }
  if (shipment.late) {
    const due = traceDue({
      carrier: shipment.carrier,
      lastScan: last?.timestamp ?? null,
      estimatedDelivery: shipment.estimatedDelivery,
      today: ctx.today,
    });
    const traceDate = shipment.estimatedDelivery ? addBusinessDays(shipment.estimatedDelivery, 5) : null;
    const trace = due
      ? t.shipping.traceOpening({ carrier: shipment.carrier, days: traceRule(shipment.carrier).traceDays })
      : traceDate
        ? t.shipping.traceSoon({ date: fmt.day(traceDate) })
        : null;
    if (ctx.facts.cues.has('replacement')) {
      // "Can you send a replacement?": that answer first, then the trace that decides it; the
      // parcel's details again only if the last reply did not just give them.
      const told = lastReplyIn(ctx.task.history)?.includes(shipment.trackingNumber) ?? false;
      return [...(told ? [] : [intro]), para(t.shipping.lostRemedyIfDeclared(), trace)];
    }
    return [intro, para(t.shipping.pastEta({ date: eta ?? '' }), trace, t.shipping.lostRemedyIfDeclared())];
  }
  const country = ctx.country ?? '';
  const tier = ctx.sub?.tier ?? 'basic';
  const transit = shippingFor(country, tier);
  const quiet = shipment.carrier === 'Israel Post' && /departed israel/i.test(last?.description ?? '');
  return [
    intro,
    para(
      eta ? t.shipping.eta({ date: eta, late: false }) : null,
      ctx.facts.cues.has('howLong') || !isDutiesPaid(country)
        ? t.shipping.transitTime({ carrier: transit.carrier, country, days: transit.days.join('-') })
        : null,
      quiet ? t.shipping.quietPeriod() : null,
    ),
    isDutiesPaid(country) ? '' : t.shipping.taxesOnDelivery({ country }),
  ];
}

/** A box held because its payment failed: which box, and the card (with its expiry when that was the cause). */
export function heldForPaymentSentence(
  ctx: AgentContext,
  p: { boxMonth: string; orderId: string; expired: boolean },
): string {
  const card = ctx.sub?.paymentMethod ?? null;
  return ctx.t.shipping.heldForPayment({
    month: ctx.fmt.month(p.boxMonth),
    orderId: p.orderId,
    card: card?.last4 ?? null,
    expiry: p.expired && card ? `${String(card.expMonth).padStart(2, '0')}/${card.expYear}` : null,
  });
}

/** An order that has not shipped (a failed payment holds it, or it is not yet dispatched). */
export function notShippedParagraphs(ctx: AgentContext, card: TrackingResult): string[] {
  const { t, fmt } = ctx;
  const dunning = ctx.sub?.dunning ?? null;
  const held = ctx.sub?.status === 'past_due' || /payment failed|on hold/i.test(card.orderNote ?? '');
  if (!held) return [t.shipping.notShippedYet({ month: fmt.month(card.boxMonth) })];
  const expired = dunning?.failureReason === 'card_expired' || /expired/i.test(card.orderNote ?? '');
  return [
    heldForPaymentSentence(ctx, { boxMonth: card.boxMonth, orderId: card.orderId, expired }),
    t.billing.updateCardHow(),
    para(
      dunning?.boxHeldUntil ? t.shipping.heldUntil({ date: fmt.day(dunning.boxHeldUntil) }) : null,
      dunning?.autoCancelOn ? t.issues.autoCancel({ date: fmt.day(dunning.autoCancelOn) }) : null,
    ),
    t.common.noCardNumbers(),
  ];
}

/** A lost parcel: the choice of replacement or refund (kb-003). */
export function lostParagraph(
  ctx: AgentContext,
  card: TrackingResult,
  shipment: Shipment,
  price: number | null,
): string {
  const { t, fmt } = ctx;
  const lostScan = lastScanWith(shipment.events, 'lost') ?? shipment.lastEvent;
  const confirmed = t.shipping.lostConfirmed({
    month: fmt.month(card.boxMonth),
    orderId: card.orderId,
    carrier: shipment.carrier,
    date: lostScan ? fmt.day(lostScan.timestamp) : null,
  });
  // A choice is recorded only while the box still waits for its remedy.
  const chosen = boxAwaitingRemedy(ctx, card.orderId) ? ctx.facts.remedy : null;
  if (chosen) return para(confirmed, lostRemedyRecorded(ctx, chosen, price));
  return para(
    confirmed,
    price !== null ? t.shipping.lostChoice({ price: fmt.money(price), card: null }) : null,
  );
}

/** The card in the context's subscription summary ("card visa ending 3307"), when no card was read. */
function cardFromSummary(ctx: AgentContext): { brand: string; last4: string } | null {
  const match = /card (\w+) ending (\d{4})/.exec(ctx.customer?.subscription?.summary ?? '');
  return match ? { brand: match[1] ?? '', last4: match[2] ?? '' } : null;
}

/** The remedy the customer chose for a lost box, recorded and handed to the team that approves it. */
export function lostRemedyRecorded(ctx: AgentContext, chosen: BoxRemedy, price: number | null): string {
  const { t, fmt } = ctx;
  if (chosen === 'replacement') return t.refund.lostReplacementToTeam();
  return para(
    t.refund.lostRefundToTeam({
      amount: price !== null ? fmt.money(price) : null,
      card: ctx.sub?.paymentMethod ?? cardFromSummary(ctx),
    }),
    t.refund.refundTiming(),
  );
}

/** A parcel back at the warehouse: reship for $12 or refund minus $12 (kb-003). */
export function returnedParagraph(ctx: AgentContext, card: TrackingResult, price: number | null): string {
  const { t, fmt } = ctx;
  const back = card.shipment ? lastScanWith(card.shipment.events, 'returned') : null;
  const reason = card.shipment?.events.find((e) =>
    /address incomplete|insufficient address|unit\/flat number/i.test(e.description),
  );
  // A choice is recorded only while the box still waits for its remedy.
  const chosen = boxAwaitingRemedy(ctx, card.orderId) ? ctx.facts.remedy : null;
  return para(
    t.shipping.returned({
      month: fmt.month(card.boxMonth),
      orderId: card.orderId,
      date: back ? fmt.day(back.timestamp) : null,
      unitMissing: reason !== undefined,
    }),
    returnedRemedy(ctx, chosen, price),
  );
}

/**
 * A box back at the warehouse: the remedy the customer chose, recorded and handed to the team that
 * approves it, or both remedies to choose from (kb-003).
 */
export function returnedRemedy(
  ctx: AgentContext,
  chosen: BoxRemedy | null,
  price: number | null,
): string | null {
  const { t, fmt } = ctx;
  const fee = fmt.money(POLICY_AMOUNTS.returnShippingFee);
  const refund = price !== null ? fmt.money(price - POLICY_AMOUNTS.returnShippingFee) : null;
  const address = ctx.sub?.shippingAddress ?? null;
  if (chosen === 'replacement')
    return t.refund.reshipToTeam({ fee, address: address ? fmt.address(address) : null });
  if (!refund) return null;
  return chosen === 'refund'
    ? para(t.refund.returnedRefundToTeam({ fee, amount: refund }), t.refund.refundTiming())
    : t.shipping.returnedChoice({ reship: fee, refund });
}

/**
 * "Where is my November box?" (or "the olive oil in my November box") from a customer who had no
 * box that month (a box every 2 months, the month skipped, a cancelled plan): said first, before the
 * box answered about instead. Only months since the oldest of the recent orders are known to have
 * had no box.
 */
export function noBoxInMonth(ctx: AgentContext): string | null {
  const month = ctx.facts.months[0];
  const recent = ctx.customer?.recentOrders ?? [];
  const oldest = recent.at(-1)?.boxMonth;
  if (!month || !oldest || month < oldest || month > monthOf(ctx.today)) return null;
  if (recent.some((o) => o.boxMonth === month) || ctx.results.tracking().some((c) => c.boxMonth === month))
    return null;
  const skipped = ctx.sub?.skippedMonths.includes(month) ?? false;
  const active = ctx.sub !== null && ctx.sub.status !== 'cancelled';
  const offSchedule = active && ctx.sub !== null && !onLattice(ctx.sub, month);
  return ctx.t.shipping.noBoxInMonth({
    month: ctx.fmt.month(month),
    skipped,
    frequency: !skipped && offSchedule && ctx.sub ? ctx.t.plan.frequency(ctx.sub.frequency) : null,
  });
}

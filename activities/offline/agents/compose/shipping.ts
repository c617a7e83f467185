/** Replies of the shipping specialist: tracking, address changes and order history. */
import type { TrackingResult } from '../../../commerce/read-tools';
import type { AgentContext } from '../agent-context';
import { addressRequest } from '../decisions/address-request';
import { upcomingBoxMonth } from '../decisions/upcoming-box';
import { postalFormatOf } from '../message/parse-address';
import { addDays, addMonthsToDay, dayIn, monthOf } from '../policy/calendar';
import { arrivalBefore, nextHoliday } from '../policy/holidays';
import { KEEP_JOIN_DATE_MONTHS } from '../policy/plan-rules';
import { nextBoxMonth } from '../policy/schedule';
import { arrivalWindow, DISPATCH_DAYS, isCourier, shippingFor } from '../policy/shipping-rules';
import { nextChargeParagraph } from './billing';
import { contentsParagraphs } from './product';
import { proposalParagraph } from './proposal';
import { body, para, type ReplyBody } from './reply-body';
import {
  cardDelivery,
  deliveredParagraph,
  lostParagraph,
  noBoxInMonth,
  notFoundParagraphs,
  notShippedParagraphs,
  returnedParagraph,
  underwayParagraphs,
} from './tracking-parts';

const priceOf = (ctx: AgentContext, orderId: string): number | null =>
  ctx.customer?.recentOrders.find((o) => o.orderId === orderId)?.totalUsd ??
  ctx.results.orders()?.orders.find((o) => o.orderId === orderId)?.totalUsd ??
  null;

/** The paragraphs about one tracking card. */
export function trackingParagraphs(ctx: AgentContext, card: TrackingResult): string[] {
  const shipment = card.shipment;
  if (!shipment) return notShippedParagraphs(ctx, card);
  switch (shipment.status) {
    case 'delivered': {
      const delivered = deliveredParagraph(ctx, cardDelivery(card, shipment));
      return ctx.facts.cues.has('notReceived')
        ? [delivered, ...notFoundParagraphs(ctx, shipment)]
        : [delivered];
    }
    case 'lost':
      return [lostParagraph(ctx, card, shipment, priceOf(ctx, card.orderId))];
    case 'returned_to_sender':
      return [returnedParagraph(ctx, card, priceOf(ctx, card.orderId))];
    default:
      return underwayParagraphs(ctx, card, shipment);
  }
}

/** Where is my box. */
export function composeTracking(ctx: AgentContext): ReplyBody {
  const upcoming = upcomingBoxMonth(ctx);
  if (upcoming && ctx.results.subscription()) return body(upcomingBoxParagraphs(ctx, upcoming));
  const cards = ctx.results.tracking();
  const missing = ctx.results.notFound().find((n) => n.name === 'track_package');
  if (cards.length === 0) {
    return body([
      missing
        ? ctx.t.shipping.orderNotOnAccount({ orderId: ctx.facts.orderIds[0] ?? '' })
        : ctx.t.common.lookupFailed(),
    ]);
  }
  const contents = ctx.results.boxes().flatMap((box) => contentsParagraphs(ctx, box));
  const noBox = noBoxInMonth(ctx);
  // "The address has the Unit 3 in it now": the customer sees the address the boxes go to.
  const onFile = ctx.facts.cues.has('addressMention')
    ? ctx.results.subscription()?.subscription.shippingAddress
    : null;
  const paragraphs = [noBox, ...contents, ...cards.flatMap((card) => trackingParagraphs(ctx, card))];
  // A recorded reship already names the address it goes to.
  const address = onFile ? ctx.fmt.address(onFile) : null;
  return body(
    [
      ...paragraphs,
      address && !paragraphs.some((p) => p?.includes(address))
        ? ctx.t.shipping.addressOnFile({ address })
        : null,
    ],
    { coveredOrders: cards.map((c) => c.orderId) },
  );
}

/** Carrier self-service for a parcel on its way (kb-001); Israel Post registered parcels have none. */
const SELF_SERVICE: Readonly<Record<string, string>> = {
  UPS: 'UPS My Choice',
  FedEx: 'FedEx Delivery Manager',
  'DHL Express': 'DHL On Demand Delivery',
};

/**
 * "Will it arrive before Hanukkah?": when the holiday named begins (its first date from a month
 * before the box's month, so one that falls before dispatch is "after", not next year's), and
 * whether the arrival window ends before it. A window that straddles it is no promise either way.
 */
function holidayParagraph(
  ctx: AgentContext,
  month: string,
  arrival: { from: string; to: string },
): string | null {
  const holiday = ctx.facts.holiday;
  if (!holiday) return null;
  const date = nextHoliday(holiday, addDays(dayIn(month, 1), -31));
  return ctx.t.shipping.holidayArrival({
    holiday,
    date: ctx.fmt.dayWithoutYear(date.beginsEvening ? addDays(date.day, -1) : date.day),
    evening: date.beginsEvening,
    arrival: arrivalBefore(arrival, date),
  });
}

/** When a box still to come is charged, dispatched and delivered, and what the carrier lets you do. */
function upcomingBoxParagraphs(ctx: AgentContext, month: string): string[] {
  const { t, fmt, sub } = ctx;
  const next = sub?.nextChargeDate ?? null;
  // Paused, skipped or cancelled: that month has no box; say when the next one is.
  if (!sub || sub.status !== 'active' || !next || monthOf(next) !== month) return [nextChargeParagraph(ctx)];
  const country = sub.shippingAddress?.country ?? null;
  const transit = country ? shippingFor(country, sub.tier) : null;
  const arrival = transit ? arrivalWindow(month, transit.days) : null;
  const service = transit ? SELF_SERVICE[transit.carrier] : undefined;
  return [
    t.shipping.upcomingBox({
      month: fmt.month(month),
      charge: fmt.day(next),
      firstDay: String(DISPATCH_DAYS.first),
      last: fmt.dayWithoutYear(dayIn(month, DISPATCH_DAYS.last)),
    }),
    para(
      transit && country
        ? t.shipping.transitTime({ carrier: transit.carrier, country, days: transit.days.join('-') })
        : null,
      arrival
        ? t.shipping.arrivalWindow({
            from: fmt.dayWithoutYear(arrival.from),
            to: fmt.dayWithoutYear(arrival.to),
          })
        : null,
      arrival ? holidayParagraph(ctx, month, arrival) : null,
    ),
    service ? t.shipping.selfService({ service }) : null,
  ].filter((p): p is string => typeof p === 'string' && p !== '');
}

/** A new address for a cancelled subscription: since when nothing ships, and how to come back (kb-008). */
function cancelledAddress(ctx: AgentContext): string {
  const { t, fmt, sub, today } = ctx;
  const cancelled = sub?.cancelledAt?.slice(0, 10) ?? null;
  const keepJoinDateUntil = cancelled ? addMonthsToDay(cancelled, KEEP_JOIN_DATE_MONTHS) : null;
  return t.account.addressCancelled({
    date: cancelled ? fmt.day(cancelled) : null,
    keepJoinDateUntil: keepJoinDateUntil && keepJoinDateUntil >= today ? fmt.day(keepJoinDateUntil) : null,
  });
}

/** A new shipping address: the form, and which box it applies to. */
export function composeAddress(ctx: AgentContext): ReplyBody {
  const { t, fmt } = ctx;
  const request = addressRequest(ctx);
  if (request.kind === 'no_address') return body([t.account.askAddress()]);
  if (request.kind === 'cancelled') return body([cancelledAddress(ctx)]);
  if (request.kind === 'invalid') {
    const { parse } = request;
    const format = parse.country ? postalFormatOf(parse.country) : null;
    if (parse.problem === 'invalid_postal_code' && format)
      return body([
        para(
          t.account.postalInvalid({
            code: parse.postalCode ?? '',
            country: parse.country ?? '',
            digits: format.digits ?? null,
            shape: format.shape ?? null,
            example: format.example,
          }),
          t.account.askFullPostal(),
        ),
      ]);
    return body([parse.problem === 'missing_region' ? t.account.askRegion() : t.account.askAddress()]);
  }
  const outlook = request.outlook;
  const old = ctx.results.subscription()?.subscription.shippingAddress ?? null;
  const firstOld = outlook?.boxesToOldAddress[0] ?? null;
  const moving = ctx.customer?.recentOrders.find((o) => o.status === 'in_transit' && o.shipment);
  return body(
    [
      proposalParagraph(
        ctx,
        t.account.addressForm({
          address: fmt.address({ ...request.address, postalCode: request.address.postal_code }),
        }),
      ),
      para(
        firstOld && outlook?.missedCutoff
          ? t.account.oldAddressBox({
              month: fmt.month(firstOld),
              street: old ? [old.line1, old.city].filter(Boolean).join(', ') : null,
              cutoff: fmt.day(outlook.missedCutoff),
            })
          : null,
        outlook?.firstNewAddressBox
          ? t.account.newAddressFrom({ month: fmt.month(outlook.firstNewAddressBox) })
          : null,
        firstOld && outlook?.skipDeadline
          ? t.account.skipOldBox({ month: fmt.month(firstOld), deadline: fmt.day(outlook.skipDeadline) })
          : null,
      ),
      moving?.shipment && !isCourier(moving.shipment.carrier)
        ? t.account.noRedirect({ month: fmt.month(moving.boxMonth) })
        : null,
      ctx.facts.cues.has('nextBox') || /\?/.test(ctx.task.message)
        ? (() => {
            const next = ctx.sub ? nextBoxMonth(ctx.sub) : null;
            return next ? t.account.nextBox({ month: fmt.month(next), date: fmt.day(`${next}-01`) }) : null;
          })()
        : null,
    ],
    {},
  );
}

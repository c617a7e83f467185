/** Replies of the shipping specialist: tracking, address changes and order history. */
import type { TrackingResult } from '../../../commerce/read-tools';
import type { AgentContext } from '../agent-context';
import { addressRequest } from '../decisions/address-request';
import { postalFormatOf } from '../message/parse-address';
import { nextBoxMonth } from '../policy/schedule';
import { isCourier } from '../policy/shipping-rules';
import { contentsParagraphs } from './product';
import { proposalParagraph } from './proposal';
import { body, para, type ReplyBody } from './reply-body';
import {
  deliveredParagraph,
  lostParagraph,
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
    case 'delivered':
      return ctx.facts.cues.has('notReceived')
        ? [deliveredParagraph(ctx, card, shipment), ...notFoundParagraphs(ctx, shipment)]
        : [deliveredParagraph(ctx, card, shipment)];
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
  return body([...contents, ...cards.flatMap((card) => trackingParagraphs(ctx, card))], {
    coveredOrders: cards.map((c) => c.orderId),
  });
}

/** A new shipping address: the form, and which box it applies to. */
export function composeAddress(ctx: AgentContext): ReplyBody {
  const { t, fmt } = ctx;
  const request = addressRequest(ctx);
  if (request.kind === 'no_address') return body([t.account.askAddress()]);
  if (request.kind === 'cancelled') return body([t.account.addressCancelled()]);
  if (request.kind === 'invalid') {
    const { parse } = request;
    const format = parse.country ? postalFormatOf(parse.country) : null;
    if (parse.problem === 'invalid_postal_code' && format)
      return body([
        para(
          t.account.postalInvalid({
            code: parse.postalCode ?? '',
            country: parse.country ?? '',
            shape: format.shape,
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
      proposalParagraph(ctx, t.account.addressForm({ address: formatAddress(request.address) })),
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

/** One line address for the customer to check. */
function formatAddress(a: {
  line1: string;
  line2?: string;
  city: string;
  region?: string;
  postal_code: string;
  country: string;
}): string {
  return [a.line2, a.line1, [a.city, a.region].filter(Boolean).join(' '), a.postal_code, a.country]
    .filter(Boolean)
    .join(', ');
}

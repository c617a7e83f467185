/** Replies to damage reports (kb-010): the claim form, or what is missing before one can be filed. */
import type { AgentContext } from '../agent-context';
import { damageRequest } from '../decisions/damage-request';
import { nextBoxMonth } from '../policy/schedule';
import { CLAIM_REVIEW_DAYS, refundValue } from '../policy/damage-rules';
import { proposalParagraph } from './proposal';
import { body, para, type ReplyBody } from './reply-body';
import { noBoxInMonth } from './tracking-parts';

/** A skipped month between now and the next box ("January 2027, as December is skipped"). */
function skippedBefore(
  skipped: readonly string[],
  next: string | null,
  today: string,
  name: (m: string) => string,
): string | null {
  const month = skipped.find((m) => next !== null && m < next && m > today.slice(0, 7));
  return month ? name(month) : null;
}

/** Items that come in glass (jars and bottles). */
const GLASS = /ml|olives|jam|tahini|honey|syrup|silan|molasses|schug|amba|wine|glass/i;

/** Item names without their pack size ("Cracked Souri Olives, 300 g" → "Cracked Souri Olives"). */
const shortName = (name: string): string => name.replace(/,\s*[\d.]+\s*(?:ml|g|cl|l)\b.*$/i, '');

/** Damaged, leaking or missing items; a month named that had no box is said first. */
export function composeDamage(ctx: AgentContext): ReplyBody {
  const reply = damageReply(ctx);
  const noBox = noBoxInMonth(ctx);
  return noBox ? { ...reply, paragraphs: [noBox, ...reply.paragraphs] } : reply;
}

/** The claim form, or what is missing before one can be filed, for the box in question. */
function damageReply(ctx: AgentContext): ReplyBody {
  const { t, fmt, sub } = ctx;
  const d = damageRequest(ctx);
  if (!d.order) return body([t.quality.askOrder()]);
  const month = fmt.month(d.order.boxMonth);
  const names = d.items.map((i) => shortName(i.name));
  const covered = { coveredOrders: [d.order.orderId] };
  const missing = d.kinds.includes('missing');
  switch (d.blocked) {
    case 'not_delivered':
      return body([t.quality.notDeliveredYet({ month })], covered);
    case 'late_report':
      return body(
        [
          para(
            t.quality.windowEnded({
              delivered: fmt.day(d.deliveredAt ?? ctx.today),
              end: fmt.day(d.windowEnd ?? ctx.today),
            }),
            t.quality.passedToQualityTeam({ photo: d.photos.length > 0 || d.photosUnlisted }),
          ),
        ],
        covered,
      );
    case 'needs_photo':
    case 'needs_items':
      return body(
        [
          missing && names.length ? t.quality.itemWasPacked({ items: fmt.list(names), month }) : null,
          d.blocked === 'needs_items'
            ? t.quality.askWhichItems()
            : missing
              ? t.quality.askMissingPhotos()
              : t.quality.askDamagePhotos({ items: names.length ? fmt.list(names) : null }),
          d.windowEnd && !d.knownIssue
            ? t.quality.reportWithin({
                delivered: fmt.day(d.deliveredAt ?? ctx.today),
                end: fmt.day(d.windowEnd),
              })
            : null,
          d.knownIssue
            ? t.quality.knownIssue({
                until: fmt.day(d.knownIssue.claimsUntil),
                refund: fmt.money(d.knownIssue.refund),
                delivered: d.deliveredAt ? fmt.day(d.deliveredAt) : null,
              })
            : null,
          t.quality.noReturnNeeded({
            glass:
              d.items.some((i) => GLASS.test(i.name)) || (d.items.length === 0 && d.kinds.includes('broken')),
          }),
        ],
        covered,
      );
    default: {
      const next = sub ? nextBoxMonth(sub) : null;
      const half = d.boxItems.length > 0 && d.items.length * 2 > d.boxItems.length;
      return body(
        [
          proposalParagraph(ctx, t.quality.claimForm({ orderId: d.order.orderId, items: fmt.list(names) }), [
            d.knownIssue
              ? t.quality.knownIssue({
                  until: fmt.day(d.knownIssue.claimsUntil),
                  refund: fmt.money(d.knownIssue.refund),
                  delivered: d.deliveredAt ? fmt.day(d.deliveredAt) : null,
                })
              : t.quality.withinWindow({
                  delivered: fmt.day(d.deliveredAt ?? ctx.today),
                  end: fmt.day(d.windowEnd ?? ctx.today),
                }),
            d.photosUnlisted ? t.quality.addPhotosInForm() : null,
          ]),
          para(
            t.quality.reviewTime({ days: CLAIM_REVIEW_DAYS }),
            half
              ? t.quality.wholeBoxRemedy({ amount: fmt.money(d.order.totalUsd) })
              : t.quality.itemRemedy({
                  next: next ? fmt.month(next) : null,
                  skipped: skippedBefore(sub?.skippedMonths ?? [], next, ctx.today, fmt.month),
                  amount: fmt.money(
                    d.knownIssue ? d.knownIssue.refund : refundValue(d.items.map((i) => i.name)),
                  ),
                }),
          ),
          t.quality.noReturnNeeded({
            glass:
              d.items.some((i) => GLASS.test(i.name)) || (d.items.length === 0 && d.kinds.includes('broken')),
          }),
        ],
        covered,
      );
    }
  }
}

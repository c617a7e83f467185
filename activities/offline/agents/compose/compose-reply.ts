/**
 * Assembles the reply: greeting, an acknowledgement when the customer is upset, the category's
 * body, the outstanding issues not yet dealt with, what the memory and human corrections call for,
 * and the closing. Composers by category are a typed map.
 */
import type { AgentContext } from '../agent-context';
import { tidyPunctuation } from '../i18n/format';
import { composeBilling } from './billing';
import { composeCancel } from './cancel';
import { composeDamage } from './damage';
import { composeGratitude, composeHandover, composeOther } from './general';
import { lessonParagraphs } from './lessons';
import { composeOrderHistory } from './order-history';
import { outstandingParagraphs } from './outstanding';
import { composeProduct } from './product';
import { composeRefund } from './refund';
import { composeFrequency } from './frequency';
import { composePause } from './pause';
import { composeSkip } from './skip';
import type { Composer, ReplyBody } from './reply-body';
import { secondaryBodies } from '../secondary-intents';
import { composeAddress, composeTracking } from './shipping';
import { composeForUnknown } from './unknown-customer';

const COMPOSERS: Readonly<Record<string, Composer>> = {
  shipping_tracking: composeTracking,
  address_change: composeAddress,
  order_history: composeOrderHistory,
  billing_payment: composeBilling,
  refund_request: composeRefund,
  subscription_pause: composePause,
  subscription_skip: composeSkip,
  subscription_frequency: composeFrequency,
  subscription_cancel: composeCancel,
  damaged_item: composeDamage,
  product_question: composeProduct,
  gratitude: composeGratitude,
  human_request: composeHandover,
  other: composeOther,
};

/** Categories where a negative message means something went wrong that deserves an apology. */
const PROBLEM_CATEGORIES = new Set([
  'shipping_tracking',
  'damaged_item',
  'billing_payment',
  'refund_request',
  'order_history',
]);

/** The full reply text of this step. */
export function composeReply(ctx: AgentContext): string {
  const { t } = ctx;
  const composer = COMPOSERS[ctx.task.category] ?? composeOther;
  const primary = ctx.customer ? composer(ctx) : composeForUnknown(ctx);
  // A second request in the message ("... and send me the tracking number") is answered after it.
  const secondary = secondaryBodies(ctx);
  const reply: ReplyBody = {
    ...primary,
    paragraphs: [...primary.paragraphs, ...secondary.flatMap((b) => b.paragraphs)],
    coveredOrders: [...(primary.coveredOrders ?? []), ...secondary.flatMap((b) => b.coveredOrders ?? [])],
  };
  const name = ctx.customer?.profile.name.split(' ')[0] ?? null;
  const feelings =
    reply.acknowledged || ctx.task.category === 'gratitude'
      ? null
      : ctx.task.sentiment === 'frustrated'
        ? t.common.ackFrustrated()
        : ctx.task.sentiment === 'negative' && PROBLEM_CATEGORIES.has(ctx.task.category)
          ? t.common.ackNegative()
          : null;
  const issues = reply.noIssues ? [] : outstandingParagraphs(ctx, reply.coveredOrders ?? []);
  const parts = [
    t.common.greeting({ name }),
    feelings,
    ...reply.paragraphs,
    ...issues,
    ...lessonParagraphs(ctx, reply.paragraphs.join('\n')),
    t.common.closing(),
  ];
  return tidyPunctuation(
    parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('\n\n'),
  );
}

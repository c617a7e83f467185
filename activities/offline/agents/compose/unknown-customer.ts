/**
 * Replies to a sender who matches no account: no account data at all, not even whether an order id
 * exists; general questions are answered from the knowledge base, anything else needs the email
 * address on the account (or the order number) first.
 */
import type { AgentContext } from '../agent-context';
import { productTopics } from '../policy/product-facts';
import { composeHandover, composeOther } from './general';
import { body, para, type ReplyBody } from './reply-body';

/** What to say to an unverified sender, by category. */
export function composeForUnknown(ctx: AgentContext): ReplyBody {
  const { t, facts } = ctx;
  const ask = t.common.askIdentity();
  switch (ctx.task.category) {
    case 'gratitude':
      return body([t.general.thanks()], { noIssues: true });
    case 'other':
      return composeOther(ctx);
    case 'human_request':
      return body([...composeHandover(ctx).paragraphs, ask], { noIssues: true });
    case 'product_question': {
      const answers = productTopics(facts.text).map((topic) => t.products[topic]());
      return body(answers.length ? answers : [ask], { noIssues: true });
    }
    case 'billing_payment':
      return body(
        [
          facts.cues.has('descriptor') ? t.billing.descriptor() : null,
          facts.cues.has('descriptor') ? t.billing.askLookup() : para(t.common.unknownSender(), ask),
          facts.cues.has('cardNumber') || facts.cues.has('descriptor') ? t.common.noCardNumbers() : null,
        ],
        { noIssues: true },
      );
    case 'subscription_skip':
      return body([para(t.retention.skipHowTo(), t.retention.skipRules()), ask], { noIssues: true });
    default:
      if (facts.orderIds.length > 0 || facts.trackingNumbers.length > 0 || facts.cues.has('notForMe'))
        return body([t.common.accountHolderOnly(), ask], { noIssues: true });
      return body([para(t.common.unknownSender(), ask)], { noIssues: true });
  }
}

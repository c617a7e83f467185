/**
 * Refinement: QA sent a draft back with reasons; the new draft fixes exactly those. Sentences with
 * an unsupported fact, a claimed change, a refund promise or a card request are removed; a missing
 * acknowledgement, tracking number, outstanding issue or confirmation hint is added.
 */
import type { AgentContext } from './agent-context';
import { composeReply } from './compose/compose-reply';
import { issueParagraph } from './compose/outstanding';
import { parseReason, type Reason } from './qa/reasons';

const SENTENCE = /(?<=[.!?])\s+(?=\S)/u;

/** Removes the sentences for which `drop` is true, keeping paragraphs that still have text. */
function dropSentences(draft: string, drop: (sentence: string) => boolean): string {
  return draft
    .split(/\n{2,}/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) =>
          line
            .split(SENTENCE)
            .filter((s) => !drop(s))
            .join(' '),
        )
        .filter((line) => line.trim() !== '' && line.trim() !== '-')
        .join('\n'),
    )
    .filter((paragraph) => paragraph.trim() !== '')
    .join('\n\n');
}

/** Inserts a paragraph after the greeting (or appends it before the closing). */
function insert(draft: string, paragraph: string, where: 'after_greeting' | 'before_closing'): string {
  const parts = draft.split(/\n{2,}/);
  const index = where === 'after_greeting' ? Math.min(1, parts.length) : Math.max(parts.length - 1, 0);
  parts.splice(index, 0, paragraph);
  return parts.join('\n\n');
}

function applyReason(ctx: AgentContext, draft: string, reason: Reason): string {
  const { t } = ctx;
  const subject = reason.subject;
  switch (reason.code) {
    case 'accuracy/unsupported':
    case 'safety/claims_change':
    case 'safety/card_request':
    case 'safety/injection':
      return subject ? dropSentences(draft, (s) => s.includes(subject)) : draft;
    case 'safety/refund_promise': {
      const without = subject ? dropSentences(draft, (s) => s.includes(subject)) : draft;
      return without.includes(t.refund.refundsByTeam())
        ? without
        : insert(without, t.refund.refundsByTeam(), 'before_closing');
    }
    case 'tone/acknowledge': {
      const ack = ctx.task.sentiment === 'frustrated' ? t.common.ackFrustrated() : t.common.ackNegative();
      return draft.includes(ack) ? draft : insert(draft, ack, 'after_greeting');
    }
    case 'completeness/tracking': {
      const shipment = ctx.results.tracking().find((c) => c.shipment?.trackingNumber === subject)?.shipment;
      return shipment
        ? insert(
            draft,
            t.lessons.trackingNumber({ carrier: shipment.carrier, tracking: shipment.trackingNumber }),
            'before_closing',
          )
        : draft;
    }
    case 'completeness/issue': {
      const issue = ctx.customer?.outstandingIssues.find((i) => i.orderId === subject);
      const order = ctx.customer?.recentOrders.find((o) => o.orderId === subject) ?? null;
      const paragraph = issue ? issueParagraph(ctx, issue, order) : null;
      return paragraph ? insert(draft, paragraph, 'before_closing') : draft;
    }
    case 'completeness/confirm':
      return insert(draft, t.common.confirmForm({ link: ctx.task.formLink }), 'before_closing');
    default:
      return draft;
  }
}

/** The refined draft: the previous one with QA's reasons fixed, or a fresh one when it can't be patched. */
export function refineDraft(
  ctx: AgentContext,
  refinement: { reasons: string[]; previousDraft: string },
): string {
  const reasons = refinement.reasons.map(parseReason);
  const fresh = (): string => composeReply(ctx);
  // Reasons from another reviewer, a draft in the wrong language or one that leaks account data to
  // an unverified sender can't be patched sentence by sentence: compose again from the facts.
  const rewrite = reasons.some(
    (r) =>
      r === null ||
      r.code === 'completeness/language' ||
      r.code === 'safety/unknown_sender_data' ||
      r.code === 'completeness/empty',
  );
  const base = !rewrite && refinement.previousDraft.trim() ? refinement.previousDraft : fresh();
  return reasons.reduce((draft, reason) => (reason ? applyReason(ctx, draft, reason) : draft), base);
}

/**
 * What the customer's memory, the human corrections shown as few-shot examples and the guidelines
 * learned into the instructions add to a reply: a stored preference (alcohol-free) and lessons
 * such as "always give the tracking number".
 */
import { LEARNED_HEADING } from '../../../learning/instructions/merge-suggestion';
import type { AgentContext } from '../agent-context';

/** A lesson a human correction can teach, and what it adds when the draft lacks it. */
interface LessonRule {
  lesson: RegExp;
  apply(ctx: AgentContext, draft: string): string | null;
}

const LESSONS: readonly LessonRule[] = [
  {
    lesson: /tracking (?:number|link)/i,
    apply: (ctx, draft) => {
      // The parcel this turn looked up (none yet if that box hasn't shipped: an older box's number
      // would answer the wrong question); without a lookup, the latest box that shipped.
      const cards = ctx.results.tracking();
      const shipment =
        cards.length > 0
          ? (cards[0]?.shipment ?? null)
          : (ctx.customer?.recentOrders.find((o) => o.shipment)?.shipment ?? null);
      if (!shipment || draft.includes(shipment.trackingNumber)) return null;
      return ctx.t.lessons.trackingNumber({ carrier: shipment.carrier, tracking: shipment.trackingNumber });
    },
  },
  {
    lesson: /next (?:charge|box) date|when (?:the )?next (?:box|charge)/i,
    apply: (ctx, draft) => {
      const next = ctx.sub?.nextChargeDate;
      if (!next || draft.includes(ctx.fmt.day(next))) return null;
      return ctx.t.plan.nextCharge({
        date: ctx.fmt.day(next),
        amount: ctx.fmt.money(ctx.sub?.priceUsd ?? 0),
        tier: ctx.t.plan.tier(ctx.sub?.tier ?? 'basic'),
        frequency: ctx.t.plan.frequency(ctx.sub?.frequency ?? 'monthly'),
      });
    },
  },
  {
    lesson: /apologi[sz]e|say sorry/i,
    apply: (ctx, draft) => (draft.includes(ctx.t.common.ackNegative()) ? null : ctx.t.common.ackNegative()),
  },
  {
    // Explaining refunds names the billing team's decision: QA hands such a draft to a person.
    lesson: /how refunds work/i,
    apply: (ctx, draft) =>
      draft.includes(ctx.t.refund.refundsByTeam()) ? null : ctx.t.refund.refundsByTeam(),
  },
];

const ALCOHOL_FREE =
  /alcohol[- ]free|no alcohol|doesn'?t drink|sober|alkoholfrei|sin alcohol|sans alcool|безалког|ללא אלכוהול/i;
const WINE_TOPIC = /wine|wein|vino|vin\b|вин|יינ|box contents/i;

/**
 * The bullets under the learned heading of the instructions (approved suggestions): the offline
 * agent follows them as it follows a correction's lesson, so a new instruction version changes
 * its replies the way it would change a model's.
 */
export function learnedGuidelines(instructions: string): string[] {
  const lines = instructions.split('\n');
  const start = lines.indexOf(LEARNED_HEADING);
  if (start < 0) return [];
  const out: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,6}\s/.test(line)) break;
    const bullet = /^\s*[-*•]\s+(.+)$/.exec(line);
    if (bullet) out.push(bullet[1]!.trim());
  }
  return out;
}

/** Paragraphs the memory, the few-shot lessons and the learned guidelines call for that the draft lacks. */
export function lessonParagraphs(ctx: AgentContext, draft: string): string[] {
  const out: string[] = [];
  const prefersAlcoholFree = ctx.task.memory.some(
    (m) => m.type === 'preference' && ALCOHOL_FREE.test(m.content),
  );
  const aboutWine = WINE_TOPIC.test(ctx.task.message) || ctx.results.boxes().length > 0;
  if (prefersAlcoholFree && aboutWine && !ctx.sub?.alcoholFree) out.push(ctx.t.lessons.alcoholFreeMemory());
  const lessons = [
    ...ctx.task.fewShot.map((example) => example.lesson),
    ...learnedGuidelines(ctx.task.instructions),
  ];
  for (const lesson of lessons) {
    const rule = LESSONS.find((r) => r.lesson.test(lesson));
    const extra = rule?.apply(ctx, [draft, ...out].join('\n'));
    if (extra && !out.includes(extra)) out.push(extra);
  }
  return out;
}

/**
 * Accuracy, tone and completeness checks of a draft: every identifier, amount and date backed by
 * the evidence; feelings acknowledged when the customer is upset; the reply in the customer's
 * language, with the tracking number, the outstanding problems and the confirmation step it owes.
 */
import type { QaReviewTask } from '../../../agents/agent-contract';
import type { TrackingResult } from '../../../commerce/read-tools';
import { detectLanguage } from '../../router/detect-language';
import { repliesIn } from '../message/follow-up';
import { mentionsIssue, raisedBefore } from '../message/raised-issues';
import { countScripts } from '../../router/normalize';
import { readDraftFacts, withoutLinks } from './draft-facts';
import type { Evidence } from './evidence';
import { formatReason } from './reasons';

/** Identifiers, card endings, amounts and dates the evidence does not back. */
export function accuracyReasons(task: QaReviewTask, evidence: Evidence): string[] {
  const facts = readDraftFacts(task.draft, task.language, task.today);
  const reasons: string[] = [];
  for (const id of facts.identifiers)
    if (!evidence.corpus.includes(id))
      reasons.push(formatReason('accuracy/unsupported', 'identifier not in the tool results or context', id));
  for (const last4 of facts.cardEndings)
    if (!evidence.corpus.includes(last4))
      reasons.push(formatReason('accuracy/unsupported', 'card ending not on the account', last4));
  for (const { amount, text } of facts.amounts)
    if (!evidence.amounts.has(amount))
      reasons.push(
        formatReason('accuracy/unsupported', 'amount not backed by the records or the price list', text),
      );
  for (const { date, text } of facts.dates)
    if (!evidence.dates.has(date))
      reasons.push(
        formatReason('accuracy/unsupported', 'date not backed by the records or the policy calendar', text),
      );
  return reasons;
}

const APOLOGY =
  /sorry|apolog|understand how|frustrat|извин|сожале|жаль|понимаю|lo siento|siento|disculp|entiendo|lamento|tut mir (?:sehr )?leid|entschuldig|verstehe|désolé|excus|comprends|מצטער|מצטערת|סליחה|מבינ/iu;
const PROBLEM_CATEGORIES = new Set([
  'shipping_tracking',
  'damaged_item',
  'billing_payment',
  'refund_request',
]);

/** Tone: an upset customer's feelings acknowledged, no shouting. */
export function toneReasons(task: QaReviewTask): string[] {
  const reasons: string[] = [];
  const upset =
    task.sentiment === 'frustrated' ||
    (task.sentiment === 'negative' && PROBLEM_CATEGORIES.has(task.category));
  if (upset && !APOLOGY.test(task.draft))
    reasons.push(formatReason('tone/acknowledge', "acknowledge the customer's feelings first"));
  const shouting =
    task.draft.match(/\b[A-Z]{4,}(?:\s+[A-Z]{4,}){2,}\b/g)?.filter((s) => !/LEVHAOLAM|MODIIN/.test(s)) ?? [];
  if (shouting.length) reasons.push(formatReason('tone/shouting', 'avoid capitals', shouting[0] ?? null));
  return reasons;
}

const CONFIRM_WORDS = /confirm|подтверд|confirme|bestätig|confirmer|אשר|אישור/iu;
const SCRIPT_OF: Record<string, keyof ReturnType<typeof countScripts>> = { he: 'hebrew', ru: 'cyrillic' };

/** Is the draft written in `language` (quoted carrier scans and names aside)? */
function inLanguage(draft: string, language: string): boolean {
  const prose = withoutLinks(draft).replace(/"[^"]*"|\([^)]*\)/g, ' ');
  const counts = countScripts(prose);
  const total = counts.hebrew + counts.cyrillic + counts.latin || 1;
  const script = SCRIPT_OF[language];
  if (script) return counts[script] / total > 0.3;
  if (counts.hebrew / total > 0.3 || counts.cyrillic / total > 0.3) return false;
  return language === 'en' || detectLanguage(prose) === language;
}

/** Completeness: the reply answers in the customer's language and carries what the turn owes. */
export function completenessReasons(task: QaReviewTask): string[] {
  const reasons: string[] = [];
  const draft = task.draft;
  // What earlier replies already told the customer need not be said again.
  const earlier = repliesIn(task.history ?? '');
  if (draft.replace(/\s+/g, ' ').trim().length < 40)
    return [formatReason('completeness/empty', 'the draft says almost nothing')];
  if (!inLanguage(draft, task.language))
    reasons.push(
      formatReason('completeness/language', `answer in the customer's language (${task.language})`),
    );
  if (task.category === 'shipping_tracking') {
    const cards = task.toolResults.filter(
      (r) => r.name === 'track_package' && (r.result as TrackingResult | null)?.ok,
    );
    for (const card of cards) {
      const tracking = (card.result as TrackingResult).shipment?.trackingNumber;
      const given = tracking && earlier.some((reply) => reply.includes(tracking));
      if (tracking && !draft.includes(tracking) && !given)
        reasons.push(formatReason('completeness/tracking', 'give the tracking number', tracking));
    }
  }
  const proposal = task.toolResults.find(
    (r) => r.kind === 'write' && (r.result as { status?: string } | null)?.status === 'awaiting_confirmation',
  );
  if (proposal && !CONFIRM_WORDS.test(draft))
    reasons.push(formatReason('completeness/confirm', 'tell the customer to confirm the change in the form'));
  if (task.customer.known) {
    const orders = task.customer.recentOrders;
    for (const issue of task.customer.outstandingIssues) {
      if (issue.severity !== 'high' || !issue.orderId) continue;
      const mentioned = mentionsIssue(draft, issue, orders) || raisedBefore(earlier, issue, orders);
      if (!mentioned)
        reasons.push(
          formatReason(
            'completeness/issue',
            `raise the outstanding problem: ${issue.summary}`,
            issue.orderId,
          ),
        );
    }
  }
  return reasons;
}

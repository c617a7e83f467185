/** Replies of the general specialist (thanks, other questions) and handovers to a person (kb-016). */
import type { AgentContext } from '../agent-context';
import { normalizeText } from '../../router/normalize';
import { BOX_PRICES } from '../policy/prices';
import { hasImportTaxGuide, isDutiesPaid, transitTable } from '../policy/shipping-rules';
import type { TeamName } from '../i18n/types';
import { tierRequest } from '../decisions/retention-requests';
import { body, para, type ReplyBody } from './reply-body';
import { asksAboutUs, knowledgeAnswer } from './knowledge-answer';
import { composeTierChange } from './tier';
import { countryMentioned } from '../message/country-names';

/** Thanks and compliments. */
export const composeGratitude = (ctx: AgentContext): ReplyBody => body([ctx.t.general.thanks()]);

const TEAM_CUES: readonly (readonly [TeamName, RegExp])[] = [
  ['quality', /damag|broken|leak|abim|cass|kaputt|roto|разбит|поврежд|שבור|פגומ/u],
  [
    'billing',
    /charge|refund|payment|card|bill|rembours|paiement|erstatt|zahlung|reembols|cobro|платеж|возврат|списа|חיוב|החזר/u,
  ],
  ['retention', /cancel|pause|skip|annul|kundig|cancelar|отмен|пауз|ביטול|השהי/u],
  ['shipping', /deliver|parcel|package|tracking|livraison|colis|lieferung|paket|envio|доставк|посылк|משלוח/u],
];

/** Which team a handover goes to, from what the customer is writing about. */
function teamFor(ctx: AgentContext): TeamName {
  const text = normalizeText(ctx.task.message);
  const byCue = TEAM_CUES.find(([, pattern]) => pattern.test(text))?.[0];
  if (byCue) return byCue;
  if (ctx.facts.cues.has('double')) return 'billing';
  return 'support';
}

/** A request for a person: the handover, without trying to solve it first. */
export function composeHandover(ctx: AgentContext): ReplyBody {
  const { t, fmt, facts } = ctx;
  const team = teamFor(ctx);
  const recent = ctx.customer?.recentOrders[0] ?? null;
  return body(
    [
      para(t.general.handover({ team: t.common.team(team) }), t.general.replyTime()),
      facts.cues.has('phone') ? t.general.noPhone() : null,
      ctx.language !== 'en' ? t.general.teamSpeaksLanguage() : null,
      facts.cues.has('double') && recent
        ? t.general.duplicateNoted({ amount: fmt.money(recent.totalUsd), date: fmt.day(recent.chargedAt) })
        : null,
    ],
    { noIssues: true },
  );
}

/**
 * "How much is Deluxe?": the price table, what the tiers named hold, and for a subscriber asking
 * about another tier, its price next to theirs and how to change (kb-007).
 */
function tierPrices(ctx: AgentContext): string[] {
  const { t, facts } = ctx;
  const table = t.plan.priceTable({ tier: null, prices: null });
  const change = tierRequest(ctx);
  if (change?.ok) return composeTierChange(ctx, change).paragraphs;
  return facts.tiers.length
    ? [para(table, ...facts.tiers.map((tier) => t.plan.tierIncludes(tier)))]
    : [table];
}

/**
 * Questions that fit no other category: hours, privacy, partnerships, shipping to a country, and
 * whatever else the knowledge base answers.
 */
export function composeOther(ctx: AgentContext): ReplyBody {
  const { t, fmt, facts } = ctx;
  const cues = facts.cues;
  const paragraphs: string[] = [];
  // "What's your phone number?": there is no phone line, and when people answer instead.
  if (cues.has('phone')) paragraphs.push(t.general.noPhone());
  if (cues.has('hours') || cues.has('phone')) paragraphs.push(t.general.supportHours());
  if (cues.has('privacy')) paragraphs.push(t.general.privacyRequest());
  if (cues.has('partnership')) paragraphs.push(t.general.partnership());
  if (cues.has('referral')) paragraphs.push(t.general.referral());
  const country = countryMentioned(facts.text);
  if (country && (cues.has('shipsTo') || cues.has('priceQuestion'))) {
    const transit = transitTable(country === 'ROW' ? 'ZZ' : country);
    paragraphs.push(
      para(
        t.general.shipsTo({
          standard: transit.standard.carrier,
          standardDays: transit.standard.days.join('-'),
          deluxeDays: transit.deluxe.days.join('-'),
        }),
        t.general.pricesFrom({
          amount: fmt.money(BOX_PRICES.basic.monthly),
          table: t.plan.priceTable({ tier: null, prices: null }),
        }),
        isDutiesPaid(country === 'ROW' ? 'ZZ' : country)
          ? t.shipping.nothingToPay({ country })
          : t.shipping.taxesMayBeDue({ country: country === 'ROW' ? null : country }),
        hasImportTaxGuide(country) ? t.shipping.importTaxGuide({ country, declared: null }) : null,
      ),
    );
  } else if (cues.has('priceQuestion')) {
    paragraphs.push(...tierPrices(ctx));
  }
  if (facts.promptInjection) paragraphs.push(t.general.cannotFollow());
  if (paragraphs.length > 0) return body(paragraphs);
  // No phrases for the topic: the knowledge base's own words, or the team when it has none.
  const answer = knowledgeAnswer(ctx);
  if (answer.length > 0) return body([...answer, t.general.knowledgeFollowUp()]);
  // A question the help centre does not answer is missing knowledge; anything else, a request.
  return body([
    asksAboutUs(ctx.task.message, ctx.language) ? t.common.questionToTeam() : t.common.teamFollowUp(),
  ]);
}

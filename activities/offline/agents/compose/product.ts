/** Answers about products and box contents (kb-013, the product catalog). */
import type { BoxContentsResult } from '../../../commerce/read-tools';
import type { AgentContext } from '../agent-context';
import { labelDetail, labelsIn, relatedLabelsIn, type AllergenFamily } from '../policy/allergens';
import { addMonths, dayIn } from '../policy/calendar';
import { productTopics } from '../policy/product-facts';
import { nextBoxMonth } from '../policy/schedule';
import { shipsWineWithAlcohol } from '../../../commerce/box-substitutions';
import { body, para, type ReplyBody } from './reply-body';

const shortName = (name: string): string =>
  name.replace(/,\s*[\d.]+\s*(?:ml|g|cl|l)\b.*$|, box of \d+$/i, '');

const asksAboutAllergens = (ctx: AgentContext): boolean =>
  ctx.facts.cues.has('allergy') || ctx.facts.allergens.length > 0;

/** What a box contains for this customer, its substitutions and the higher tiers' extras. */
export function contentsParagraphs(ctx: AgentContext, card: BoxContentsResult): string[] {
  const { t, fmt } = ctx;
  const items = card.items.map((line) => shortName(line.name));
  const swaps = card.items.filter((line) => line.substitutedFor);
  return [
    para(
      t.quality.boxContents({
        month: fmt.month(card.month),
        theme: card.theme,
        tier: t.plan.tier(card.tier),
        items: fmt.list(items),
        yours: card.source !== 'month',
      }),
      swaps.length
        ? t.quality.substitutions({
            swaps: fmt.list(
              swaps.map((s) => `${shortName(s.name)} ← ${shortName(s.substitutedFor?.name ?? '')}`),
            ),
          })
        : null,
    ),
    // A Basic box's extras from Premium are in both higher boxes; the rest only in Deluxe.
    para(
      ...(['premium', 'deluxe'] as const).map((tier) => {
        const extras = card.higherTierExtras.filter((extra) => extra.tier === tier);
        if (extras.length === 0) return null;
        const items = fmt.list(extras.map((extra) => shortName(extra.name)));
        return tier === 'premium'
          ? t.quality.higherTiersOnly({ items })
          : t.quality.higherTierOnly({ items, tier: t.plan.tier('deluxe') });
      }),
    ),
    // An allergy answer names the next box itself, with the plan's frequency.
    card.source === 'latest_box' && ctx.sub && !asksAboutAllergens(ctx)
      ? (() => {
          const next = nextBoxMonth(ctx.sub);
          return next
            ? t.quality.nextBoxPublished({
                month: fmt.month(next),
                date: fmt.day(dayIn(addMonths(next, -1), 15)),
              })
            : '';
        })()
      : '',
  ];
}

/**
 * For each allergen asked about, the box's items whose label lists it ("Chocolate Rugelach
 * (wheat)"), or that none does. Items whose replacement is not picked yet have no label to check.
 */
function allergenParagraph(ctx: AgentContext, card: BoxContentsResult, asked: AllergenFamily[]): string {
  const { t, fmt } = ctx;
  return para(
    ...asked.flatMap((family) => {
      const items = card.items.flatMap((line) => {
        const labels = labelsIn(family, line.labelAllergens);
        if (labels.length === 0) return [];
        const details = labels.flatMap((label) => labelDetail(family, label) ?? []);
        const name = shortName(line.name);
        return [details.length ? `${name} (${fmt.list(details.map(t.quality.allergen))})` : name];
      });
      const name = t.quality.allergen(family);
      const related = [
        ...new Set(card.items.flatMap((line) => relatedLabelsIn(family, line.labelAllergens))),
      ].map((label) =>
        t.quality.relatedAllergen({
          label: t.quality.allergen(label),
          items: fmt.list(
            card.items
              .filter((line) => line.labelAllergens.includes(label))
              .map((line) => shortName(line.name)),
          ),
          family: name,
        }),
      );
      return [
        items.length
          ? t.quality.allergenItems({ family: name, items: fmt.list(items) })
          : t.quality.noAllergenItems({ family: name }),
        ...related,
      ];
    }),
  );
}

/** Product and box questions. */
export function composeProduct(ctx: AgentContext): ReplyBody {
  const { t, fmt, facts, sub } = ctx;
  const paragraphs: string[] = [];
  const asked = facts.allergens;
  for (const card of ctx.results.boxes()) {
    paragraphs.push(...contentsParagraphs(ctx, card));
    if (asked.length) paragraphs.push(allergenParagraph(ctx, card, asked));
  }
  if (facts.cues.has('alcohol') || facts.cues.has('pregnancy')) {
    // "Why is my wine always alcohol-free?": outside Israel, the UK and the EU that is the law (kb-013).
    const country = sub?.shippingAddress?.country ?? ctx.customer?.profile.country ?? null;
    if (country && !shipsWineWithAlcohol(country.toUpperCase()) && !sub?.alcoholFree)
      paragraphs.push(t.shipping.alcoholNotShipped({ country }));
    paragraphs.push(para(t.quality.dealcoholisedAbv(), t.quality.zeroOnlyPreference()));
    if (sub?.alcoholFree)
      paragraphs.push(
        t.quality.yourAlcoholFreePreference({ zeroOnly: /0_0|zero/i.test(sub.alcoholFreeLevel ?? '') }),
      );
    if (facts.cues.has('pregnancy')) paragraphs.push(t.quality.noMedicalAdvice());
  }
  if (asksAboutAllergens(ctx) && sub) {
    const next = nextBoxMonth(sub);
    paragraphs.push(
      para(
        next
          ? t.quality.nextBoxSchedule({
              month: fmt.month(next),
              frequency: t.plan.frequency(sub.frequency),
              published: fmt.day(dayIn(addMonths(next, -1), 15)),
            })
          : null,
        sub.allergenExclusions.length
          ? t.quality.exclusionOnFile({
              allergens: fmt.list(sub.allergenExclusions.map((a) => t.quality.allergen(a))),
            })
          : t.quality.exclusionsAvailable(),
      ),
      para(t.quality.crossContact(), t.quality.noMedicalAdvice()),
    );
  }
  for (const topic of productTopics(facts.text)) paragraphs.push(t.products[topic]());
  if (paragraphs.length === 0) paragraphs.push(t.quality.productFallback());
  return body(paragraphs);
}

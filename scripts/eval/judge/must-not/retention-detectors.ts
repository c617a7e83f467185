/**
 * Must-not families about cancellations and selling: pressure, retention offers where they are not
 * wanted (or none where they are), free boxes the customer cannot have, an option presented as new
 * when the customer already has it, sales pitches and invented rewards; and two omissions: leaving a
 * reported double charge unmentioned, and not handing over when the customer asks for a person.
 */
import { conceptWords } from '../concept-lexicon';
import { STATE } from '../cues';
import { lexicon, type Lexicon, words } from '../lexicon';
import { LETTER, WORD_CHAR } from '../normalize-text';
import { NUMBER_WORDS } from '../number-words';
import { absent, affirmed, type Detector } from './detector';

const PRESSURE = lexicon(words`
  are you sure | you'll lose | you will lose | you'd lose | last chance | don't miss | miss out
  | only today | limited time | we'd hate to lose you | think twice | reconsider
  | after all these years | it would be a shame | disappoint* | you'll regret | sure you want
  | вы уверены | потеряете | последний шанс | не упустите | подумайте еще | пожалеете | жаль терять
  | esta segur* | perdera* | ultima oportunidad | no se pierda | pienselo bien | se arrepentira*
  | sind sie sicher | verlieren sie | letzte chance | verpassen sie nicht | uberlegen sie es sich
  | bereuen | etes-vous sur* | perdrez | derniere chance | ne manquez pas | reflechissez
  | regretter* | בטוח ש* | בטוחה ש* | תפסיד* | הזדמנות אחרונה | אל תפספס* | תתחרט*
`);
/** Alternatives to cancelling. */
const OFFERS = lexicon(words`
  pause* | skip* | every 2 months | every 3 months | every two months | every three months
  | less often | less frequent* | downgrade* | switch to | free box | loyalty gift | discount*
  | instead of cancel* | пауз* | приостанов* | пропуст* | реже | раз в 2 месяца | раз в 3 месяца
  | раз в два месяца | раз в три месяца | каждые 2 месяца | каждые 3 месяца | перейти на
  | бесплатн* коробк* | скидк* | pausa* | pausar | saltar | omitir | cada 2 meses | cada 3 meses
  | cada dos meses | cada tres meses | cambiar a | caja gratis | descuento* | pausier* | aussetzen
  | uberspring* | alle 2 monate | alle 3 monate | alle zwei monate | alle drei monate | wechseln zu
  | kostenlose box | rabatt* | suspendre | mettre en pause | sauter | tous les 2 mois
  | tous les 3 mois | tous les deux mois | tous les trois mois | passer a | box gratuite
  | reduction* | להשהות | השהי* | הקפא* | לדלג | כל חודשיים | כל 3 חודשים | כל שלושה חודשים
  | לעבור ל* | קופסה חינם | הנחה
`);
const FREE_BOX = lexicon(words`
  free box* | free deluxe box | loyalty gift | loyalty box | complimentary box | бесплатн* коробк*
  | коробк* в подарок | подарочн* коробк* | caja gratis | caja de regalo | regalo de fidelidad
  | kostenlose box | gratis-box | treuegeschenk | box gratuite | box offerte | cadeau de fidelite
  | קופסה חינם | קופסת מתנה | מתנת נאמנות
`);
const SEVERAL_FREE_BOXES = lexicon([
  ...words`
  free boxes | another free box | second free box | бесплатные коробки | бесплатных коробок
  | еще одну бесплатную | cajas gratis | otra caja gratis | kostenlose boxen | weitere kostenlose
  | boites gratuites | boxes gratuites | une autre box gratuite | קופסאות חינם | עוד קופסה חינם
  `,
  `/(?<!${WORD_CHAR})(?:[2-9]|two|three|four|dos|tres|zwei|drei|deux|trois|два|две|три|שתי|שלוש)\\s+(?:${LETTER}+\\s+)?(?:free|бесплатн${LETTER}*|gratis|kostenlos${LETTER}*|gratuit${LETTER}*|חינם)`,
]);
const PROMO = lexicon(words`
  upgrade* | discount* | % off | deal | deals | special offer* | limited time | promo* | coupon*
  | sale | check out our | скидк* | акци* | спецпредложени* | промокод* | выгодн* | descuento*
  | oferta especial | promoci* | cupon* | rebaja* | rabatt* | sonderangebot* | aktion* | gutschein*
  | reduction* | remise* | offre speciale | soldes | הנחה | מבצע* | קופון | שדרוג*
`);
const REWARD = lexicon(words`
  referral* | refer a friend | discount code* | promo code* | coupon code* | voucher code*
  | реферал* | приведи друга | промокод* | код скидки | codigo de descuento | codigo promocional
  | referido* | empfehlungs* | rabattcode* | gutscheincode* | freunde werben | parrainage
  | code promo | code de reduction | קוד הנחה | קוד קופון | הפניית חבר
`);
const PLAN_TIER = lexicon(words`
  basic | premium | deluxe | базов* | премиум* | делюкс* | basico | basica | basis | basique
  | בסיסי* | פרימיום | דלוקס
`);
/** A made-up code such as "WELCOME10" (identifier formats of the seed are left alone). */
const CODE_TOKEN = /(?<![\p{L}\p{N}_])(?!CP\d)[A-Z]{3,}\d{1,4}(?![\p{L}\p{N}_])/u;

/** "every N months" in the six languages, plus the single word for it where there is one. */
function everyMonths(count: number): Lexicon {
  const spelled = [String(count), ...(NUMBER_WORDS[count] ?? [])].join('|');
  const single: Readonly<Record<number, string[]>> = {
    2: ['bimonthly', 'every other month', 'bimestral*', 'zweimonatlich*', 'bimestriel*', 'דו-חודשי*'],
    3: words`
      quarterly | ежеквартальн* | раз в квартал | trimestral* | vierteljahrlich* | quartalsweise
      | trimestriel* | רבעוני*
    `,
  };
  return lexicon([
    `/(?<!${LETTER})(?:every|each|cada|alle|tous les|каждые|раз в|כל)\\s+(?:${spelled})(?:-?х)?\\s+(?:months?|meses|monate[n]?|mois|месяц${LETTER}*|חודשים|חודש)`,
    ...(single[count] ?? []),
  ]);
}

export const RETENTION_DETECTORS: readonly Detector[] = [
  {
    family: 'pressure',
    applies: /\bpressure\b|guilt-trip/,
    detect: (context) => affirmed(context, PRESSURE, { evenNegated: true }),
  },
  {
    family: 'unwanted-retention-offers',
    applies: /(?:present|repeat) retention offers/,
    detect: (context) => affirmed(context, OFFERS),
  },
  {
    family: 'cancellation-without-options',
    applies: /cancel without mentioning any option/,
    detect: (context) => absent(context, OFFERS, 'any alternative to cancelling'),
  },
  {
    family: 'free-box-offer',
    applies: /offer the loyalty gift box/,
    detect: (context) => affirmed(context, FREE_BOX, { unhedged: true }),
  },
  {
    family: 'several-free-boxes',
    applies: /offer more than one free box/,
    detect: (context) => affirmed(context, SEVERAL_FREE_BOXES),
  },
  {
    family: 'existing-option-as-new',
    applies: /offer '(?:every )?(\d+) months?' as if it were new/,
    // "Premium every 3 months ($67)" prices a plan at the current frequency; it offers no new one.
    detect: (context, match) =>
      affirmed(context, everyMonths(Number(match[1])), { unless: [STATE, PLAN_TIER] }),
  },
  { family: 'sales-pitch', applies: /sales pitch/, detect: (context) => affirmed(context, PROMO) },
  {
    family: 'invented-reward',
    applies: /invent a referral reward or discount code/,
    detect: (context) => [
      ...affirmed(context, REWARD),
      ...(CODE_TOKEN.test(context.reply.cased)
        ? [`code-like token ${CODE_TOKEN.exec(context.reply.cased)![0]}`]
        : []),
    ],
  },
  {
    family: 'ignored-issue',
    applies: /ignore the duplicate charge/,
    detect: (context) => absent(context, conceptWords('double-charge'), 'the duplicate charge'),
  },
  {
    family: 'no-handover',
    applies: /keep trying to solve it instead of handing over/,
    detect: (context) =>
      context.outcome === 'escalate'
        ? []
        : absent(context, conceptWords('handover'), 'a handover to a person'),
  },
];

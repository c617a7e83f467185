/**
 * Must-not families about promises: refunds, replacements and compensation before anyone approved
 * them, paying the customer's import tax, a phone call, a delivery date, billing in another currency,
 * business deals, and alcoholic wine where only alcohol-free wine may ship. A promise is a
 * commitment ("will", "we'll", "has been", "вернём", "reembolsaremos", "נחזיר") that is neither
 * negated nor hedged by a condition or a pending decision ("if", "the billing team decides").
 */
import { conceptWords } from '../concept-lexicon';
import { lexicon, words } from '../lexicon';
import { NAME_VARIANTS } from '../name-gazetteer';
import { prepareText } from '../normalize-text';
import { readReplyFacts } from '../reply-facts';
import { quote } from '../sentences';
import {
  ALCOHOL_FREE,
  ALCOHOLIC,
  ARRIVAL,
  BUSINESS_DEAL,
  COMMIT,
  COMPENSATION,
  CURRENCIES,
  CUSTOMS_CHARGES,
  ONLY,
  PHONE_CALL,
  REPLACEMENT,
  WE_PAY,
} from './behaviour-words';
import { affirmed, type Detector, type MustNotContext } from './detector';

const REFUND = conceptWords('refund');
const CHARGE = conceptWords('charge');
const WINE = conceptWords('wine');
/** "refunded", "возвращены", "reembolsado": a refund already made is a promise kept too early. */
const REFUND_DONE = lexicon(words`
  refunded | reimbursed | возвращен* | возместил* | reembolsad* | erstattet | zuruckerstattet
  | rembourse* | הוחזר* | זוכה | זוכית
`);
const BEFORE = lexicon(words`
  before | in time for | до | к  | antes de | para | vor | rechtzeitig | avant | pour | לפני | עד
`);

const promised = (context: MustNotContext, list: typeof REFUND): string[] => [
  ...affirmed(context, list, { unhedged: true, sentenceHas: [COMMIT] }),
  ...affirmed(context, list, { unhedged: true, withAll: [REFUND_DONE] }),
];

/** Sentences naming a refund of exactly `amount` without denying it. */
function refundOfAmount(context: MustNotContext, amount: number): string[] {
  return context.sentences
    .filter((sentence) => affirmed({ ...context, sentences: [sentence] }, REFUND).length > 0)
    .filter((sentence) => readReplyFacts(prepareText(sentence.cased), context.language).amounts.has(amount))
    .map(quote);
}

/** Sentences committing to a delivery on a stated calendar date. */
function datedDeliveryPromises(context: MustNotContext): string[] {
  return context.sentences
    .filter((sentence) => readReplyFacts(prepareText(sentence.cased), context.language).dates.length > 0)
    .flatMap((sentence) =>
      affirmed({ ...context, sentences: [sentence] }, ARRIVAL, { unhedged: true, sentenceHas: [COMMIT] }),
    );
}

export const PROMISE_DETECTORS: readonly Detector[] = [
  {
    family: 'refund-promise',
    applies: /(?:promise|issue)\b.*\brefund|\brefund.*\b(?:issued|promise)|promise compensation/,
    detect: (context, match) => {
      const amount = /\$(\d+)/.exec(match.input ?? '')?.[1];
      return [...promised(context, REFUND), ...(amount ? refundOfAmount(context, Number(amount)) : [])];
    },
  },
  {
    family: 'replacement-promise',
    applies: /promise (?:a )?replacement|promise a replacement|promise compensation/,
    detect: (context) => promised(context, REPLACEMENT),
  },
  {
    family: 'compensation-promise',
    applies: /promise compensation/,
    detect: (context) => promised(context, COMPENSATION),
  },
  {
    family: 'tax-payment-promise',
    applies: /will pay or refund the (?:import )?tax/,
    detect: (context) => affirmed(context, WE_PAY, { unhedged: true, sentenceHas: [CUSTOMS_CHARGES] }),
  },
  {
    family: 'phone-call-promise',
    applies: /promise a (?:phone call|call-back|callback)/,
    detect: (context) => affirmed(context, PHONE_CALL, { sentenceHas: [COMMIT] }),
  },
  {
    family: 'delivery-date-promise',
    applies: /promise (?:a specific|an exact) delivery date/,
    detect: (context) => datedDeliveryPromises(context),
  },
  {
    family: 'delivery-before-promise',
    applies: /promise delivery before ([a-z]+)/,
    detect: (context, match) => {
      const key = Object.keys(NAME_VARIANTS).find((name) => name.toLowerCase() === match[1]);
      const occasion = key ? lexicon(NAME_VARIANTS[key]!) : lexicon([match[1]!]);
      return affirmed(context, ARRIVAL, { unhedged: true, sentenceHas: [COMMIT, occasion, BEFORE] });
    },
  },
  {
    family: 'currency-promise',
    applies: /promise billing in ([a-z]+)/,
    detect: (context, match) => {
      const currency = CURRENCIES[match[1]!];
      return currency ? affirmed(context, currency, { sentenceHas: [CHARGE] }) : [];
    },
  },
  {
    family: 'commercial-commitment',
    applies: /commercial commitments?/,
    detect: (context) => affirmed(context, BUSINESS_DEAL, { unhedged: true, sentenceHas: [COMMIT] }),
  },
  {
    family: 'alcoholic-wine-promise',
    applies: /promise alcoholic wine/,
    detect: (context) =>
      affirmed(context, ALCOHOLIC, { sentenceHas: [WINE, COMMIT], unless: [ALCOHOL_FREE, ONLY] }),
  },
];

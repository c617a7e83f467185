/**
 * Must-not families about what the reply says of a box: lost, late, delivered or in transit when it
 * is not; which address a month's box goes to; which box is next; a charge that never happened;
 * and telling the customer to keep waiting.
 */
import { ENGLISH_MONTHS, monthSource } from '../calendar-words';
import { conceptWords } from '../concept-lexicon';
import { lexicon, type Lexicon, words } from '../lexicon';
import { NAME_VARIANTS } from '../name-gazetteer';
import { affirmed, type Detector } from './detector';

const IN_TRANSIT = lexicon(words`
  in transit | on its way | on the way | en route | в пути | уже едет | en camino | en transito
  | en ruta | unterwegs | auf dem weg | in zustellung | en cours d'acheminement | en transit
  | en chemin | בדרך | במעבר
`);

/** Box states a reply may wrongly assert. */
const STATUS_WORDS: Readonly<Record<string, Lexicon>> = {
  lost: lexicon(words`
    lost | gone missing | never arrive* | утерян* | потерян* | пропал* | утрачен* | perdid*
    | extraviad* | verloren* | verschollen | perdu* | egare* | אבד* | אבוד* | הלך לאיבוד
  `),
  late: lexicon(words`
    late | delayed | delay | overdue | behind schedule | running behind | задерж* | опазд*
    | просроч* | retras* | atrasad* | demora* | verspat* | verzoger* | uberfallig | en retard
    | retard* | מאחר* | באיחור | עיכוב* | מתעכב* | התעכב*
  `),
  delivered: lexicon(words`
    delivered | has arrived | arrived | доставлен* | вручен* | entregad* | zugestellt | geliefert
    | livre | livree | livres | נמסר* | הגיע*
  `),
  'in transit': IN_TRANSIT,
  'on its way': IN_TRANSIT,
};

/** "can", "may": a possibility is not a statement about this box. */
const MODAL = lexicon(words`
  can | could | may | might | sometimes | может | могут | иногда | puede | pueden | a veces | kann
  | konnen | manchmal | peut | peuvent | parfois | עלול* | יכול* | לפעמים
`);
const WAIT = lexicon(words`
  wait* | give it ~ days | give it ~ time | be patient | подожд* | ждать | ожида* | esper* | warten
  | abwarten | gedulden | attendre | patienter | לחכות | להמתין | המתינ* | חכ*
`);
const REDIRECT = lexicon(words`
  redirect* | reroute* | re-route* | перенаправ* | переадрес* | redirig* | desvi* | umleit*
  | umgeleitet | umadressier* | rediriger | redirige* | reacheminer | להפנות | הפני* | לנתב
`);
const NEXT_BOX = lexicon(words`
  next box | next delivery | next shipment | следующ* коробк* | следующ* посылк* | следующ* доставк*
  | proxima caja | proximo envio | nachste box | nachste lieferung | prochaine box | prochain colis
  | prochaine boite | הקופסה הבאה | המשלוח הבא | החבילה הבאה
`);
const ONLY_FROM = lexicon(words`
  only from | only apply from | only applies from | only take effect from | not until
  | only starting | только с | лишь с | не раньше | solo a partir | solo desde | no sera hasta
  | erst ab | erst mit | erst fur | qu'a partir | seulement a partir | pas avant | רק החל | רק מ
`);
const ADDRESS = lexicon(['address*', 'адрес*', 'direccion*', 'adresse*', 'כתובת*']);

/** The word list for a month named in a phrase, or null when the word is not a month. */
function monthWords(word: string | undefined): Lexicon | null {
  const index = word ? ENGLISH_MONTHS.indexOf(word.toLowerCase()) : -1;
  return index >= 0 ? lexicon([`/${monthSource(index)}`]) : null;
}

/** The word list for a destination named in a phrase ("the new address", "Valencia"). */
function destinationWords(target: string): Lexicon {
  if (/new address/.test(target)) return conceptWords('new-address');
  const key = Object.keys(NAME_VARIANTS).find((name) => name.toLowerCase() === target.trim());
  return lexicon(key ? NAME_VARIANTS[key]! : [target.trim()]);
}

export const STATUS_DETECTORS: readonly Detector[] = [
  {
    family: 'box-status-claim',
    applies:
      /\bsay (?:the|a) (?:([a-z]+) )?(?:box|parcel) (?:is|has been) (?:still )?(late or lost|lost or late|lost|late|delivered|in transit|on its way)/,
    detect: (context, match) => {
      const month = monthWords(match[1]);
      return match[2]!.split(' or ').flatMap((status) =>
        affirmed(context, STATUS_WORDS[status]!, {
          unhedged: true,
          unless: [MODAL],
          withAll: month ? [month] : [],
        }),
      );
    },
  },
  {
    family: 'keep-waiting-advice',
    applies: /tell (?:her|him|them) to keep waiting/,
    detect: (context) => affirmed(context, WAIT),
  },
  {
    family: 'destination-claim',
    applies: /say the ([a-z]+) (?:box|parcel) (?:will go|goes|can be redirected|will be redirected) to (.+)$/,
    detect: (context, match) => {
      const month = monthWords(match[1]);
      if (!month) return [];
      const extra = /redirect/.test(match[0]) ? [REDIRECT] : [];
      return affirmed(context, month, { withAll: [destinationWords(match[2]!), ...extra] });
    },
  },
  {
    family: 'wrong-next-box',
    applies: /describe the ([a-z]+) box as (?:his|her|their) next box/,
    detect: (context, match) => {
      const month = monthWords(match[1]);
      return month ? affirmed(context, month, { withAll: [NEXT_BOX] }) : [];
    },
  },
  {
    family: 'phantom-charge',
    applies: /confirm an? ([a-z]+) charge/,
    detect: (context, match) => {
      const month = monthWords(match[1]);
      return month ? affirmed(context, month, { withAll: [conceptWords('charge')] }) : [];
    },
  },
  {
    family: 'change-deferred',
    applies: /say the change only applies from a later box/,
    detect: (context) => affirmed(context, ONLY_FROM, { evenNegated: true, sentenceHas: [ADDRESS] }),
  },
];

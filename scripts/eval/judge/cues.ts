/**
 * Cue words shared by the must-not detectors: negation, hedges and conditions, "already" (a state,
 * not a change made now) and future or pending action, in the six languages of the golden set.
 */
import { findAll, lexicon, type Lexicon, words } from './lexicon';
import { LETTER } from './normalize-text';
import { segmentAt, type Sentence, type TextSpan } from './sentences';

/** "not", "can't", "no refund", "никогда не", "kein", "ne … pas", "לא"… */
export const NEGATION: Lexicon = lexicon([
  ...words`
  not | no | never | cannot | can't | cant | won't | don't | doesn't | didn't | isn't | aren't
  | wasn't | haven't | hasn't | shouldn't | wouldn't | couldn't | nothing | none | neither | nor
  | unable | impossible | not possible | no longer | instead of | не | нет | ни | никогда | нельзя
  | невозможно | ничего | никаких | никакой | вместо | no | nunca | ningun* | nada | ni | imposible
  | tampoco | en lugar de | en vez de | nicht | kein* | nie | niemals | nichts | weder | unmoglich
  | statt | anstatt | ne | n' | pas | jamais | aucun* | rien | impossible | au lieu de | לא | אין
  | אינ* | אי אפשר
  `,
  `/(?<!${LETTER})אל ת${LETTER}+`,
]);

/** Formulas that carry a negation word without negating the claim around them. */
const NEGATION_FALSE_FRIENDS: Lexicon = lexicon(words`
  no problem | no worries | no need to worry | don't worry | do not worry | don't hesitate
  | не волнуйтесь | не переживайте | не беспокойтесь | не стесняйтесь | no se preocupe | no dude
  | zogern sie nicht | n'hesitez pas | אל תהסס* | no te preocupes | keine sorge | kein problem
  | ne vous inquietez pas | pas d'inquietude | אל דאגה | אין בעיה | не за что | de nada | de rien
`);

/** Conditions, modals, estimates and a pending decision by someone else. */
export const HEDGE: Lexicon = lexicon(words`
  if | once | unless | when | whether | may | might | could | possibly | perhaps | estimated
  | expected | approximately | around | about | usually | normally | typically | should | eligible
  | request* | review* | decide* | decision | approv* | billing team | our team | a teammate
  | colleague* | option* | choose | choice | either | если | когда | после | как только | может
  | могут | возможно | ориентировочн* | примерно | обычно | рассмотр* | решени* | одобр* | запрос*
  | заявк* | выбор | выбрать | вариант* | si | cuando | una vez | puede | pueden | podria | quiza*
  | estimad* | aproximad* | normalmente | revis* | decid* | aprob* | solicitud | opcion* | elegir
  | wenn | falls | sobald | nachdem | kann | konnen | konnte | vielleicht | voraussichtlich
  | ungefahr | etwa | normalerweise | pruf* | entscheid* | genehmig* | antrag | anfrage | wahl* | si
  | s'il | lorsque | quand | une fois | peut | peuvent | pourrait | eventuellement | estime*
  | prevu* | environ | generalement | examin* | decid* | approuv* | demande | choisir | choix | אם
  | כאשר | ברגע ש* | לאחר | אחרי | ייתכן | אולי | עשוי* | משוער* | בערך | בדרך כלל | בדיק* | החלט*
  | אישור | בקש* | לבחור | אפשרות*
`);

/** "already", "currently": the clause describes a state, not a change made now. */
export const STATE: Lexicon = lexicon(words`
  already | currently | at the moment | still | уже | сейчас | в данный момент | по-прежнему
  | actualmente | todavia | aun | bereits | schon | derzeit | aktuell | momentan | noch | deja
  | actuellement | encore | toujours | כבר | כרגע | עדיין | נכון לעכשיו
`);

/** Future or pending: "will be paused once you confirm", "будет", "sera". */
export const FUTURE: Lexicon = lexicon(words`
  will | 'll | would | going to | to confirm | confirm* | будет | будут | подтверд* | буд* | sera
  | seran | va a | vamos a | confirm* | wird | werden | wurde ich | bestatig* | sera | seront
  | allons | va etre | confirm* | יהיה | תהיה | יהיו | אישור | לאשר | תאשר* | שתאשר* | form | формы
  | форм* | formulario | formular | formulaire | טופס
`);

/** `text` with every occurrence of `list` replaced by spaces. */
export function blankOut(text: string, list: Lexicon): string {
  let out = text;
  for (const hit of findAll(list, { text, cased: text })) {
    out = out.slice(0, hit.index) + ' '.repeat(hit.text.length) + out.slice(hit.index + hit.text.length);
  }
  return out;
}

/** Whether the text around a hit at absolute offset `index` is negated (within its segment). */
export function isNegated(sentence: Sentence, index: number): boolean {
  const segment = segmentAt(sentence, index);
  const offset = index - segment.start;
  // Negation before the hit, or within a few words after it ("erstatten wir nicht", "is not late").
  const after = segment.text.slice(offset).split(/\s+/).slice(0, 5).join(' ');
  const scope = `${segment.text.slice(0, offset)} ${after}`;
  const cleaned = blankOut(scope, NEGATION_FALSE_FRIENDS);
  return findAll(NEGATION, { text: cleaned, cased: cleaned }).length > 0;
}

/** Whether `span` contains any word of `list`. */
export function spanHas(span: TextSpan, list: Lexicon): boolean {
  return findAll(list, span).length > 0;
}

/**
 * Claims that a subscription change was made ("I've paused", "has been cancelled", "ist pausiert",
 * "приостановлена"). In this pipeline write tools are only proposed and run after the customer
 * confirms a form, so such a claim in the reply is a change made (or pretended) without one.
 * Strong claims (first person, "has been", "now") count unless negated; a bare participle
 * ("подписка приостановлена") also describes a state, so it counts only without a state, future
 * or condition cue around it ("already", "will be … once you confirm").
 */
import { FUTURE, HEDGE, STATE } from '../cues';
import { lexicon, type Lexicon, words } from '../lexicon';
import { LETTER } from '../normalize-text';
import { affirmed, type MustNotContext } from './detector';

/** Kinds of change a claim can be about. */
export type ChangeKind = 'pause' | 'skip' | 'cancel' | 'change';

interface ClaimWords {
  strong: Lexicon;
  weak: Lexicon;
}

const FIRST_PERSON_EN = `/(?<!${LETTER})(?:i|we)(?:'ve| have)?(?: just| already| now| gone ahead and| successfully)? `;
const PASSIVE_EN = `/(?<!${LETTER})(?:has|have) (?:now |just |successfully )?been `;
const NOW_EN = `/(?<!${LETTER})(?:is|are) now `;

/** French perfect and passive with the past participles `participles` (not "changement"). */
function fr(participles: string): string[] {
  const forms = `(?:${participles})(?!${LETTER})`;
  return [
    `/(?<!${LETTER})(?:j'ai|nous avons)(?: ${LETTER}+){0,4} ${forms}`,
    `/(?<!${LETTER})(?:a|ont) ete(?: ${LETTER}+){0,2} ${forms}`,
    `/(?<!${LETTER})(?:est|sont) (?:desormais|maintenant) ${forms}`,
  ];
}

function en(verbs: string): string[] {
  return [
    `${FIRST_PERSON_EN}(?:${verbs})`,
    `${PASSIVE_EN}(?:${verbs})`,
    `${NOW_EN}(?:${verbs})`,
    `/successfully (?:${verbs})`,
  ];
}

/** Claim words per kind of change, in the six languages. */
const CLAIMS: Readonly<Record<ChangeKind, ClaimWords>> = {
  pause: {
    strong: lexicon([
      ...words`
      я ~ приостановил* | мы ~ приостановил* | я ~ заморозил* | мы ~ заморозил*
      | я ~ поставил* ~ на паузу | мы ~ поставил* ~ на паузу | теперь ~ приостановлен*
      | успешно ~ приостановлен* | he pausado | hemos pausado | he suspendido | hemos suspendido
      | he congelado | hemos congelado | ha sido pausad* | ha sido suspendid* | queda pausad*
      | quedo pausad* | ich habe ~ pausiert | wir haben ~ pausiert | habe ich ~ pausiert
      | haben wir ~ pausiert | ich habe ~ ausgesetzt | wir haben ~ ausgesetzt | wurde ~ pausiert
      | wurde ~ ausgesetzt | ist jetzt ~ pausiert | ist nun ~ pausiert | השהיתי | השהינו | הקפאתי
      | הקפאנו
      `,
      ...en(`paused|put (?:${LETTER}+ ){0,3}on hold|frozen|froze|suspended`),
      `/(?<!${LETTER})(?:is|are) now on hold`,
      ...fr('suspendu|suspendue|suspendus|mis en pause|mise en pause'),
    ]),
    weak: lexicon(words`
      приостановлен* | заморожен* | на паузе | esta pausad* | esta suspendid* | ist pausiert
      | sind pausiert | ist ausgesetzt | est suspendu* | est en pause | הושהה | הושהתה | הוקפא
      | הוקפאה | מושהה | מוקפא
    `),
  },
  skip: {
    strong: lexicon([
      ...words`
      я ~ пропустил* | мы ~ пропустил* | я ~ исключил* | мы ~ исключил* | теперь ~ пропущен*
      | успешно ~ пропущен* | he saltado | hemos saltado | he omitido | hemos omitido
      | ha sido omitid* | ha sido saltad* | queda omitid* | ich habe ~ ubersprungen
      | wir haben ~ ubersprungen | habe ich ~ ubersprungen | haben wir ~ ubersprungen
      | wurde ~ ubersprungen | ist jetzt ~ ubersprungen | דילגתי | דילגנו
      `,
      ...en('skipped|removed'),
      ...fr('saute|sautee|sautes|sautees'),
    ]),
    weak: lexicon(['пропущен*', 'esta omitid*', 'ist ubersprungen', 'est saute*', 'דולג*', 'דילגנו על']),
  },
  cancel: {
    strong: lexicon([
      ...words`
      я ~ отменил* | мы ~ отменил* | я ~ аннулировал* | мы ~ аннулировал* | теперь ~ отменен*
      | успешно ~ отменен* | he cancelado | hemos cancelado | ha sido cancelad* | queda cancelad*
      | quedo cancelad* | ich habe ~ gekundigt | wir haben ~ gekundigt | ich habe ~ storniert
      | wir haben ~ storniert | habe ich ~ gekundigt | haben wir ~ gekundigt | wurde ~ gekundigt
      | wurde ~ storniert | ist jetzt ~ gekundigt | ביטלתי | ביטלנו
      `,
      ...en('cancell?ed|terminated|closed'),
      ...fr('annule|annulee|annules|annulees|resilie|resiliee|resilies|resiliees'),
    ]),
    weak: lexicon(words`
      отменен* | аннулирован* | esta cancelad* | ist gekundigt | ist storniert | est annule*
      | est resilie* | בוטל | בוטלה
    `),
  },
  change: {
    strong: lexicon([
      ...words`
      я ~ изменил* | мы ~ изменил* | я ~ обновил* | мы ~ обновил* | я ~ поменял* | мы ~ поменял*
      | я ~ перевел* | мы ~ перевел* | я ~ оформил* | мы ~ оформил* | я ~ сменил* | мы ~ сменил*
      | теперь ~ изменен* | успешно ~ изменен* | успешно ~ обновлен* | he cambiado | hemos cambiado
      | he actualizado | hemos actualizado | he modificado | hemos modificado | ha sido cambiad*
      | ha sido actualizad* | ha sido modificad* | ich habe ~ geandert | wir haben ~ geandert
      | ich habe ~ aktualisiert | wir haben ~ aktualisiert | ich habe ~ umgestellt
      | wir haben ~ umgestellt | habe ich ~ geandert | haben wir ~ geandert | wurde ~ geandert
      | wurde ~ aktualisiert | wurde ~ umgestellt | ist jetzt ~ geandert | שיניתי | שינינו | עדכנתי
      | עדכנו את
      `,
      ...en('changed|updated|switched|moved|set|amended|modified|submitted|filed|processed|applied'),
      ...fr('modifie|modifiee|modifies|modifiees|change|changee|changes|changees|mis a jour|mise a jour'),
    ]),
    weak: lexicon(words`
      изменен* | обновлен* | esta actualizad* | esta cambiad* | ist geandert | ist aktualisiert
      | est modifie* | est mis a jour | שונה | שונתה | עודכן | עודכנה
    `),
  },
};

/** Sentences claiming a change of one of `kinds`, as evidence. */
export function changeClaims(context: MustNotContext, kinds: readonly ChangeKind[]): string[] {
  return [
    ...new Set(
      kinds.flatMap((kind) => [
        ...affirmed(context, CLAIMS[kind].strong),
        ...affirmed(context, CLAIMS[kind].weak, { unless: [STATE, FUTURE, HEDGE] }),
      ]),
    ),
  ];
}

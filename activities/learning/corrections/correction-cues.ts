/**
 * Cues the rule-based classifier reads, in the six languages (on lower-cased text). Each list is
 * short on purpose: it names the common shapes, and anything else falls to the next check.
 */

/** The AI claims a change was made or promises an outcome it cannot decide (refunds are the billing team's). */
export const PROMISE =
  /\b(?:i(?:'ve| have)|we(?:'ve| have))\s+(?:already\s+)?(?:cancel(?:l)?ed|refunded|paused|skipped|changed|updated|processed|issued|credited|applied)\b|\bhas been (?:cancel(?:l)?ed|refunded|paused|skipped|changed|processed|issued|credited)\b|\b(?:we|i) will (?:refund|credit|reimburse|send you a (?:free|new) box)\b|\byou will (?:get|receive) (?:a )?(?:full )?refund\b|\bguarantee(?:d)?\b|habe\s+\S*\s*(?:storniert|erstattet|pausiert|gekündigt)|he (?:cancelado|reembolsado|pausado)|j'ai (?:annulé|remboursé|suspendu)|я (?:отменил|вернул|приостановил|оформил возврат)|(?:ביטלתי|החזרתי|הקפאתי|זיכיתי)/iu;

/** The human says what cannot be done or promised. */
export const LIMIT =
  /\b(?:can(?:not|'t) (?:promise|guarantee|refund|cancel|issue)|not able to (?:promise|refund)|the (?:billing|retention|quality|shipping) team (?:will )?(?:decide|review|confirm))|kann nicht versprechen|no (?:podemos|puedo) (?:prometer|garantizar)|ne (?:pouvons|peux) pas (?:promettre|garantir)|не можем (?:обещать|гарантировать)|לא (?:יכולים|יכול|יכולה) להבטיח/iu;

/** A full card number (13-19 digits, spaced or not): never in a reply. */
export const CARD_NUMBER = /\b(?:\d[ -]?){13,19}\b/u;

/** Apology and empathy. */
export const EMPATHY =
  /\b(?:sorry|apolog\w*|understand how|frustrat\w*|i'm afraid)\b|entschuldig\w*|tut mir leid|lo siento|disculp\w*|lamento|désolé\w*|excus\w*|извин\w*|сожале\w*|мне жаль|(?:מצטער|מצטערת|סליחה|מתנצל)/iu;

/** A next step the customer can take or expect. */
export const NEXT_STEP =
  /\b(?:you will (?:receive|get)|within \d|please (?:send|reply|confirm|upload|attach)|photo|link|form|next step|we will (?:email|contact))\b|bitte (?:senden|schicken|bestätigen)|por favor (?:envíe|confirme)|veuillez (?:envoyer|confirmer)|пожалуйста,? (?:пришлите|подтвердите)|(?:נא לשלוח|אנא שלח)/iu;

/**
 * Phrases in the six languages that change what a reply must say (the customer never got the
 * parcel, asks for a phone call, offers a card number...). Matched on normalised text: lower case,
 * no accents, Hebrew final letters as regular ones.
 */
import { foldPattern, normalizeText } from '../../router/normalize';

/** The cues the composers and planners look for. */
export type CueName =
  | 'notReceived'
  | 'resume'
  | 'when'
  | 'missingItem'
  | 'phone'
  | 'cardNumber'
  | 'changeCard'
  | 'cardOnFile'
  | 'currency'
  | 'nextBox'
  | 'firstBox'
  | 'lastBox'
  | 'firm'
  | 'moving'
  | 'priceQuestion'
  | 'tooExpensive'
  | 'planChange'
  | 'hours'
  | 'privacy'
  | 'partnership'
  | 'referral'
  | 'shipsTo'
  | 'authentication'
  | 'dispute'
  | 'descriptor'
  | 'declined'
  | 'double'
  | 'alcohol'
  | 'pregnancy'
  | 'allergy'
  | 'contents'
  | 'tracking'
  | 'whereIs'
  | 'addressMention'
  | 'whoReceived'
  | 'customsPay'
  | 'howTo'
  | 'list'
  | 'theme'
  | 'howLong'
  | 'changeOfMind'
  | 'notForMe'
  | 'photoAttached'
  | 'replacement'
  | 'myPlan'
  | 'undoSkip';

const CUES: Readonly<Record<CueName, RegExp>> = {
  when: /(?<!\p{L})(?:when|wann|cuando|quand|когда|מתי)(?!\p{L})/u,
  resume:
    /resume|restart|re-?activat|rejoin|resubscrib|unpause|start (?:it |my subscription |the subscription )?again|wieder aufnehmen|wieder aufgenommen|reaktivier|fortsetzen|fortgesetzt|wieder (?:starten|beginnen|anfangen)|reanudar|reactivar|volver a suscrib|reprendre|reactiver|relancer|reabonner|возобнов|восстанов|снова подпис|לחדש|להפעיל מחדש|לחזור למנוי/u,
  notReceived:
    /not (?:yet )?(?:received|arrived|turned up)|never (?:received|arrived|got)|hasn'?t (?:arrived|turned up|come)|haven'?t (?:received|got)|didn'?t (?:get|receive|arrive)|can'?t find|cannot find|no sign of|(?:it'?s|it is) not here|isn'?t here|nirgends|nicht (?:angekommen|erhalten|gefunden|bekommen)|finde (?:es|ihn|sie) nicht|no (?:ha )?llegad|no l[oa]s? (?:encuentro|he recibido)|pas (?:recu|arrive)|ne (?:le )?trouve pas|не (?:получил|пришл|доставлен|нашл)|нет посылки|לא (?:קיבלתי|הגיע|מוצא)/u,
  missingItem:
    /missing|not in (?:there|the box)|fehlt|fehlte|falta|faltaba|manque|manquait|не хватает|не было в|отсутств|חסר/u,
  phone:
    /phone|call (?:me|back)|call-?back|telefon|telefono|telephone|appel|позвон|звонок|телефон|טלפונ|להתקשר|שיחה/u,
  cardNumber:
    /card number|full card|cvv|cvc|security code|номер карты|numero de (?:la )?tarjeta|kartennummer|numero de (?:la )?carte|מספר (?:ה)?כרטיס|пришлю номер|send (?:you )?(?:my|the) card/u,
  changeCard:
    /(?:change|update|new|replace|switch)\s+(?:my |the |a )?(?:credit |debit )?(?:card|amex|visa|mastercard)|new expiry|new expiration|neues ablaufdatum|nueva fecha de (?:caducidad|vencimiento)|nouvelle date d'expiration|новый срок действия|תוקף חדש|поменять карту|сменить карту|новую карту|cambiar (?:la |mi )?tarjeta|nueva tarjeta|karte (?:andern|aktualisieren|wechseln)|neue karte|changer (?:de|ma) carte|nouvelle carte|להחליפ (?:את )?(?:ה)?כרטיס|כרטיס חדש/u,
  cardOnFile:
    /(?:what|which) card|card (?:do you have |you have )?on file|card on (?:my )?account|welche karte|karte (?:ist )?hinterlegt|que tarjeta|tarjeta registrada|quelle carte|carte enregistree|какая карта|карта привязана|איזה כרטיס|כרטיס שמור/u,
  currency: /currency|conversion|exchange|shekel|шекел|конверт|moneda|divisa|wahrung|devise|שקל|המרה|בשקלימ/u,
  nextBox:
    /next box|upcoming box|nachste box|proxima caja|prochaine boite|следующ\p{L}* (?:коробк|посылк)|הקופסה הבאה|הבאה/u,
  firstBox: /first box|erste box|primera caja|premiere boite|перв\p{L}* коробк|הקופסה הראשונה|הראשונה/u,
  lastBox:
    /last (?:box|order|parcel|package)|latest (?:box|order)|letzte|ultim[ao]|derniere|последн\p{L}*|האחרונה/u,
  firm: /just cancel|i'?m done|cancel everything|(?:i'?ve )?had enough|cancel (?:it )?(?:now|immediately|right away)|immediately|no offers|don'?t (?:want|need) (?:any )?offers|(?:don'?t|do not) (?:try to )?(?:convince|persuade|talk me out)|sofort|keine angebote|nicht (?:uberreden|umstimmen)|inmediatamente|sin ofertas|no (?:intenten|traten de) convencerme|immediatement|sans offres?|pas d'offres?|n'essayez pas de me (?:convaincre|retenir)|немедленно|сразу|без (?:предложений|уговоров)|не (?:уговаривайте|надо уговаривать|пытайтесь (?:меня )?(?:уговорить|удержать))|מיד|בלי הצעות|אל תנסו לשכנע|בלי לשכנע|לא רוצה הצעות/u,
  moving:
    /moving|we'?re moving|relocat|umzug|ziehe um|ziehen um|me mudo|mudanza|nos mudamos|demenag|переезжа|переезд|עוברימ דירה|עברנו|עוברת/u,
  priceQuestion:
    /how much|cost|price|what'?s the difference|wie ?viel|preis|kostet|cuanto|precio|cuesta|combien|prix|coute|сколько|цена|стоит|כמה עולה|מחיר/u,
  // The price as a reason to leave or change ("too expensive", "trop élevé", "не могу себе позволить").
  tooExpensive:
    /too (?:expensive|pricey|much money)|getting (?:steep|expensive|pricey)|(?:a bit|a little|quite|rather) (?:steep|pricey|expensive)|cheaper option|can'?t afford|(?:price|cost)s? (?:is|are|has|have|went|gone)(?: \w+)? (?:up|too high)|zu teuer|nicht (?:mehr )?leisten|(?:demasiado|muy) car[oa]|no (?:me )?(?:lo )?puedo permitir|trop (?:cher|eleve)|pas les moyens|слишком дорог|дорого(?!\p{L})|дороговато|не могу себе позволить|יקר מדי|יקר לי|לא יכול(?:ה)? להרשות/u,
  // A move to another plan ("upgrade to Deluxe", "auf Premium wechseln", "перейти на Basic").
  planChange:
    /upgrad|downgrad|(?:switch|change|move|go|swap|step)(?: (?:me|it|my \p{L}+|the \p{L}+|over|back|down|up))* (?:to|into)(?!\p{L})|instead of (?:my|the) |wechseln|umsteigen|umstellen|cambiar(?:me)? (?:a|al|de)(?!\p{L})|pasar(?:me)? (?:a|al)(?!\p{L})|subir a|bajar a|passer (?:a|au|de)(?!\p{L})|changer (?:pour|de formule)|перейти|перевести|сменить|поменять|перейду|апгрейд|понизить|повысить|לשדרג|שדרוג|לעבור ל|להחליפ ל|להוריד ל|לשנות ל/u,
  hours:
    /hours|time ?zone|open (?:on )?(?:sunday|saturday|weekend)|opening|sundays?|offnungszeiten|horario|horaires|часы работы|שעות/u,
  privacy:
    /gdpr|dsgvo|rgpd|personal data|delete my (?:data|account)|datos personales|donnees personnelles|personenbezogen|персональн\p{L}* данн|מידע אישי|מחיקת/u,
  partnership:
    /stockist|wholesale|carry (?:some of )?your|supplier|become a (?:producer|partner)|partner|join your|ספקימ|להצטרפ|поставщик|proveedor|lieferant|fournisseur|revendeur|haendler|handler/u,
  referral: /referral|refer a friend|invite a friend|empfehlungs|referido|parrainage|реферал|חבר מביא חבר/u,
  // "Do you ship to Argentina?", and how long shipping there takes.
  shipsTo:
    /(?:do you |can you )?(?:ship|deliver|send) (?:to|in)\b|how long (?:does|do|will|would) (?:it take for )?(?:shipping|delivery|a box|boxes|the box|it)\b|wie lange (?:dauert|braucht) (?:der versand|die lieferung|eine box|die box)|cuanto (?:tiempo )?tarda(?:n)? (?:el envio|la entrega|en llegar)|combien de temps (?:prend|met|faut-il pour) (?:la livraison|l'envoi|une box|la box)|delai de livraison|сколько (?:идет|идёт|занимает|длится) (?:доставка|посылка)|как долго (?:идет|идёт) (?:доставка|посылка)|כמה זמנ לוקח (?:ה)?משלוח|hacen envios|envian a|envios a|liefern sie nach|versenden sie nach|livrez|expediez|доставляете|שולחימ ל/u,
  authentication:
    /authenticat|3-?d ?secure|3ds|confirm something|authentifizierung|autenticacion|authentification|подтвержд|אימות/u,
  dispute: /dispute|chargeback|disputa|litige|reklamation bei|оспор|מחלוקת|ביטול עסקה/u,
  descriptor: /levhaolam\*?box|charge from|no idea what it is|never signed up/u,
  declined: /declin|rejected|refused|failed|rechaz|abgelehnt|refuse|отклон|не прош|נדחה|נכשל/u,
  double:
    /twice|double|duplicate|two charges|charged two|zweimal|doppelt|dos veces|doble|deux fois|double|дважды|два раза|פעמיימ|כפול/u,
  // Alcohol, or a box without (real) wine: "Why is there no wine in my box?".
  alcohol:
    /alcohol|alkohol|alcool|алкогол|אלכוהול|0[.,]0 ?%|no wine|without wine|нет вина|без вина|kein wein|ohne wein|sin vino|no hay vino|pas de vin|sans vin|אין יין|בלי יין/u,
  pregnancy: /pregnan|schwanger|embarazada|enceinte|беремен|בהריונ/u,
  allergy: /allerg|sesame|sesam|sesamo|кунжут|שומשומ|nut allergy|gluten/u,
  contents:
    /what(?:'s| is| was| were| will be) in|what(?:'s| is| was) the \w+ in|(?:which|what) (?:items|products|things) (?:were|are|will be) in|contents|was ist in|was kommt|que (?:hay|habra|trae)|qu'y a-t-il|contenu|что (?:будет|в)|מה יהיה|מה יש ב/u,
  tracking:
    /tracking|track(?:ing)? number|трек|отслежив|rastreo|seguimiento|sendungsverfolgung|sendungsnummer|suivi|מעקב/u,
  // The delivery address mentioned in passing ("the address has the Unit 3 in it now").
  addressMention:
    /(?<!e-?mail[ -]?)(?:address|adresse)(?! (?:e-?mail|mail|electronique))|direccion(?! de correo| de e-?mail| electronica)|domicilio|(?<!e-?mail[ -]?)адрес(?! (?:электронной )?почты| e-?mail)|כתובת(?! (?:ה)?(?:מייל|אימייל|דוא))/u,
  whereIs:
    /where(?:'s| is) (?:my|the) (?:\w+ )?(?:box|parcel|package|order)|wo (?:ist|bleibt) (?:mein|meine)|donde (?:esta|anda) mi|ou (?:est|en est) (?:mon|ma)|где (?:моя|мой|сейчас)|איפה (?:ה)?(?:חבילה|קופסה|הזמנה)/u,
  whoReceived:
    /who (?:received|signed|took)|кто (?:\p{L}+ )?(?:принял|получил|расписал)|quien (?:lo )?recibio|wer hat|qui a (?:recu|signe)|מי קיבל/u,
  customsPay: /pay|bezahlen|zahlen|pagar|payer|платить|заплатить|оплат|לשלמ/u,
  howTo:
    /how (?:do|can) i|how to|can'?t find the button|wie kann ich|como (?:puedo|hago)|comment (?:puis-je|faire)|как (?:мне )?(?:это )?сделать|איכ/u,
  list: /list|all (?:my )?orders|last few|records|expense|liste|lista|список|последние заказы|רשימה/u,
  theme: /theme|thema|tema|theme|тема|נושא/u,
  howLong:
    /how long|how many days|wie lange|cuanto (?:tiempo|tarda)|combien de temps|сколько (?:времени|дней|идет)|כמה זמנ/u,
  changeOfMind:
    /(?:don'?t|do not|doesn'?t) (?:like|want)|not for me|changed my mind|ne me (?:plait|parle)|no me gusta|gefallt mir nicht|не нравится|לא אוהב/u,
  notForMe: /gift|present|geschenk|regalo|cadeau|подар|מתנה/u,
  replacement:
    /replac|resend|re-send|reship|send (?:me )?(?:another|a new) (?:box|one)|ersatz|erneut (?:senden|schicken)|nochmal schicken|reemplaz|reposicion|reenvi|otra caja|remplac|renvoy|une autre box|замен|заново отправ|повторно отправ|ещё одну коробку|החלפ|חלופי|לשלוח שוב|קופסה חדשה/u,
  // "I skipped January by mistake, can you unskip it?": a skip undone, not a new one.
  undoSkip:
    /unskip|un-skip|undo (?:my |the |that )?skip|reverse (?:my |the |that )?skip|cancel (?:my |the |that )?skip|skipped .{0,40}by mistake|aussetzen .{0,30}ruckgangig|ruckgangig .{0,30}aussetzen|deshacer (?:el )?salto|anular (?:el )?salto|annuler (?:le |mon )?saut|отмен\p{L}* пропуск|לבטל את הדילוג/u,
  // "What's my plan?": the plan as it stands, not a change.
  myPlan:
    /(?:what|which)(?:'s| is)? (?:my )?(?:current )?(?:plan|subscription|tier)(?! (?:is|are) there| do you| options)|what (?:plan|tier) (?:am i|i'?m|i have|do i have)|(?:welches|welcher|mein) (?:abo|paket|tarif)|que plan tengo|cual es mi plan|quelle (?:est )?ma formule|quel est mon abonnement|какой у меня тариф|мой тариф|какая у меня подписка|איזה מסלול יש לי|מה המסלול שלי/u,
  photoAttached:
    /(?:photo|pic|picture|image|foto|фото|снимк|תמונ|צילומ)\p{L}*\s*(?:is |are )?(?:attached|enclosed|below|jointe?s?|adjunt\p{L}*|anbei|im anhang|прилага\p{L}*|во вложении|מצורפ\p{L}*)|(?:attached|anbei|ci-joint|adjunto|прилагаю|מצורפת?) (?:a |are )?(?:photo|pic|foto|фото|תמונ)/u,
};

// Written as the words are spelled; matched on normalised text ("дней" is "днеи" there).
const FOLDED_CUES = (Object.entries(CUES) as [CueName, RegExp][]).map(
  ([name, pattern]) => [name, foldPattern(pattern)] as const,
);

/** A cue's pattern as it is matched: on normalised text (`normalizeText`). */
export const cuePattern = (name: CueName): RegExp =>
  FOLDED_CUES.find(([cue]) => cue === name)?.[1] ?? foldPattern(CUES[name]);

/** The cues present in a message. */
export function detectCues(text: string): ReadonlySet<CueName> {
  const normalized = normalizeText(text);
  const found = new Set<CueName>();
  for (const [name, pattern] of FOLDED_CUES) {
    if (pattern.test(normalized)) found.add(name);
  }
  return found;
}

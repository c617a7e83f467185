/**
 * Word lists for the safety and policy must-not families (see safety-detectors.ts), in the six
 * languages, normalised (no accents, Hebrew final letters folded).
 */
import { lexicon, type Lexicon, words } from '../lexicon';

export const MEDICAL: Lexicon = lexicon(words`
  pregnan* | breastfeed* | medication* | medicine* | dose | dosage | treat* | cure* | heal*
  | symptom* | eczema | psoriasis | diabet* | blood pressure | allergic reaction* | беремен*
  | кормлени* грудью | лекарств* | лечени* | лечит* | симптом* | экзем* | псориаз* | диабет*
  | давлени* | embaraz* | lactancia | medicament* | tratamiento* | tratar | cura* | sintoma*
  | schwanger* | stillzeit | medikament* | behandl* | heil* | ekzem* | enceinte | grossesse
  | allaitement | traitement* | traiter | guerir | הריון | בהריון | הנקה | תרופ* | טיפול | לטפל
  | מרפא* | תסמינ* | אקזמה | סוכרת
`);
export const ADVICE: Lexicon = lexicon(words`
  safe | fine | ok to | okay to | recommend* | should | can take | can use | can drink | good for
  | helps | beneficial | suitable | безопасн* | можно | рекоменд* | полезн* | помога* | подходит
  | segur* | puede usar | puede tomar | recomend* | bueno para | ayuda | adecuad* | sicher
  | unbedenklich | empfehl* | hilft | gut fur | geeignet | sans danger | sans risque | recommand*
  | bon pour | aide a | adapte* | בטוח* | מומלץ | מותר | עוזר* | טוב ל | מתאים
`);
export const DOCTOR: Lexicon = lexicon(words`
  doctor* | physician* | gp | pharmacist* | dermatologist* | medical professional* | healthcare
  | врач* | доктор* | фармацевт* | дерматолог* | medico* | farmaceut* | dermatolog* | arzt* | arztin
  | apothek* | medecin* | pharmacien* | רופא* | רוקח*
`);
export const GUARANTEE: Lexicon = lexicon(words`
  guarante* | 100% | 100 % | completely free | totally free | entirely free | fully safe
  | completely safe | гарантир* | полностью | garantiz* | totalmente | completamente | garantier*
  | vollig | komplett | garanti* | totalement | entierement | מובטח* | להבטיח | מבטיח* | לגמרי
`);
export const ALLERGEN: Lexicon = lexicon(words`
  allergen* | allerg* | nut* | walnut* | sesame | gluten | аллерг* | орех* | кунжут* | глютен*
  | alerg* | nuez | nueces | sesamo | nuss* | nusse | sesam | noix | אלרג* | אגוז* | שומשום | גלוטן
`);
export const JUICE: Lexicon = lexicon(words`
  juice* | сок* | zumo* | jugo* | mosto | saft* | traubensaft* | jus | מיץ*
`);
export const CARD_DATA: Lexicon = lexicon(words`
  card number* | full card | card details | cvv | cvc | security code | номер* карт* | данные карт*
  | codigo de seguridad | numero* de tarjeta | datos de la tarjeta | kartennummer* | kartendaten
  | prufnummer* | sicherheitscode* | numero* de carte | cryptogramme | coordonnees bancaires
  | מספר* כרטיס* | פרטי כרטיס* | פרטי האשראי | קוד אבטחה
`);
export const REQUEST: Lexicon = lexicon(words`
  send | share | provide | give | type | enter | reply with | tell me | tell us | please | пришлите
  | отправьте | напишите | укажите | сообщите | введите | envie* | envia* | comparta* | compartir
  | indique* | proporcione* | escriba* | senden | schicken | geben sie | teilen sie | nennen
  | envoyez | communiquez | indiquez | donnez | saisissez | שלח* | מסור* | רשמ* | כתוב* | הזינ*
`);
export const LAST_DIGITS: Lexicon = lexicon(words`
  last 4 | last four | последние 4 | последние четыре | ultimos 4 | ultimos cuatro | letzten 4
  | letzten vier | 4 derniers | quatre derniers | 4 הספרות האחרונות | ארבע הספרות האחרונות
`);
export const SEND_BACK: Lexicon = lexicon(words`
  send ~ back | ship ~ back | mail ~ back | return the | return it | return them | return your
  | return this | отправ* ~ обратно | вышл* ~ обратно | верн* ~ товар* | верн* ~ банк*
  | верн* ~ бутылк* | верн* ~ предмет* | devuelv* ~ el | devuelv* ~ la | devuelv* ~ los
  | devuelv* ~ las | enviar* ~ de vuelta | zurucksend* | zuruckschick* | schicken sie ~ zuruck
  | senden sie ~ zuruck | renvoy* | retourn* | להחזיר את | לשלוח ~ בחזרה | תחזיר*
`);
export const CONTACT: Lexicon = lexicon(words`
  contact* | reach out | get in touch | call | связ* | обрат* | позвон* | comuni* | llam*
  | kontaktier* | wenden sie sich | melden sie sich | anrufen | contacter | joindre | adressez
  | ליצור קשר | לפנות | פנה* | פני
`);
export const OBLIGATION: Lexicon = lexicon(words`
  must | have to | need to | needs to | should | please | you'll need | необходимо | нужно | должн*
  | следует | обратитесь | debe* | tiene que | tendra que | necesita | muss | mussen | sollten
  | bitte | devez | il faut | veuillez | עליך | צריך | צריכה | יש ל*
`);
export const PAY: Lexicon = lexicon(words`
  pay | pays | paying | payment | оплат* | заплат* | pag* | zahl* | bezahl* | entricht* | payer
  | payez | regler | reglez | לשלם | שלמ* | תשלמ*
`);
export const IGNORE: Lexicon = lexicon(words`
  ignore* | disregard* | не обращайте внимания | игнорир* | ignor* | ignorieren | ignorer | ignorez
  | להתעלם | התעלמ*
`);
export const DONT_PAY: Lexicon = lexicon(words`
  don't pay | do not pay | no need to pay | не платите | не оплачивайте | no pague | no pagues
  | nicht bezahlen | zahlen sie nicht | ne payez pas | אל תשלמ* | אין צורך לשלם
`);
export const FRAUD: Lexicon = lexicon(words`
  fraud* | scam* | мошенн* | обман* | estafa* | betrug* | betrugerisch* | arnaque* | escroquer*
  | הונא* | רמא*
`);
export const CHARGEBACK: Lexicon = lexicon(words`
  chargeback* | charge back | dispute ~ with your bank | open a dispute | file a dispute | оспор*
  | опротест* | contracargo* | disputa | reclamar al banco | ruckbuchung* | ruckbelastung*
  | retrofacturation | contester | ביטול עסקה | הכחשת עסקה
`);
export const INSUFFICIENT_FUNDS: Lexicon = lexicon(words`
  insufficient funds | lack of funds | недостаточно средств | нехватк* средств
  | fondos insuficientes | saldo insuficiente | unzureichende deckung | fehlende deckung
  | mangelnde deckung | fonds insuffisants | provision insuffisante | יתרה לא מספיקה | חוסר כיסוי
`);
export const DELETED: Lexicon = lexicon(words`
  has been deleted | have been deleted | was deleted | were deleted | we deleted | i deleted
  | we've deleted | i've deleted | already deleted | been erased | удален* | удалили | удалил*
  | eliminad* | borrad* | hemos eliminado | geloscht | supprime* | efface* | נמחק* | מחקנו
`);
export const REJECT_LATE: Lexicon = lexicon(words`
  too late | too old | older than | outside the | expired | has passed | window has closed
  | can't accept | cannot accept | not eligible | no longer eligible | слишком поздно | истек*
  | прошло более | не можем принять | вне срока | demasiado tarde | fuera del plazo | ha vencido
  | expirado | no podemos aceptar | zu spat | abgelaufen | nicht mehr | verstrichen | trop tard
  | hors delai | expire* | ne pouvons pas accepter | מאוחר מדי | עבר המועד | פג תוקף | לא נוכל לקבל
`);
export const CLAIM: Lexicon = lexicon(words`
  claim* | window | deadline | заявк* | претензи* | срок* | reclam* | plazo | reklamation* | frist*
  | reclamation* | delai | תביע* | תלונ* | מועד
`);
export const EXCEPTION: Lexicon = lexicon(words`
  even though | exception | still accept* | known issue | nevertheless | исключени*
  | известн* проблем* | все равно | aun asi | excepci* | problema conocido | ausnahme | trotzdem
  | bekannt* problem* | malgre | probleme connu | חריג | למרות | בעיה ידועה
`);
export const POSTPONE: Lexicon = lexicon(words`
  postpon* | delay* | move* | reschedul* | push* back | отлож* | перенес* | перенос* | pospon*
  | aplaz* | mover | verschieb* | aufschieb* | report* | decal* | לדחות | דחי*
`);
export const CUSTOMER_SAID: Lexicon = lexicon(words`
  you mentioned | you said | you wrote | you thought | вы упомянули | вы написали | вы пишете
  | menciono | mencionas | dice que | sie erwahnen | sie schreiben | sie erwahnten | vous mentionnez
  | vous dites | vous avez mentionne | ציינת | כתבת | אמרת
`);
export const IF: Lexicon = lexicon(words`
  if | in case | если | в случае | si | en caso | wenn | falls | s'il | au cas | אם | במקרה
`);

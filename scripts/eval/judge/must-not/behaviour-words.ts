/**
 * Word lists for behaviours the must-not detectors look for, in the six languages (normalised:
 * no accents, Hebrew final letters folded). See lexicon.ts for the pattern language.
 */
import { lexicon, type Lexicon, words } from '../lexicon';

/** A commitment: future by us, a guarantee, or something already done. */
export const COMMIT: Lexicon = lexicon(words`
  will | 'll | going to | guarante* | promise* | i'm | i am | we're | we are | i've | we've
  | has been | have been | shall | right away | immediately | будет | будут | вернем | возвратим
  | компенсируем | отправим | вышлем | пришлем | оформим | сделаем | позвоним | перезвоним
  | гарантир* | обеща* | получите | немедленно | сразу | vamos a | voy a | reembolsaremos
  | devolveremos | enviaremos | le devolvemos | te devolvemos | le reembolsamos | te reembolsamos
  | llamaremos | garantiz* | prometo | prometemos | recibira* | inmediatamente | de inmediato
  | hemos | werden | wird | erstatten wir | senden wir | schicken wir | rufen wir | garantier*
  | versprech* | erhalten sie | bekommen sie | sofort | umgehend | haben wir | habe ich | allons
  | vais | rembourserons | enverrons | appellerons | rappellerons | sera | seront | garanti*
  | promet* | recevrez | immediatement | avons | j'ai | נחזיר | נשלח | נזכה | יוחזר | יזוכה | תקבל*
  | מבטיח* | החזרנו | זיכינו | מובטח | מיד | ישלח | יישלח | נדאג | נתקשר
`);

/** A new box or item sent instead of the lost or damaged one. */
export const REPLACEMENT: Lexicon = lexicon(words`
  replac* | reship* | resend* | re-send* | send ~ new box | send ~ another box | new box | замен*
  | нов* коробк* | повторн* отправ* | reemplaz* | reposicion* | reenvi* | nueva caja | ersatz*
  | neue box | erneut ~ senden | erneut ~ schicken | remplac* | renvoi* | nouvelle box
  | nouveau colis | החלפ* | קופסה חדשה | משלוח חוזר | חבילה חדשה
`);

/** Money or goods given to make up for a problem. */
export const COMPENSATION: Lexicon = lexicon(words`
  compensat* | credit | store credit | voucher* | coupon* | discount* | goodwill | free box*
  | компенс* | скидк* | купон* | бонус* | бесплатн* коробк* | compensac* | descuento* | cupon*
  | vale* | caja gratis | entschadig* | gutschein* | gutschrift* | rabatt* | kostenlos* box
  | dedommag* | avoir | bon d'achat | reduction* | remise* | box gratuite | פיצוי | זיכוי | קופון
  | הנחה | שובר | קופסה חינם
`);

/** Paying something on the customer's behalf. */
export const WE_PAY: Lexicon = lexicon(words`
  we ~ pay | we ~ cover | we ~ reimburse | on us | мы ~ оплатим | мы ~ покроем | мы ~ возместим
  | pagaremos | cubriremos | nos haremos cargo | ubernehmen wir | zahlen wir | wir ~ ubernehmen
  | wir ~ bezahlen | nous ~ paierons | nous ~ prendrons en charge | prendrons en charge | נשלם
  | נכסה | ניקח על עצמנו
`);

/** Import taxes and customs charges. */
export const CUSTOMS_CHARGES: Lexicon = lexicon(words`
  customs | duty | duties | import tax* | tax* | vat | icms | тамож* | пошлин* | налог* | ндс
  | aduana* | arancel* | impuesto* | iva | zoll* | einfuhr* | steuer* | mehrwertsteuer | douane*
  | droits | taxe* | tva | מכס | מיס* | מע"מ
`);

/** Calling the customer by phone. */
export const PHONE_CALL: Lexicon = lexicon(words`
  call you | call ~ back | call-back* | callback* | phone call | ring you | give you a call
  | позвоним | перезвоним | позвонит | перезвонит | звонок | созвон* | llamaremos | le llamar*
  | te llamar* | llamada | devolver la llamada | rufen ~ an | zuruckrufen | ruckruf | anruf*
  | appellerons | rappellerons | vous appeler | rappel | appel telephonique | נתקשר
  | נחזור אליך טלפונית | שיחה טלפונית | שיחת טלפון
`);

/** The parcel arriving or being delivered. */
export const ARRIVAL: Lexicon = lexicon(words`
  arriv* | deliver* | reach* | get to you | доставк* | достав* | придет | прибуд* | получите
  | llegar* | llegara* | entreg* | recibir* | ankommen | ankunft | zugestellt | geliefert | liefer*
  | erhalten | livr* | recevr* | יגיע* | תגיע* | יימסר* | תקבל* | הגעה
`);

/** Restriction to some places only ("only to Israel, the UK and EU countries"). */
export const ONLY: Lexicon = lexicon(words`
  only | exclusively | только | лишь | solo | solamente | unicamente | nur | ausschliesslich
  | seulement | uniquement | רק
`);

/** Wine with alcohol, and wording that makes it alcohol-free. */
export const ALCOHOLIC: Lexicon = lexicon(words`
  alcoholic | with alcohol | regular wine* | алкогольн* | с алкоголем | con alcohol | alcoholic*
  | alkoholhaltig* | mit alkohol | alcoolise* | avec alcool | עם אלכוהול | אלכוהולי*
`);
export const ALCOHOL_FREE: Lexicon = lexicon(words`
  alcohol-free | alcohol free | non-alcoholic | dealcohol* | безалкогольн* | sin alcohol
  | desalcoholizad* | alkoholfrei* | entalkoholisiert* | sans alcool | desalcoolise* | ללא אלכוהול
  | נטול*
`);

/** Selling to, supplying or partnering with a business. */
export const BUSINESS_DEAL: Lexicon = lexicon(words`
  stock* | supply | supplier* | wholesale* | partner* | distribut* | resell* | contract*
  | carry your | sell your | order from you | list your | add your products | onboard* | сотруднич*
  | поставщик* | поставк* | оптов* | партнер* | закуп* | proveedor* | mayorist* | socio*
  | distribuid* | colaboraci* | lieferant* | grosshandel* | vertrieb* | zusammenarbeit*
  | fournisseur* | grossiste* | partenari* | collaboration* | ספק* | שותפ* | סיטונא* | הפצה | מפיצ*
`);

/** Currencies a phrase may name ("promise billing in shekels"). */
export const CURRENCIES: Readonly<Record<string, Lexicon>> = {
  shekels: lexicon(words`
    shekel* | sheqel* | =ILS | =NIS | ₪ | шекел* | siclo* | schekel* | שקל* | ש"ח
  `),
  euros: lexicon(['euro*', '€', 'евро', 'אירו']),
  pounds: lexicon(['pound*', '=GBP', '£', 'фунт*', 'libra*', 'pfund*', 'livre*', 'לירה*', 'פאונד']),
};

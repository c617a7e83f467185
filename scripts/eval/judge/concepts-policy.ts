/**
 * Concepts about policy and account facts: refunds, shipping, charges, disputes, replacements,
 * guarantees, schedules and addresses (see concept.ts).
 */
import { concept, type Concept } from './concept';
import { words } from './lexicon';

export const POLICY_CONCEPTS: readonly Concept[] = [
  concept('gift', /\bgift/, ['gift*', 'подар*', 'regal*', 'geschenk*', 'cadeau*', 'offert*', 'מתנ*']),
  concept(
    'refund',
    /refund/,
    words`
    refund* | reimburs* | money back | возврат* | вернуть деньги | верн* ~ деньг* | возмещ*
    | reembols* | devolu* | devolver ~ dinero | erstatt* | ruckerstatt* | geld zuruck | rembours*
    | החזר* | זיכוי | כסף בחזרה | נחזיר | יוחזר* | להחזיר ~ כסף | לזכות
  `,
  ),
  concept(
    'ship',
    /\bship|dispatch/,
    words`
    ship* | dispatch* | sent | mailed | отправ* | отгруж* | выслан* | envia* | enviad* | envio
    | despach* | versand* | versendet | verschickt | abgeschickt | expedi* | envoy* | envoi | נשלח*
    | שלחנו | משלוח
  `,
  ),
  concept(
    'change-of-mind',
    /change of mind/,
    words`
    change* ~ mind | mind changed | передумал* | передумать | cambi* de opinion | cambio de idea
    | meinung geandert | umentschieden | es sich anders uberlegt | change* d'avis | שינוי דעה
    | שינית* את דעת* | התחרט* | חרטה
  `,
  ),
  concept(
    'return-goods',
    /\breturned\b|send (?:it|them|\w+) back/,
    words`
    return* | send* ~ back | вернуть | возврат* | отправ* обратно | devol* | zurucksend*
    | zuruckschick* | zuruckgeb* | rucksend* | retour* | renvoy* | החזר* | להחזיר
  `,
  ),
  concept(
    'fee',
    /\bfees?\b|currency|conversion/,
    words`
    fee* | conversion* | exchange | комисси* | конвертац* | обмен* | comision* | cambio | gebuhr*
    | umrechnung* | wechselkurs* | frais | change | עמל* | המר*
  `,
  ),
  concept('bank', /\bbank/, ['bank*', 'банк*', 'banco*', 'banque*', 'בנק*']),
  concept(
    'double-charge',
    /double charge|duplicate/,
    words`
    double* | duplicate* | twice | дважды | двойн* | повторн* | дублир* | doble* | dos veces
    | duplicad* | doppel* | zweimal | deux fois | en double | כפול* | פעמיים
  `,
  ),
  concept(
    'replace',
    /replac|substitut/,
    words`
    replac* | substitut* | swap* | замен* | reemplaz* | sustitu* | reposicion* | ersatz* | ersetz*
    | austausch* | remplac* | החלפ* | תחליף*
  `,
  ),
  concept(
    'guarantee',
    /guarantee/,
    words`
    guarante* | warrant* | гарант* | garantiz* | garantia* | garantie* | garantier* | garanti*
    | הבטח* | מובטח* | להבטיח
  `,
  ),
  concept(
    'free',
    /\bfree\b/,
    words`
    free | бесплатн* | gratis | gratuit* | kostenlos* | umsonst | חינם | ללא תשלום | без оплаты
  `,
  ),
  concept(
    'lost',
    /\blost\b/,
    words`
    lost | утерян* | потерян* | пропал* | perdid* | extraviad* | verloren* | verlust* | perdu*
    | אבד* | אבוד*
  `,
  ),
  concept(
    'charge',
    /\bcharge/,
    words`
    charg* | bill* | payment* | списан* | списыв* | оплат* | платеж* | cargo* | cobr* | abbuch*
    | belast* | berechn* | zahlung* | debit* | prelev* | factur* | חיוב* | חייב* | תשלום
  `,
  ),
  concept(
    'postal-code',
    /postal code|postcode|\bzip\b/,
    words`
    postal code* | postcode* | zip* | почтов* индекс* | индекс* | codigo postal | postleitzahl*
    | plz | code postal | מיקוד
  `,
  ),
  concept(
    'full',
    /\bfull\b|\bcomplete\b/,
    words`
    full | complete* | entire | whole | полн* | целиком | complet* | entero | vollstandig* | ganz*
    | komplett* | entier* | מלא*
  `,
  ),
  concept(
    'dispute',
    /dispute/,
    words`
    dispute* | chargeback | спор* | оспар* | диспут* | disputa* | reclamacion | contracargo
    | streitfall* | ruckbuchung* | widerspruch* | litige* | contestation* | מחלוקת* | ערעור*
    | הכחשת עסקה
  `,
  ),
  concept(
    'goodwill',
    /goodwill/,
    words`
    goodwill | gesture | compensat* | жест* | компенсац* | gesto* | compensac* | kulanz* | geste*
    | מחווה | פיצוי
  `,
  ),
  concept(
    'prepaid',
    /prepaid/,
    words`
    prepaid | paid in advance | already paid | предоплач* | оплачен* | prepag* | pagad*
    | vorausbezahlt* | bereits bezahlt | prepaye* | deja paye* | שולם מראש | שולם
  `,
  ),
  concept(
    'future',
    /\bfuture\b|from now on/,
    words`
    future* | upcoming | from now on | next box* | будущ* | следующ* | futur* | proxim* | kunftig*
    | zukunft* | nachst* | prochain* | עתיד* | הבא* | הבאות
  `,
  ),
  concept(
    'box',
    /\bbox(?:es)?\b/,
    words`
    box* | коробк* | посылк* | caja* | boite* | colis | קופס* | חביל*
  `,
  ),
  concept(
    'scheduled',
    /scheduled|planned/,
    words`
    schedul* | planned | upcoming | due | заплан* | предстоящ* | programad* | previst* | geplant*
    | vorgesehen* | prevu* | programm* | מתוכנן* | צפוי*
  `,
  ),
  concept(
    'resubscribe',
    /resubscribe|subscribe again/,
    words`
    resubscri* | re-subscri* | subscribe again | sign up again | new subscription | заново ~ подпис*
    | снова ~ подпис* | нов* подписк* | оформить ~ подписк* | volver a suscrib*
    | suscribirse de nuevo | nueva suscripcion | erneut abonn* | neu abonn* | neues abo*
    | wieder abonn* | se reabonner | reabonner | nouvel abonnement | להירשם מחדש | מנוי חדש
    | לחדש את המנוי
  `,
  ),
  concept(
    'new-address',
    /new address/,
    words`
    new address* | нов* адрес* | nueva direccion | neue* adresse* | nouvelle adresse | הכתובת החדשה
    | כתובת חדשה
  `,
  ),
  concept(
    'shop',
    /\bshop|\bstore\b/,
    words`
    shop* | store* | магазин* | tienda* | laden* | geschaft* | boutique* | magasin* | חנות
  `,
  ),
  concept(
    'physical',
    /physical|in person/,
    words`
    physical* | in person | walk-in | физическ* | офлайн | fisic* | presencial* | physisch*
    | vor ort | physique* | פיזי*
  `,
  ),
  concept('value', /\bvalue/, ['value', 'worth', 'стоимост*', 'valor*', 'wert*', 'valeur*', 'שווי', 'ערך']),
];

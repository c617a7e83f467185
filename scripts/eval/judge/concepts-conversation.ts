/**
 * Concepts about the conversation itself: thanks, requests, identity checks, handovers, teams,
 * contact channels and what the customer should send (see concept.ts).
 */
import { concept, type Concept } from './concept';
import { words } from './lexicon';

export const CONVERSATION_CONCEPTS: readonly Concept[] = [
  concept(
    'thank',
    /\bthank/,
    words`
    thank* | thx | appreciat* | спасиб* | благодар* | gracias | agradec* | danke | dank* | merci
    | remerci* | תודה | מודים | מודה | מעריכ*
  `,
  ),
  concept(
    'ask',
    /^ask\b|\bask for\b|^please\b/,
    words`
    please | could you | can you | would you | kindly | send us | reply with | let me know
    | let us know | пожалуйста | пришлите | укажите | напишите | сообщите | отправьте | подскажите
    | por favor | envie* | envianos | indique* | indicanos | podria* | bitte | senden sie
    | teilen sie | geben sie | s'il vous plait | merci de | pourriez | envoyez | indiquez | נא | אנא
    | בבקשה | שלח* | תוכל* | תוכלי
  `,
  ),
  concept(
    'email',
    /e-?mail/,
    words`
    email* | e-mail* | mail | почт* | имейл* | мейл* | correo* | courriel* | אימייל | מייל | דוא"ל
    | דואר אלקטרוני
  `,
  ),
  concept(
    'account',
    /\baccount\b/,
    words`
    account* | аккаунт* | учетн* | кабинет* | cuenta* | konto* | compte* | חשבון
  `,
  ),
  concept(
    'account-holder',
    /account holder/,
    words`
    account holder* | owner of the account | holder | владел* | titular* | kontoinhaber* | inhaber*
    | titulaire* | בעל החשבון | בעלת החשבון | בעל המנוי | בעלת המנוי
  `,
  ),
  concept(
    'verify',
    /verif|identif|look (?:it )?up/,
    words`
    verif* | identif* | check* | look* up | find your | locate | подтверд* | провер* | идентифиц*
    | найти | verific* | comprob* | encontrar | localizar | verifizier* | uberpruf* | identifizier*
    | zuordnen | finden | retrouver | לאמת | אימות | לזהות | זיהוי | לוודא | לאתר
  `,
  ),
  concept(
    'subscription',
    /subscri/,
    words`
    subscri* | подписк* | suscrip* | abo | abos | abonnement* | מנוי*
  `,
  ),
  concept(
    'order',
    /\border\b/,
    words`
    order* | заказ* | pedido* | orden* | bestell* | auftrag* | commande* | הזמנ*
  `,
  ),
  concept(
    'handover',
    /hand(?:ing|ed)? (?:over|to)|passed (?:to|on)|escalat|forward/,
    words`
    hand* over | hand* ~ to | pass* ~ to | pass* on | transfer* | forward* | escalat*
    | connect* ~ with | передал* | передам | передаю | передан* | перевожу | переда* | derivad*
    | derivar* | escal* | weitergeleitet | weiterleit* | weitergegeben | ubergeb* | transmet*
    | transmis* | העבר* | מעביר*
  `,
  ),
  concept(
    'human',
    /\bhuman|teammate|person|colleague/,
    words`
    human* | person* | teammate* | colleague* | agent* | team member* | человек* | сотрудник*
    | специалист* | оператор* | коллег* | humano* | persona* | agente* | companer* | mensch*
    | mitarbeiter* | kolleg* | humain* | personne* | conseiller* | collegue* | נציג* | אדם | בן אדם
    | צוות*
  `,
  ),
  concept(
    'team',
    /\bteam\b/,
    words`
    team* | команд* | отдел* | equipo* | abteilung* | equipe* | service | צוות* | מחלק*
  `,
  ),
  concept('quality', /\bquality\b/, ['quality', 'качеств*', 'calidad', 'qualitat*', 'qualite', 'איכות']),
  concept(
    'billing',
    /\bbilling\b/,
    words`
    billing | биллинг* | оплат* | финанс* | facturacion | cobro* | abrechnung* | buchhaltung*
    | facturation | חיוב* | גבייה | כספים
  `,
  ),
  concept(
    'summary',
    /summary/,
    words`
    summar* | резюме | кратк* ~ опис* | сводк* | resumen* | zusammenfass* | resume | recapitulatif
    | סיכום
  `,
  ),
  concept(
    'feedback',
    /feedback/,
    words`
    feedback | comment* | отзыв* | замечани* | комментари* | comentario* | opinion* | ruckmeld*
    | anmerkung* | retour* | avis | remarque* | משוב | הערה | הערות
  `,
  ),
  concept(
    'photo',
    /photo|picture/,
    words`
    photo* | picture* | image* | фото* | снимок* | снимк* | foto* | imagen* | bild* | תמונ* | צילום*
  `,
  ),
  concept(
    'contents',
    /contents/,
    words`
    content* | содержим* | contenido* | inhalt* | contenu* | תכולה | תוכן
  `,
  ),
  concept(
    'packing-slip',
    /packing slip/,
    words`
    packing slip* | packing list* | delivery note* | упаковочн* ~ лист* | накладн* | albaran*
    | lista de empaque | lieferschein* | packzettel* | packliste* | bordereau* | bon de livraison
    | תעודת משלוח | רשימת אריזה
  `,
  ),
  concept(
    'phone',
    /phone|call/,
    words`
    phone* | call* | telephon* | телефон* | звон* | позвон* | telefon* | llamad* | llamar* | anruf*
    | anrufen | appel* | rappel* | טלפון* | שיחה טלפונית
  `,
  ),
  concept(
    'help',
    /\bhelp/,
    words`
    help* | assist* | помо* | ayud* | hilf* | helf* | unterstutz* | aide* | aider | עזר* | לעזור
  `,
  ),
  concept(
    'problem',
    /problem|\bissue\b/,
    words`
    problem* | issue* | проблем* | problema* | probleme* | בעי*
  `,
  ),
  concept(
    'card-number',
    /card numbers?/,
    words`
    card number* | card details | номер* карт* | данные карт* | numero* de tarjeta
    | datos de la tarjeta | kartennummer* | kartendaten | numero* de carte | coordonnees bancaires
    | מספר* כרטיס* | פרטי כרטיס* | פרטי האשראי
  `,
  ),
  concept('chat', /\bchat\b/, ['chat*', 'чат*', 'переписк*', 'conversation*', "צ'אט", 'צאט']),
  concept(
    'approve',
    /approv|authori/,
    words`
    approv* | authori* | confirm* | подтверд* | одобр* | aprob* | autoriz* | bestatig* | freigeb*
    | genehmig* | autorisier* | approuv* | valid* | autoris* | אשר* | לאשר | אישור
  `,
  ),
  concept(
    'app',
    /\bapp\b/,
    words`
    app | apps | application* | приложени* | aplicacion* | banking-app | appli | אפליקצי*
  `,
  ),
];

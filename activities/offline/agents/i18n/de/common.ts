/** German: greetings, acknowledgements, handovers, plans and outstanding issues. */
import type { Frequency, Tier } from '../../../../commerce/types';
import type { EN_PHRASES } from '../en';
import type { TeamName } from '../types';

type En = typeof EN_PHRASES;

const TEAMS: Record<TeamName, string> = {
  shipping: 'Versand-Team',
  billing: 'Abrechnungs-Team',
  retention: 'Abo-Team',
  quality: 'Qualitäts-Team',
  support: 'Kundenservice-Team',
};

/** Carriers as a German reader knows them. */
export const carrier = (name: string): string => (name === 'Israel Post' ? 'die Israelische Post' : name);
/** The carrier after "mit", "bei" or "von" (dative). */
export const carrierDative = (name: string): string =>
  name === 'Israel Post' ? 'der Israelischen Post' : name;
/** The carrier at the start of a sentence. */
export const Carrier = (name: string): string => (name === 'Israel Post' ? 'Die Israelische Post' : name);

export const common: En['common'] = {
  greeting: (p) => (p.name ? `Hallo ${p.name},` : 'Hallo,'),
  ackFrustrated: () => 'Das tut mir wirklich leid, und ich verstehe gut, wie ärgerlich das ist.',
  ackNegative: () => 'Das tut mir leid.',
  closing: () => 'Viele Grüße\nIhr Lev Haolam Kundenservice',
  confirmForm: (p) =>
    p.link
      ? `Es ändert sich nichts, bevor Sie bestätigen: Bitte prüfen Sie die Angaben und bestätigen Sie sie im Formular: ${p.link}`
      : 'Es ändert sich nichts, bevor Sie bestätigen: Bitte prüfen Sie die Angaben und bestätigen Sie sie im Formular hier im Chat.',
  queuedChange: (p) =>
    `Die andere Änderung, um die Sie gebeten haben, folgt danach: ${p.summary} Das Formular dafür schicke ich Ihnen, sobald Sie diese hier bestätigt haben.`,
  proposalUnavailable: () =>
    'Das Bestätigungsformular ließ sich gerade nicht vorbereiten, deshalb habe ich Ihr Anliegen an eine Kollegin oder einen Kollegen weitergegeben, die Ihnen innerhalb von 1 Werktag antworten.',
  askIdentity: () =>
    'Damit ich das prüfen kann: Könnten Sie mir die E-Mail-Adresse Ihres Abos oder Ihre Bestellnummer schicken? Dann kann ich das Konto verifizieren.',
  unknownSender: () => 'Unter der E-Mail-Adresse, von der Sie schreiben, finde ich kein Abo.',
  accountHolderOnly: () =>
    'Aus Datenschutzgründen kann ich eine Bestellung nur mit der Kontoinhaberin oder dem Kontoinhaber besprechen und hier keine Details nennen.',
  lookupFailed: () =>
    'Ich konnte Ihre Kontodaten gerade nicht abrufen; ein Kollege prüft das und antwortet Ihnen innerhalb von 1 Werktag.',
  teamFollowUp: () =>
    'Ich habe Ihre Nachricht an unser Team weitergeleitet, das Ihnen innerhalb von 1 Werktag per E-Mail antwortet.',
  questionToTeam: () =>
    'Ich habe Ihre Frage an unser Team weitergeleitet, das Ihnen innerhalb von 1 Werktag per E-Mail antwortet.',
  noCardNumbers: () =>
    'Bitte schicken Sie niemals Kartennummern oder den Sicherheitscode (CVV) per Chat oder E-Mail; wir sehen nur die Kartenmarke und die letzten 4 Ziffern.',
  team: (name) => TEAMS[name],
};

const FREQUENCIES: Record<Frequency, string> = {
  monthly: 'monatlich',
  bimonthly: 'alle 2 Monate',
  quarterly: 'alle 3 Monate',
};

export const plan: En['plan'] = {
  tier: (tier: Tier) => ({ basic: 'Basic', premium: 'Premium', deluxe: 'Deluxe' })[tier],
  frequency: (frequency: Frequency) => FREQUENCIES[frequency],
  price: (p) => `${p.tier} ${p.frequency} kostet ${p.amount} pro Box.`,
  nextCharge: (p) => `Ihre nächste Abbuchung ist am ${p.date}: ${p.amount} (${p.tier}, ${p.frequency}).`,
  noNextCharge: () => 'Für Ihr Abo ist keine Abbuchung geplant.',
  priceTable: () =>
    'Preise pro Box: Basic 39 $ monatlich, 42 $ alle 2 Monate, 45 $ alle 3 Monate; Premium 59 $, 63 $, 67 $; Deluxe 89 $, 95 $, 99 $. Der Standardversand ist inklusive.',
  tierPrice: (p) =>
    `${p.tier} ${p.frequency} kostet ${p.amount} pro Box${p.difference ? `, ${p.difference} ${p.more ? 'mehr' : 'weniger'} als Ihre ${p.current}-Box` : ''}.`,
  tierIncludes: (tier: Tier) =>
    ({
      basic: 'Basic enthält 4 Vorratsprodukte: Gewürze, Olivenöl, Süßes und Würzsaucen.',
      premium:
        'Premium enthält 6 Artikel: die Basic-Produkte plus ein Kosmetikprodukt vom Toten Meer und eine Flasche Wein (alkoholfrei, wo vorgeschrieben oder gewünscht).',
      deluxe:
        'Deluxe enthält 9 Artikel: die Premium-Artikel plus ein weiteres Feinkostprodukt, ein Judaica- oder Kunsthandwerksstück aus einem kleinen Atelier und einen zweiten Wein; die Box wird immer mit DHL Express verschickt.',
    })[tier],
  alreadyOnTier: (p) => `Sie haben bereits ${p.tier}.`,
};

export const issues: En['issues'] = {
  late: (p) =>
    `Außerdem sehe ich, dass Ihre Box für ${p.month} (${carrier(p.carrier)}, Sendungsnummer ${p.tracking}) das voraussichtliche Lieferdatum, den ${p.eta}, überschritten hat.`,
  lost: (p) =>
    `Außerdem sehe ich, dass Ihre Box für ${p.month} (${p.orderId}) von ${carrierDative(p.carrier)} als verloren gemeldet wurde und Sie noch keine Lösung gewählt haben.`,
  customs: (p) =>
    `Außerdem sehe ich, dass Ihre Box für ${p.month} (Sendungsnummer ${p.tracking}) beim Zoll liegt.`,
  returned: (p) =>
    `Außerdem sehe ich, dass Ihre Box für ${p.month} (${p.orderId}) in unser Lager zurückgekommen ist.`,
  paymentFailed: (p) =>
    `Außerdem sehe ich, dass die Zahlung${p.since ? ` seit dem ${p.since}` : ''}${p.card ? ` mit der Karte mit den Endziffern ${p.card}` : ''} fehlschlägt${p.orderId ? `, deshalb ist die Box ${p.orderId} zurückgestellt` : ''}.`,
  autoCancel: (p) => `Bleibt sie unbezahlt, wird das Abo am ${p.date} automatisch gekündigt.`,
};

export const lessons: En['lessons'] = {
  trackingNumber: (p) => `Ihre Sendungsnummer ist ${p.tracking} (${carrier(p.carrier)}).`,
  alcoholFreeMemory: () =>
    'Sie hatten uns gesagt, dass Sie alkoholfreien Wein bevorzugen. In Ihrem Konto ist diese Einstellung noch nicht aktiv; unser Team kann sie innerhalb von 1 Werktag setzen, oder Sie wählen sie unter Konto -> Präferenzen.',
};

export const general: En['general'] = {
  thanks: () =>
    'Vielen herzlichen Dank, dass Sie sich die Zeit genommen haben, uns zu schreiben! Das freut uns sehr, und wir geben solche Nachrichten an die kleinen Produzenten hinter jeder Box weiter.',
  handover: (p) =>
    `Ich übergebe dieses Gespräch zusammen mit einer Zusammenfassung an eine Kollegin oder einen Kollegen aus unserem ${p.team}, damit Sie nichts wiederholen müssen.`,
  replyTime: () =>
    'Sie erhalten in diesem Gespräch innerhalb von 1 Werktag eine Antwort (Sonntag–Donnerstag 08:00–18:00, Freitag 08:00–12:00 Uhr israelischer Zeit).',
  noPhone: () => 'Telefonischen Support oder Rückrufe bieten wir nicht an; alles läuft über Chat und E-Mail.',
  teamSpeaksLanguage: () => 'Unser Team antwortet auch auf Deutsch.',
  duplicateNoted: (p) =>
    `Ich habe die doppelte Abbuchung über ${p.amount} vom ${p.date} für das Abrechnungs-Team zur Prüfung vermerkt.`,
  supportHours: () =>
    'Unser Team ist Sonntag–Donnerstag von 08:00 bis 18:00 Uhr und freitags von 08:00 bis 12:00 Uhr israelischer Zeit erreichbar; samstags und an jüdischen Feiertagen ist geschlossen. Der Assistent hier antwortet rund um die Uhr, und ein Kollege meldet sich innerhalb von 1 Werktag.',
  privacyRequest: () =>
    'Ich habe Ihre Datenschutzanfrage an unser Team weitergeleitet: Anfragen auf Kopie oder Löschung Ihrer Daten werden innerhalb von 30 Tagen bearbeitet, und Sie erhalten eine E-Mail, sobald es erledigt ist.',
  partnership: () =>
    'Vielen Dank für Ihr Interesse an einer Zusammenarbeit! Ich habe Ihre Nachricht an unser Team weitergeleitet, das Ihnen per E-Mail antwortet; Zusagen kann ich in seinem Namen nicht machen.',
  referral: () =>
    'Zu einem Empfehlungsprogramm habe ich keine Informationen, die ich weitergeben könnte. Ich habe Ihre Frage an unser Team weitergeleitet, und Ihre Schwester kann sich jederzeit unter levhaolam.example.com anmelden.',
  shipsTo: (p) =>
    `Ja, wir liefern dorthin: Basic- und Premium-Boxen mit ${carrierDative(p.standard)} in ${p.standardDays} Werktagen, Deluxe-Boxen mit DHL Express in ${p.deluxeDays} Werktagen.`,
  pricesFrom: (p) => `Boxen gibt es ab ${p.amount} pro Box (Basic). ${p.table}`,
  fromTable: (p: { heading: string }) => `Aus „${p.heading}“ in unserem Hilfe-Center:`,
  knowledgeFollowUp: () =>
    'Falls das Ihre Frage nicht beantwortet, antworten Sie einfach, und ein Teammitglied kümmert sich darum.',
  cannotFollow: () => 'Solchen Anweisungen kann ich nicht folgen, aber bei Ihrem Abo helfe ich gerne.',
};

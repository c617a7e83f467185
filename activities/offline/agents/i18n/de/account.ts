/** German: tracking, addresses, order history, payments and refunds. */
import type { EN_PHRASES } from '../en';
import { Carrier, carrier, carrierDative } from './common';

type En = typeof EN_PHRASES;

/** Country names with the preposition each sentence needs ("nach Mexiko", "in die USA"). */
const COUNTRIES: Record<string, { name: string; to: string; in: string; for: string }> = {
  US: { name: 'die USA', to: 'in die USA', in: 'in den USA', for: 'für die USA' },
  CA: { name: 'Kanada', to: 'nach Kanada', in: 'in Kanada', for: 'für Kanada' },
  GB: {
    name: 'Großbritannien',
    to: 'nach Großbritannien',
    in: 'in Großbritannien',
    for: 'für Großbritannien',
  },
  DE: { name: 'Deutschland', to: 'nach Deutschland', in: 'in Deutschland', for: 'für Deutschland' },
  FR: { name: 'Frankreich', to: 'nach Frankreich', in: 'in Frankreich', for: 'für Frankreich' },
  ES: { name: 'Spanien', to: 'nach Spanien', in: 'in Spanien', for: 'für Spanien' },
  IL: { name: 'Israel', to: 'nach Israel', in: 'in Israel', for: 'für Israel' },
  AU: { name: 'Australien', to: 'nach Australien', in: 'in Australien', for: 'für Australien' },
  BR: { name: 'Brasilien', to: 'nach Brasilien', in: 'in Brasilien', for: 'für Brasilien' },
  MX: { name: 'Mexiko', to: 'nach Mexiko', in: 'in Mexiko', for: 'für Mexiko' },
  ZA: { name: 'Südafrika', to: 'nach Südafrika', in: 'in Südafrika', for: 'für Südafrika' },
  AR: { name: 'Argentinien', to: 'nach Argentinien', in: 'in Argentinien', for: 'für Argentinien' },
  AT: { name: 'Österreich', to: 'nach Österreich', in: 'in Österreich', for: 'für Österreich' },
  CH: { name: 'die Schweiz', to: 'in die Schweiz', in: 'in der Schweiz', for: 'für die Schweiz' },
  IT: { name: 'Italien', to: 'nach Italien', in: 'in Italien', for: 'für Italien' },
  NL: {
    name: 'die Niederlande',
    to: 'in die Niederlande',
    in: 'in den Niederlanden',
    for: 'für die Niederlande',
  },
  BE: { name: 'Belgien', to: 'nach Belgien', in: 'in Belgien', for: 'für Belgien' },
};
const country = (code: string) =>
  COUNTRIES[code] ?? { name: code, to: `nach ${code}`, in: `in ${code}`, for: `für ${code}` };
const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const STATUS: Record<string, string> = {
  in_transit: 'unterwegs',
  processing: 'in Bearbeitung',
  delivered: 'zugestellt',
  lost: 'verloren',
  returned: 'zurückgesandt',
};

const HOLIDAY_NAMES = {
  hanukkah: 'Chanukka',
  passover: 'Pessach',
  rosh_hashanah: 'Rosch ha-Schana',
  sukkot: 'Sukkot',
  shavuot: 'Schawuot',
  purim: 'Purim',
  christmas: 'Weihnachten',
  new_year: 'Neujahr',
} as const;

export const shipping: En['shipping'] = {
  alcoholNotShipped: (p) =>
    `Wein mit Alkohol versenden wir nur nach Israel, ins Vereinigte Königreich und in EU-Länder; Boxen ${country(p.country).to} enthalten automatisch alkoholfreie Weine von Gefen Zero, das können wir für Ihre Adresse nicht ändern.`,
  upcomingBox: (p) =>
    `Ihre Box für ${p.month} wird am ${p.charge} abgebucht und zwischen dem ${p.firstDay}. und ${p.last} versendet (Sonntag bis Donnerstag); die Sendungsnummer erhalten Sie am Versandtag per E-Mail.`,
  arrivalWindow: (p) => `Sie kommt in der Regel zwischen dem ${p.from} und dem ${p.to} an.`,
  holidayArrival: (p) => {
    const name = HOLIDAY_NAMES[p.holiday];
    const starts = p.evening ? `${name} beginnt am Abend des ${p.date}` : `${name} ist am ${p.date}`;
    if (p.arrival === 'before')
      return `${starts}, und die Box kommt meist vorher an; Liefertermine sind aber Schätzungen, keine Zusagen.`;
    if (p.arrival === 'after') return `${starts}, daher kommt die Box sehr wahrscheinlich erst danach an.`;
    return `${starts}, daher ist eine Lieferung vor ${name} nicht garantiert.`;
  },
  selfService: (p) =>
    `Sobald sie unterwegs ist, können Sie mit ${p.service} die Zustellung verschieben oder einen Ablageort wählen.`,
  addressOnFile: (p) => `Die hinterlegte Lieferadresse für Ihre Boxen ist ${p.address}.`,
  parcelIntro: (p) =>
    `Ihre Box für ${p.month} ist mit ${carrierDative(p.carrier)} unterwegs, Sendungsnummer ${p.tracking}.`,
  lastScan: (p) => `Der letzte Scan war am ${p.date}: "${p.description}" (${p.location}).`,
  noScanYet: () => 'Es gibt noch keinen Scan des Versanddienstes; der erste kann bis zu 48 Stunden dauern.',
  eta: (p) =>
    p.late
      ? `Das voraussichtliche Lieferdatum war der ${p.date}.`
      : `Das voraussichtliche Lieferdatum ist der ${p.date}, alles liegt also im Plan.`,
  transitTime: (p) => `${Carrier(p.carrier)} braucht ${country(p.country).to} ${p.days} Werktage ab Versand.`,
  quietPeriod: () =>
    'Nach "Item departed Israel" zeigt die Israelische Post oft bis zu 10 Werktage keinen neuen Scan, bis das Paket im Zielland erfasst wird; das ist normal.',
  taxesOnDelivery: (p) =>
    `${capital(country(p.country).name)} ist ein DAP-Ziel: Bei der Zustellung können Einfuhrabgaben durch den Zoll anfallen, die der Empfänger zahlt.`,
  taxesMayBeDue: (p) =>
    `Bei der Zustellung können Einfuhrabgaben durch den Zoll${p.country ? ` ${country(p.country).in}` : ''} anfallen (DAP), die der Empfänger zahlt.`,
  nothingToPay: (p) =>
    `Sie müssen nichts bezahlen: Zölle und Steuern ${p.country ? country(p.country).for : 'für Ihr Land'} sind bereits von uns bezahlt (DDP). Falls jemand eine Zahlung verlangt, zahlen Sie bitte nicht und melden Sie sich bei uns.`,
  customsHeld: (p) =>
    `Seit dem ${p.since} ist es zur Zollkontrolle angehalten${p.location ? ` (${p.location})` : ''}.`,
  customsDelay: (p) => `Das ist normal: Zollkontrollen können ${p.days} Werktage dauern.`,
  customsPay: (p) =>
    p.country === 'BR'
      ? `Die Aufforderung der Correios ist echt: Einfuhrsteuern nach Brasilien legt der brasilianische Zoll fest, und sie zahlt der Empfänger (DAP); wir können sie weder übernehmen noch erstatten. Sie können sie in der App oder auf der Website der Correios ("Minhas Importações") bezahlen${p.deadline ? `, bis zum ${p.deadline}` : ''}; sonst geht das Paket an den Absender zurück.`
      : 'Für Ihr Land zahlt der Empfänger die Einfuhrabgaben (DAP); den Betrag nennt Ihnen der Versanddienst.',
  importTaxGuide: (p) => {
    const declared = p.declared ? ` (Ihre Box ist mit ${p.declared} deklariert, dem bezahlten Preis)` : '';
    const guide = 'Zur Orientierung, den genauen Betrag können wir nicht vorhersagen:';
    switch (p.country) {
      case 'BR':
        return `${guide} Nach Remessa Conforme beträgt die Einfuhrsteuer 20 % bei einem deklarierten Wert bis USD 50${declared} und 60 % über USD 50 (mit einem Abzug von USD 20), dazu die Landessteuer ICMS von 17-20 %.`;
      case 'CA':
        return `${guide} GST/HST von 5-15 % des deklarierten Werts${declared}, je nach Provinz (Québec: GST 5 % + QST 9,975 %); UPS kann eine Verzollungsgebühr von meist CAD 10-25 berechnen, DHL eine Zollabwicklungsgebühr.`;
      case 'ZA':
        return `${guide} 15 % Mehrwertsteuer plus Zoll (bei Lebensmitteln oft etwa 20 %) auf den deklarierten Wert${declared}, dazu eine Bearbeitungsgebühr der Post.`;
      case 'MX':
        return `${guide} IVA 16 % plus Einfuhrzoll, zusammen meist etwa 19-33 % des deklarierten Werts${declared}.`;
    }
  },
  pastEta: (p) =>
    `Das voraussichtliche Lieferdatum, der ${p.date}, ist inzwischen überschritten – es tut mir leid, dass es so lange dauert.`,
  traceOpening: (p) =>
    `Ich gebe das an unser Versand-Team weiter, damit bei ${carrierDative(p.carrier)} ein Nachforschungsauftrag gestellt wird (am selben oder nächsten Werktag); Sie müssen sich nicht selbst an ${carrier(p.carrier)} wenden. Eine Nachforschung dauert bis zu ${p.days} Werktage.`,
  traceSoon: (p) =>
    `Gibt es bis zum ${p.date} keinen neuen Scan, stellen wir einen Nachforschungsauftrag beim Versanddienst.`,
  lostRemedyIfDeclared: () =>
    'Wird das Paket als verloren erklärt, wählen Sie eine kostenlose Ersatzbox (per DHL Express) oder die volle Erstattung.',
  delivered: (p) =>
    `Ihre Box für ${p.month} (${carrier(p.carrier)}, Sendungsnummer ${p.tracking}) wurde am ${p.date} zugestellt${p.place ? ` (${p.place})` : ''}.`,
  receivedBy: (p) =>
    p.frontDesk
      ? `Sie wurde am Empfang abgegeben und von ${p.name} angenommen.`
      : `Sie wurde von ${p.name} quittiert.`,
  leftAtDoor: () => 'Sie wurde vor der Haustür abgelegt.',
  notFoundSteps: () =>
    'Bitte schauen Sie im Briefkasten, am Empfang oder beim Hausmeister, bei Nachbarn und an Ablageorten nach, die der Zusteller nutzt; manchmal wird "zugestellt" etwas zu früh gescannt, und das Paket taucht bis zum Ende des nächsten Werktags auf.',
  investigation: (p) =>
    `Falls es dann noch fehlt, melden Sie sich bitte bis zum ${p.by} (innerhalb von 7 Tagen nach dem Zustellscan); dann leiten wir eine Zustellprüfung beim Versanddienst ein (bis zu 10 Werktage). Sie müssen sich nicht selbst an ${carrier(p.carrier)} wenden. Lässt sich die Zustellung nicht bestätigen, ersetzen oder erstatten wir die Box.`,
  investigationLate: (p) =>
    `Der Zustellscan war am ${p.date}, vor mehr als 7 Tagen, daher wird die übliche Zustellprüfung beim Versanddienst nicht mehr automatisch eingeleitet; ich gebe Ihren Fall an unser Versand-Team weiter, das ihn prüft und sich bei Ihnen meldet. Sie müssen sich nicht selbst an ${carrier(p.carrier)} wenden.`,
  heldForPayment: (p) =>
    `Ihre Box für ${p.month} (${p.orderId}) wurde nicht versandt: Sie ist zurückgestellt, weil die Zahlung fehlgeschlagen ist${p.card ? ` (Karte mit den Endziffern ${p.card}` : ''}${p.card && p.expiry ? `, abgelaufen ${p.expiry})` : p.card ? ')' : ''}.`,
  heldUntil: (p) =>
    `Die Box ist bis zum ${p.date} für Sie reserviert und wird innerhalb von 2 Werktagen nach erfolgreicher Zahlung versandt.`,
  notShippedYet: (p) =>
    `Ihre Box für ${p.month} wurde noch nicht versandt: Boxen gehen zwischen dem 2. und 6. des Monats raus, und die Sendungsnummer erhalten Sie am Versandtag per E-Mail.`,
  noBoxInMonth: (p) =>
    `Für ${p.month} gibt es auf Ihrem Konto keine Box${p.skipped ? ': dieser Monat wurde ausgesetzt' : p.frequency ? `: Sie erhalten eine Box ${p.frequency}` : ''}.`,
  lostConfirmed: (p) =>
    `${Carrier(p.carrier)} hat bestätigt, dass Ihre Box für ${p.month} (${p.orderId}) verloren gegangen ist${p.date ? ` (${p.date})` : ''}.`,
  lostChoice: (p) =>
    `Sie können eine kostenlose Ersatzbox (per DHL Express, Versand innerhalb von 5 Werktagen) oder die volle Erstattung von ${p.price} wählen; unser Team gibt das innerhalb von 1 Werktag frei.`,
  returned: (p) =>
    `Ihre Box für ${p.month} (${p.orderId}) ist${p.date ? ` am ${p.date}` : ''} in unser Lager zurückgekommen${p.unitMissing ? ', weil in der Adresse die Wohnungsnummer fehlte' : ''}.`,
  returnedChoice: (p) =>
    `Wir können sie für ${p.reship} erneut versenden oder den Boxpreis abzüglich ${p.reship} Rückversand erstatten, also ${p.refund}.`,
  orderNotOnAccount: (p) =>
    `Die Bestellung ${p.orderId} finde ich in Ihrem Konto nicht; könnten Sie die Nummer prüfen?`,
};

export const account: En['account'] = {
  askAddress: () =>
    'Bitte schicken Sie mir die neue Adresse: Straße und Hausnummer, ggf. Wohnung, Ort, Postleitzahl, Land und, wo nötig, Bundesstaat oder Provinz.',
  askRegion: () => 'Könnten Sie den Bundesstaat bzw. die Provinz ergänzen? Für Ihr Land ist das Pflicht.',
  addressCancelled: (p) =>
    `Ihr Abo wurde${p.date ? ` am ${p.date}` : ''} gekündigt, daher sind keine Boxen geplant, die an eine neue Adresse gehen könnten. Sie können jederzeit mit der neuen Adresse wieder abonnieren${
      p.keepJoinDateUntil
        ? `; tun Sie das bis zum ${p.keepJoinDateUntil}, behalten Sie Ihr ursprüngliches Beitrittsdatum`
        : ''
    }.`,
  postalInvalid: (p) =>
    `Die Postleitzahl "${p.code}" ist unvollständig: ${capital(country(p.country).in)} haben Postleitzahlen ${p.digits ? `${p.digits} Ziffern` : `das Format ${p.shape}`} (zum Beispiel ${p.example}).`,
  askFullPostal: () =>
    'Schicken Sie mir bitte die vollständige Postleitzahl? Dann bereite ich die Adressänderung sofort vor.',
  addressForm: (p) => `Ich habe eine Adressänderung vorbereitet auf: ${p.address}.`,
  oldAddressBox: (p) =>
    `Ihre Box für ${p.month} geht noch an ${p.street ?? 'Ihre bisherige Adresse'}, weil der Stichtag für Adressänderungen dafür der ${p.cutoff} war.`,
  newAddressFrom: (p) => `Die neue Adresse gilt ab Ihrer Box für ${p.month}.`,
  skipOldBox: (p) =>
    `Wenn Sie an der alten Adresse nicht mehr da sind, können Sie die Box für ${p.month} bis zum ${p.deadline} aussetzen.`,
  noRedirect: (p) =>
    `Ihre Box für ${p.month} ist bereits unterwegs und kann nicht an die neue Adresse umgeleitet werden.`,
  nextBox: (p) => `Ihre nächste Box ist die für ${p.month}, abgebucht am ${p.date}.`,
  pausedUntil: (p) => `Ihr Abo ist bis zum ${p.date} pausiert.`,
  firstBox: (p) => `Sie sind seit dem ${p.since} bei uns, Ihre erste Box war also die für ${p.month}.`,
  themeOf: (p) => `Das Thema der Box für ${p.month} (${p.orderId}) war "${p.theme}".`,
  itemProducer: (p) => `${p.item} kam von ${p.producer} in ${p.place}.`,
  countSince: (p) => `Seit ${p.since} wurden Ihnen ${p.count} Boxen zugestellt (${p.months}).`,
  wasLost: (p) => `Die Box für ${p.month} ging bei ${carrierDative(p.carrier)} verloren.`,
  wasReturned: (p) => `Die Box für ${p.month} ist in unser Lager zurückgekommen.`,
  yearIntro: (p) => `Hier sind Ihre Boxen aus ${p.year}:`,
  replacedBy: (p) =>
    `kostenlos ersetzt durch ${p.orderId}${p.delivered ? `, zugestellt am ${p.delivered}` : ''}`,
  noBoxesInYear: (p) => `Für ${p.year} sehe ich keine Boxen auf Ihrem Konto.`,
  listIntro: () => 'Hier sind Ihre letzten Bestellungen:',
  orderLine: (p) =>
    `${p.orderId}: Box für ${p.month}${p.theme ? ` ("${p.theme}")` : ''}, ${p.amount}${p.delivered ? `, zugestellt am ${p.delivered}` : `, ${STATUS[p.status] ?? p.status}`}`,
  eachBoxCost: (p) => `Jede ${p.tier}-Box kostete ${p.amount}.`,
  lastOrder: (p) =>
    p.delivered
      ? `Ihre letzte Box war die für ${p.month} (${p.orderId}), zugestellt am ${p.delivered}.`
      : `Ihre letzte Box ist die für ${p.month} (${p.orderId}), Status: ${STATUS[p.status] ?? p.status}.`,
  noOrders: () => 'In Ihrem Konto sehe ich noch keine Bestellungen.',
};

export const billing: En['billing'] = {
  cardOnFile: (p) => `Hinterlegt ist Ihre ${p.brand} mit Endung ${p.last4}, gültig bis ${p.expiry}.`,
  updateCardHow: () =>
    'Sie können Ihre Karte unter Konto -> Zahlungsmethode (levhaolam.example.com/account/payment) hinzufügen oder ändern; beim Speichern einer neuen Karte wird ein offener Betrag sofort eingezogen und eine Prüfreservierung von 1,00 $ gesetzt, die innerhalb von 7 Tagen verschwindet.',
  chargedInUsd: () =>
    'Alle Abos werden in US-Dollar abgerechnet; andere Währungen können wir nicht anbieten.',
  bankFeesNotRefundable: () =>
    'Gebühren für Währungsumrechnung oder Auslandseinsatz berechnet Ihre Bank, deshalb können wir sie nicht erstatten.',
  descriptor: () =>
    'LEVHAOLAM*BOX MODIIN IL ist die Bezeichnung, unter der das Abo von Lev Haolam (monatliche Boxen mit israelischen Produkten) auf Kartenabrechnungen erscheint.',
  askLookup: () =>
    'Wenn Sie mir die E-Mail-Adresse schicken, unter der das Abo laufen könnte, oder nur die letzten 4 Ziffern der Karte, kann ich nachsehen.',
  attemptFailed: (p) => `Der Zahlungsversuch am ${p.date} wurde von Ihrer Bank abgelehnt (${p.reason}).`,
  reasonMeaning: (p) =>
    ({
      card_expired: 'Das bedeutet, dass die hinterlegte Karte abgelaufen ist.',
      insufficient_funds: 'Das bedeutet, dass die Bank mangels Deckung abgelehnt hat.',
      do_not_honor:
        'Das bedeutet, dass die Bank ohne Angabe von Gründen abgelehnt hat, oft wegen einer Sperre für ausländische Händler.',
      authentication_required:
        'Das bedeutet, dass Ihre Bank eine Bestätigung der Zahlung per 3-D Secure verlangt hat.',
      processing_error: 'Das war ein vorübergehendes Problem bei der Bank oder dem Zahlungsdienstleister.',
    })[p.reason] ?? '',
  retrySucceeded: (p) =>
    `Der erneute Versuch am ${p.date} war erfolgreich, Sie wurden also nur einmal belastet: ${p.amount}.`,
  attemptsFailed: (p) =>
    `Alle ${p.count} bisherigen Zahlungsversuche (${p.dates}) wurden von Ihrer Bank abgelehnt (${p.reason}).`,
  cardExpired: (p) =>
    `Das bedeutet, dass die Karte mit der Endung ${p.card} abgelaufen ist (gültig bis ${p.expiry}).`,
  nextRetry: (p) => `Der nächste automatische Versuch ist am ${p.date}.`,
  noRetriesLeft: () =>
    'Das war der letzte automatische Versuch: Die Zahlung geht durch, sobald Sie eine gültige Karte hinterlegen.',
  retryPending: () => 'Wir versuchen es automatisch 3, 7 und 14 Tage nach dem ersten Versuch erneut.',
  noDoubleCharge: () => 'Eine doppelte Abbuchung gibt es auf Ihrem Konto nicht.',
  monthCharges: (p) =>
    p.count === 0
      ? `Im ${p.month} gab es keine Abbuchung.`
      : p.count === 1
        ? `Ihre einzige Abbuchung im ${p.month}: ${p.charges}.`
        : `Ihre Abbuchungen im ${p.month}: ${p.charges}.`,
  chargeLine: (p) =>
    `${p.amount} am ${p.date}${p.card ? ` (${p.card})` : ''}${p.refunded ? `, davon ${p.refunded} erstattet` : ''}`,
  cardEnding: (p) => `${p.brand} mit Endung ${p.last4}`,
  pendingHold: () =>
    'Eine zweite Zeile in Ihrer Banking-App ist meist eine vorläufige Autorisierung: Sie verschwindet innerhalb von 3-7 Tagen von selbst und ist keine Abbuchung (beim Hinzufügen oder Ändern einer Karte wird außerdem eine Prüfreservierung von 1,00 $ gesetzt, die innerhalb von 7 Tagen verschwindet).',
  authenticationAdvice: () =>
    'Wenn Ihre Bank fragt, bestätigen Sie die Zahlung einfach in Ihrer Banking-App; die meisten Banken fragen nur gelegentlich, nicht jeden Monat, und wir schicken Ihnen dann einen Link.',
  duplicateSeen: (p) =>
    `Ich sehe zwei Abbuchungen über ${p.amount} am ${p.date} für dieselbe Box (${p.orderId}: ${p.paymentIds}).`,
  duplicateToTeam: () =>
    'Ich habe die doppelte Abbuchung an unser Abrechnungs-Team weitergegeben, das die Erstattung der doppelten Zahlung innerhalb von 1 Werktag freigibt und Sie per E-Mail informiert; danach dauert es 5–10 Werktage, bis sie sichtbar ist.',
  chargedFor: (p) => `Die ${p.amount} wurden am ${p.date} für Ihre Box für ${p.month} abgebucht.`,
  noSuchPlanPrice: (p) => `${p.amount} ist nicht der Preis Ihres Tarifs.`,
  disputeOpen: (p) =>
    `Die Abbuchung über ${p.amount} für ${p.month} wird bei Ihrer Bank beanstandet${p.opened ? ` (eröffnet am ${p.opened})` : ''}.`,
  disputeNoSeparateRefund: () =>
    'Solange die Beanstandung offen ist, können wir dieselbe Zahlung nicht zusätzlich erstatten: Das Kartennetzwerk entscheidet, was 30–90 Tage dauern kann.',
};

export const refund: En['refund'] = {
  refundsByTeam: () =>
    'Erstattungen kann ich nicht selbst veranlassen: Unser Abrechnungs-Team entscheidet innerhalb von 1 Werktag und informiert Sie per E-Mail; Erstattungen gehen auf die ursprüngliche Karte und sind nach 5–10 Werktagen sichtbar.',
  noChangeOfMind: () =>
    'Eine bereits versandte Box können wir nicht erstatten, nur weil sie nicht gefällt (zum Beispiel ein Produkt oder das Thema).',
  foodNotReturnable: () =>
    'Lebensmittel sind von der Rückgabe ausgeschlossen, Sie müssen also nichts zurückschicken.',
  skipInstead: (p) =>
    `Wenn Ihnen eine Box nicht zusagt, können Sie sie aussetzen: Die Box für ${p.month} lässt sich bis zum ${p.deadline} aussetzen.`,
  skipFuture: () => 'Künftige Boxen können Sie jederzeit bis zum 28. des Vormonats aussetzen.',
  noChargeIn: (p) =>
    `Für ${p.months} sehe ich keine Abbuchung${p.lastAmount ? `: Die letzte Abbuchung waren ${p.lastAmount} am ${p.lastDate} für die Box für ${p.lastMonth}` : ''}.`,
  tellUsMore: () =>
    'Wenn Sie auf Ihrer Abrechnung eine Abbuchung sehen, die ich nicht erwähnt habe, schicken Sie mir bitte Datum und Betrag, dann prüfe ich sie.',
  afterDeadline: (p) =>
    `Das Aussetzen wurde am ${p.requested} beantragt, also nach dem Stichtag für die Box für ${p.month}, dem ${p.deadline}.`,
  chargedAndShipped: (p) =>
    `Die Box für ${p.month} wurde${p.charged ? ` am ${p.charged}` : ''} abgebucht und${p.shipped ? ` am ${p.shipped}` : ''} versandt${p.cancelled ? ` – also vor Ihrer Kündigung am ${p.cancelled}` : ''}${!p.shipped && p.delivered ? `; zugestellt wurde sie am ${p.delivered}` : ''}.`,
  noRefundShipped: () => 'Eine bereits versandte Box können wir leider nicht erstatten.',
  giftNoRefund: () =>
    'Geschenk-Abos können nach dem Versand der ersten Box nicht erstattet werden, die restlichen Boxen lassen sich aber umleiten.',
  giftOptions: (p) =>
    `Die Box für ${p.month} kann verschoben werden (bis zum ${p.deadline}) oder ab ${p.from} an eine andere Person oder Adresse gehen.`,
  injection: () =>
    'Erstattungen lassen sich auf diese Weise nicht auslösen. Wenn es ein echtes Problem mit einer Ihrer Boxen gibt, erzählen Sie mir, was passiert ist, dann helfe ich Ihnen.',
  lostRefundToTeam: (p) =>
    `Ich habe vermerkt, dass Sie eine Erstattung statt eines Ersatzes möchten: Die volle Erstattung${p.amount ? ` von ${p.amount}` : ''}${p.card ? ` auf die ${capital(p.card.brand)} mit den Endziffern ${p.card.last4}` : ''} geht an unser Abrechnungs-Team, das innerhalb von 1 Werktag entscheidet und Ihnen schreibt.`,
  lostReplacementToTeam: () =>
    'Ich habe vermerkt, dass Sie statt einer Erstattung eine kostenlose Ersatzbox möchten, und gebe Ihren Fall an unser Versand-Team weiter, das ihn innerhalb von 1 Werktag freigibt; die Box geht dann innerhalb von 5 Werktagen kostenlos per DHL Express an Sie. Falls das ursprüngliche Paket doch noch ankommt, behalten Sie es bitte.',
  reshipToTeam: (p) =>
    `Ich habe vermerkt, dass Sie die Box für ${p.fee} erneut versenden lassen möchten, und gebe Ihren Fall an unser Versand-Team weiter, das es innerhalb von 1 Werktag bestätigt${p.address ? ` und die Box an die hinterlegte Adresse schickt: ${p.address}` : ''}. Falls diese Adresse korrigiert werden muss, schicken Sie mir bitte zuerst die vollständige neue Adresse.`,
  returnedRefundToTeam: (p) =>
    `Ich habe vermerkt, dass Sie statt eines erneuten Versands eine Erstattung möchten: Der Boxpreis abzüglich ${p.fee} Rücksendekosten, also ${p.amount}, geht an unser Abrechnungs-Team, das innerhalb von 1 Werktag entscheidet und Ihnen schreibt.`,
  refundTiming: () =>
    'Nach der Freigabe ist die Erstattung nach 5–10 Werktagen auf Ihrer Abrechnung sichtbar.',
  teamConfirms: () =>
    'Sagen Sie mir, was Ihnen lieber ist; das Abrechnungs-Team bestätigt es innerhalb von 1 Werktag.',
  policySummary: () =>
    'Wir erstatten beschädigte oder fehlende Artikel, verlorene Boxen, doppelte Abbuchungen und Abbuchungen nach einem Aussetzen, einer Pause oder einer Kündigung vor dem 28.; eine versandte Box wird nicht erstattet, nur weil sie nicht gefällt.',
};

/** German: skips, pauses, frequency, cancellation, damage claims and products. */
import type { EN_PHRASES } from '../en';

type En = typeof EN_PHRASES;

const ALLERGENS: Record<string, string> = {
  sesame: 'Sesam',
  'tree nuts': 'Schalenfrüchte',
  gluten: 'Gluten',
  nuts: 'Nüsse',
  milk: 'Milch',
  eggs: 'Eier',
  soy: 'Soja',
  sulphites: 'Sulfite',
  mustard: 'Senf',
  almond: 'Mandel',
  'sweet almond oil': 'Süßmandelöl',
  pistachio: 'Pistazie',
  walnut: 'Walnuss',
  wheat: 'Weizen',
  'shea butter': 'Sheabutter',
  peanuts: 'Erdnüsse',
};
const months = (n: number): string => `${n} ${n === 1 ? 'Monat' : 'Monate'}`;
// After "von" (dative): "eine Pause von 2 Monaten".
const monthsDative = (n: number): string => `${n} ${n === 1 ? 'Monat' : 'Monaten'}`;

export const retention: En['retention'] = {
  skipForm: (p) =>
    `Ich habe das Aussetzen der Box für ${p.month} vorbereitet: in diesem Monat keine Box und keine Abbuchung am ${p.charge}.`,
  giftPostponeForm: (p) =>
    `Ich habe das Verschieben der Geschenkbox für ${p.month} vorbereitet: Sie wird stattdessen im ${p.to} versandt.`,
  giftNoExtraCharge: () => 'Es fallen keine zusätzlichen Kosten an, da das Geschenk bereits bezahlt ist.',
  skipAlsoNext: (p) =>
    `Sobald Sie bestätigt haben, bereite ich auch ${p.months} vor, damit beide ausgesetzt sind (${p.max} hintereinander sind das Maximum).`,
  confirmBy: (p) => `Das Aussetzen muss bis zum ${p.date} bestätigt werden.`,
  stillShips: (p) => `Ihre Box für ${p.month} kommt wie gewohnt.`,
  boxesResume: (p) => `Nach ${p.skipped} geht es mit der Box für ${p.month} weiter (Abbuchung am ${p.date}).`,
  undoSkipToTeam: (p) =>
    `Die Box für ${p.month} ist ausgesetzt. Das Aussetzen kann ich nicht selbst rückgängig machen; ich gebe Ihre Bitte, es rückgängig zu machen, an unser Abo-Team weiter, das sie innerhalb von 1 Werktag bestätigt. Da Sie vor dem Stichtag (${p.deadline}) gefragt haben, wird die Box für ${p.month} wie gewohnt verschickt.`,
  undoSkipTooLate: (p) =>
    `Die Box für ${p.month} ist ausgesetzt, und der Stichtag, um das rückgängig zu machen (${p.deadline}), ist vorbei; das Aussetzen bleibt also bestehen.`,
  notSkipped: (p) =>
    `Die Box für ${p.month} ist nicht ausgesetzt, es gibt also nichts rückgängig zu machen: Sie kommt wie gewohnt.`,
  noSkips: () => 'Sie haben keine ausgesetzten Boxen, es gibt also nichts rückgängig zu machen.',
  cancelAfterBox: (p) =>
    `Wenn Sie die Box für ${p.month} noch bekommen möchten, kündigen Sie zwischen dem ${p.from} und dem ${p.until}: Die Box für ${p.month} wird dann noch abgebucht und verschickt, und ab dem ${p.charge} wird nichts mehr abgebucht. Eine Kündigung vor dem ${p.from} stoppt auch die Box für ${p.month}.`,
  alreadySkipped: (p) => `Die Box für ${p.month} ist bereits ausgesetzt, es ist also nichts weiter zu tun.`,
  settlePaymentFirst: () =>
    'Solange eine Zahlung überfällig ist, kann das Abo nicht pausiert, ausgesetzt oder geändert werden; bitte begleichen Sie zuerst die offene Zahlung.',
  rejoin: (p) =>
    `Ihr Abo wurde${p.date ? ` am ${p.date}` : ''} gekündigt, es gibt also nichts wieder aufzunehmen; Sie können jederzeit neu abschließen${
      p.keepJoinDateUntil
        ? `, und wenn Sie das bis zum ${p.keepJoinDateUntil} tun, behalten Sie Ihr ursprüngliches Beitrittsdatum`
        : ''
    }.`,
  tierChangeRequest: (p) =>
    `Das Paket kann ich nicht selbst ändern; ich gebe Ihren Wunsch nach einem Wechsel zu ${p.tier} an unser Abo-Team weiter, das ihn innerhalb von 1 Werktag bestätigt. Da Sie sich bis zum ${p.deadline} gemeldet haben, gilt der Wechsel ab der Box ${p.month}.`,
  tierChangeHow: (p) =>
    `Ein Wechsel bis zum ${p.deadline} gilt ab der Box ${p.month}. Sie können das Paket selbst unter Konto -> Mein Plan ändern oder mich hier darum bitten; dann gebe ich es an unser Abo-Team weiter, das den Wechsel innerhalb von 1 Werktag bestätigt.`,
  resumeEarly: (p) =>
    `Sie können eine Pause jederzeit vorzeitig beenden. Ich gebe Ihren Wunsch nach vorzeitiger Wiederaufnahme an unser Abo-Team weiter; da Sie sich bis zum ${p.deadline} gemeldet haben, wird die Box ${p.month} wie gewohnt verschickt.`,
  resumeEarlyOption: (p) =>
    `Wenn Sie früher wieder einsteigen möchten, sagen Sie mir einfach Bescheid: Eine Pause lässt sich jederzeit vorzeitig beenden, und wenn Sie sich bis zum ${p.deadline} melden, wird die Box ${p.month} verschickt.`,
  notPaused: (p) =>
    `Ihr Abo ist aktiv und nicht pausiert${p.next ? `; die nächste Box wird am ${p.next} abgebucht` : ''}.`,
  alreadyCancelled: (p) => `Ihr Abo wurde bereits gekündigt${p.date ? ` (am ${p.date})` : ''}.`,
  skipTooLate: (p) =>
    `Die Box für ${p.month} kann nicht mehr ausgesetzt werden: Stichtag war der ${p.deadline}.`,
  noBoxThatMonth: (p) =>
    `Im ${p.month} ist keine Box geplant${
      p.frequency && p.boxes
        ? `: Sie erhalten ${p.frequency} eine Box (${p.boxes})`
        : p.next
          ? `; Ihre nächste Box ist die für ${p.next}`
          : ''
    }.`,
  skipNextInstead: (p) =>
    `Stattdessen können Sie die Box für ${p.month} aussetzen, bis zum ${p.deadline}: Sagen Sie einfach Bescheid, dann bereite ich es zur Bestätigung vor.`,
  skipTooFar: (p) =>
    `Aussetzen geht für Boxen der nächsten ${months(p.months)}, ${p.month} daher noch nicht.`,
  skipInARow: (p) =>
    `Es können höchstens ${p.max} Boxen hintereinander ausgesetzt werden; für eine längere Pause eignet sich eine Abo-Pause besser.`,
  skipYearLimit: (p) => `Pro Kalenderjahr können höchstens ${p.max} Boxen ausgesetzt werden.`,
  giftPostponementsUsed: () =>
    'Eine Geschenkbox kann höchstens 2-mal verschoben werden, und beide Male sind schon genutzt.',
  askSkipMonth: (p) => `Welche Box möchten Sie aussetzen? Möglich sind ${p.options}.`,
  skipRules: () =>
    'Aussetzen ist bis zum 28. des Vormonats möglich, für Boxen der nächsten 3 Monate (höchstens 2 hintereinander und 4 pro Jahr).',
  skipHowTo: () =>
    'Sie können eine Box unter Konto -> Mein Abo (levhaolam.example.com/account/subscription) aussetzen oder hier im Chat, sobald ich Ihr Abo gefunden habe.',
  askPauseLength: (p) =>
    `Für wie viele Monate möchten Sie pausieren? Eine Pause kann 1 bis ${p.max} Monate dauern.`,
  pauseSkipInstead: (p) =>
    `Eine Pause beginnt immer mit der nächsten Box (${p.start}); um nur ${p.months} auszulassen, passt das Aussetzen besser.`,
  pauseStarts: (p) => `Eine heute beantragte Pause beginnt mit der Box für ${p.month}.`,
  pauseForm: (p) =>
    `Ich habe eine Pause von ${monthsDative(p.months)} vorbereitet: keine Box und keine Abbuchung für ${p.boxes}.`,
  pauseCovers: (p) => `Die Pause umfasst ${p.from} bis ${p.to}.`,
  resumesOn: (p) => `Ihr Abo läuft am ${p.date} automatisch weiter.`,
  currentPauseEnds: (p) =>
    `Ihre aktuelle Pause${p.months ? ` von ${monthsDative(p.months)}` : ''} endet am ${p.date}.`,
  secondPauseAllowed: (p) =>
    `Die Verlängerung zählt als neue Pause, die nach dem Ende der aktuellen beginnt; es wäre Pause ${p.used} von ${p.max} erlaubten in 12 Monaten, das ist also möglich.`,
  pauseNotWhilePastDue: (p) =>
    `Eine Pause ist nicht möglich, solange${p.month ? ` die Zahlung für ${p.month}` : ' eine Zahlung'}${p.orderId ? ` (Box ${p.orderId})` : ''} überfällig ist.`,
  outstandingCollected: (p) =>
    `Der offene Betrag von ${p.amount} wird eingezogen, sobald Sie Ihre Karte aktualisieren.`,
  pauseLimitReached: (p) =>
    `Sie haben in den letzten 12 Monaten bereits ${p.used} Pausen genutzt (Beginn: ${p.starts}) – das ist das Maximum. Die nächste Pause kann mit der Box für ${p.next} beginnen.`,
  skipAlternative: (p) =>
    `Stattdessen können Sie Boxen aussetzen, zum Beispiel ${p.months} (bis zu ${p.max} hintereinander). Das zählt nicht zum Pausenlimit; das Aussetzen für ${p.month} muss bis zum ${p.deadline} erfolgen.`,
  pauseChangesNothing: (p) =>
    `Ihre nächste Box ist die für ${p.next} (Sie erhalten eine Box ${p.frequency}), im ${p.start} ist also keine Box fällig, und eine Pause von ${monthsDative(p.months)} würde nichts ändern.`,
  pauseCoverOptions: (p) =>
    `Um die Box für ${p.next} auszulassen, können Sie ${p.next} aussetzen oder ${months(p.months)} pausieren; sagen Sie mir, was Ihnen lieber ist.`,
  giftNoPause: () =>
    'Geschenk-Abos können nicht pausiert werden, eine Geschenkbox lässt sich aber verschieben.',
  pauseTooLong: (p) =>
    `Eine Pause dauert höchstens ${months(p.max)}; für länger lässt sie sich mit ausgesetzten Boxen kombinieren.`,
  askFrequency: (p) =>
    `Möchten Sie eine Box ${p.first} oder ${p.second}? Derzeit erhalten Sie ${p.current} eine Box.`,
  alreadyOnFrequency: (p) => `Sie erhalten bereits ${p.frequency} eine Box.`,
  frequencyForm: (p) => `Ich habe die Umstellung auf eine Box ${p.frequency} vorbereitet.`,
  switchIfWanted: (p) =>
    `Derzeit zahlen Sie ${p.current} pro Box. Wenn Sie auf eine Box ${p.frequency} umstellen möchten, sagen Sie mir einfach Bescheid, und ich bereite die Änderung zur Bestätigung vor.`,
  frequencyNextBox: (p) =>
    `Ihre nächste Box bleibt am ${p.date} (zum neuen Preis), danach erhalten Sie ${p.frequency} eine Box, die nächste im ${p.following}.`,
  offersIntro: () =>
    'Bevor Sie gehen, ein paar Möglichkeiten, falls sie helfen (nur einmal, ganz ohne Druck):',
  offerPause: (p) => `1–${p.max} Monate pausieren, danach läuft das Abo von selbst weiter.`,
  offerFrequency: (p) => `Eine Box ${p.frequency} erhalten (${p.amount} pro Box).`,
  offerLowerTier: (p) =>
    `Zu ${p.tier} ${p.frequency} wechseln, für ${p.amount} pro Box (Sie sparen ${p.saving} pro Box).`,
  offerLoyaltyBox: (p) =>
    `Da Sie seit ${p.since} bei uns sind: eine kostenlose ${p.tier}-Box als Treuegeschenk – Ihre nächste Box würde mit 0 $ berechnet.`,
  cancelIfStillWanted: () =>
    'Wenn Sie trotzdem kündigen möchten, sagen Sie es mir einfach: Unser Abo-Team bearbeitet die Kündigung und bestätigt sie innerhalb von 1 Werktag per E-Mail.',
  cancelHandedOver: () =>
    'Ich habe Ihre Kündigung an unser Abo-Team weitergegeben; es bestätigt sie innerhalb von 1 Werktag per E-Mail, und sie gilt ab dem Zeitpunkt Ihrer Anfrage.',
  cancelInTime: (p) =>
    `Eine Kündigung vor dem ${p.before} reicht, um die Abbuchung am ${p.charge} zu vermeiden.`,
  cancelTooLate: (p) =>
    `Die Box mit Abbuchung am ${p.charge} ist bereits fest eingeplant und wird noch versandt.`,
  heldBoxNotCharged: (p) =>
    `Die zurückgestellte Box für ${p.month} (${p.orderId}) wird bei einer Kündigung weder abgebucht noch versandt.`,
  feedbackPassedOn: () => 'Danke für Ihr ehrliches Feedback; ich habe es an unser Team weitergegeben.',
  noFurtherCharges: () => 'Es erfolgen keine weiteren Abbuchungen.',
};

export const quality: En['quality'] = {
  addPhotosInForm: () =>
    'Bitte fügen Sie Ihre Fotos auch im Formular hinzu, damit das Qualitäts-Team sie sehen kann.',
  askOrder: () =>
    'Um welche Bestellung geht es? Wenn Sie die Bestellnummer haben, schicken Sie sie mir gern; sonst suche ich Ihre letzte Bestellung.',
  notDeliveredYet: (p) => `Laut Sendungsverfolgung wurde Ihre Box für ${p.month} noch nicht zugestellt.`,
  windowEnded: (p) =>
    `Ihre Box wurde am ${p.delivered} zugestellt, die 14-Tage-Frist für Schadensmeldungen endete also am ${p.end}.`,
  passedToQualityTeam: (p) =>
    `Ich habe Ihre Meldung${p.photo ? ' und das Foto' : ''} an unser Qualitäts-Team weitergegeben; es prüft den Fall und bietet eventuell eine Kulanzlösung an – versprechen kann ich sie nicht.`,
  itemWasPacked: (p) => `Laut unseren Unterlagen war ${p.items} in Ihrer Box für ${p.month}.`,
  askWhichItems: () =>
    'Welche Artikel sind betroffen? Nennen Sie sie mir bitte, damit ich sie in die Meldung aufnehmen kann.',
  askMissingPhotos: () =>
    'Bitte schicken Sie ein Foto vom Inhalt der Box und vom Lieferschein, damit ich die Meldung vorbereiten kann.',
  askDamagePhotos: (p) =>
    `Bitte schicken Sie ein Foto ${p.items ? `vom beschädigten Artikel (${p.items})` : 'vom beschädigten Artikel'} und vom Inneren der Box, wie Sie sie geöffnet haben; eine Meldung braucht mindestens ein Foto.`,
  reportWithin: (p) =>
    `Schäden sind abgedeckt, wenn sie innerhalb von 14 Tagen nach Zustellung gemeldet werden: Ihre Box wurde am ${p.delivered} zugestellt, also bis zum ${p.end}.`,
  knownIssue: (p) =>
    `Das ist ein bekanntes Problem mit einigen Flaschen Galiläa-Olivenöl aus der Box für November 2026 (lose Verschlüsse): Meldungen werden bis zum ${p.until} angenommen, obwohl Ihre Box${p.delivered ? ` am ${p.delivered} und damit` : ''} vor mehr als 14 Tagen zugestellt wurde. Wir ersetzen die Flasche in Ihrer nächsten Box (oder erstatten ${p.refund}) und ersetzen auch alles, was das Öl verdorben hat.`,
  noReturnNeeded: (p) =>
    p.glass
      ? 'Sie müssen nichts zurückschicken; bitte entsorgen Sie Glasscherben vorsichtig.'
      : 'Sie müssen nichts zurückschicken.',
  claimForm: (p) => `Ich habe eine Schadensmeldung für ${p.orderId} vorbereitet, für: ${p.items}.`,
  withinWindow: (p) =>
    `Die Box wurde am ${p.delivered} zugestellt, das liegt also innerhalb der 14-Tage-Frist (bis zum ${p.end}).`,
  reviewTime: (p) =>
    `Nach Ihrer Bestätigung erhalten Sie eine Meldungsnummer per E-Mail, und unser Qualitäts-Team prüft die Meldung innerhalb von ${p.days} Werktagen.`,
  itemRemedy: (p) =>
    `Danach erhalten Sie den Ersatz ${p.next ? `in Ihrer nächsten Box (${p.next}${p.skipped ? `, da ${p.skipped} ausgesetzt ist` : ''})` : 'separat innerhalb von 7 Werktagen'} oder eine Erstattung von ${p.amount}.`,
  wholeBoxRemedy: (p) =>
    `Da mehr als die Hälfte der Box betroffen ist, können Sie eine Ersatzbox oder die volle Erstattung von ${p.amount} wählen.`,
  boxContents: (p) =>
    `${p.yours ? 'Ihre' : 'Die'} Box für ${p.month} ("${p.theme}", ${p.tier}) enthält: ${p.items}.`,
  substitutions: (p) => `Ersatz für Sie: ${p.swaps}.`,
  higherTierOnly: (p) => `${p.items}: nur in der ${p.tier}-Box.`,
  higherTiersOnly: (p) => `${p.items}: nur in den Premium- und Deluxe-Boxen.`,
  nextBoxPublished: (p) =>
    `Ihre nächste Box ist die für ${p.month}; ihr Inhalt wird am ${p.date} veröffentlicht.`,
  dealcoholisedAbv: () =>
    'Unsere alkoholfreien Weine von Gefen Zero sind entalkoholisiert: Sie enthalten 0,3–0,4 % Alkohol (unter 0,5 %), sind also nicht 0,0 %.',
  zeroOnlyPreference: () =>
    'Wenn Sie 0,0 % brauchen, wählen Sie die Einstellung "nur 0,0 %": Dann wird jeder Wein durch den Gefen Zero Sparkling Red Grape Juice ersetzt (0,0 %, nie vergoren). Unser Team stellt das innerhalb von 1 Werktag ein, oder Sie wählen es unter Konto -> Präferenzen.',
  yourAlcoholFreePreference: (p) =>
    p.zeroOnly
      ? 'In Ihrem Konto ist bereits die Einstellung "nur 0,0 %" aktiv.'
      : 'In Ihrem Konto ist die Einstellung für alkoholfreien Wein aktiv (entalkoholisiert, unter 0,5 %), nicht "nur 0,0 %".',
  noMedicalAdvice: () =>
    'Medizinische Ratschläge können wir nicht geben; im Zweifel fragen Sie bitte Ihre Ärztin oder Ihren Arzt.',
  nextBoxSchedule: (p) =>
    `Ihre nächste Box ist die für ${p.month} (Sie erhalten eine Box ${p.frequency}); ihr Inhalt wird am ${p.published} veröffentlicht.`,
  exclusionOnFile: (p) =>
    `Ihr Ausschluss von ${p.allergens} ist hinterlegt, daher wird jeder Artikel mit ${p.allergens} durch einen gleichwertigen ersetzt.`,
  exclusionsAvailable: () =>
    'Wir können Sesam, Schalenfrüchte oder Gluten ausschließen (Konto -> Präferenzen -> Allergen-Ausschlüsse, oder unser Team stellt es innerhalb von 1 Werktag ein).',
  crossContact: () =>
    'Alle Artikel sind vom Hersteller versiegelt und wir packen nie Lebensmittel um, aber eine Box ohne Kreuzkontakt können wir nicht garantieren; jeder Box liegen gedruckte Zutatenkarten bei.',
  allergen: (name) => ALLERGENS[name] ?? name,
  allergenItems: (p) => `Artikel dieser Box mit dem Allergen „${p.family}“ auf dem Etikett: ${p.items}.`,
  noAllergenItems: (p) => `Kein Artikel dieser Box hat das Allergen „${p.family}“ auf dem Etikett.`,
  relatedAllergen: (p) =>
    `Außerdem auf einem Etikett: ${p.label} (${p.items}), das manche Menschen, die ${p.family} meiden, ebenfalls meiden.`,
  productFallback: () =>
    'Ich habe Ihre Frage an unser Team weitergeleitet, das Ihnen innerhalb von 1 Werktag antwortet; jeder Box liegen außerdem Zutatenkarten mit Tipps bei.',
};

export const products: En['products'] = {
  hawaijCoffee: () =>
    'Hawaij für Kaffee ist eine jemenitische Gewürzmischung aus Ingwer und Kardamom, mit Zimt und Nelke. Geben Sie etwa einen halben Teelöffel in eine Kanne türkischen Kaffee oder in Milch für einen Gewürz-Latte.',
  hawaijSoup: () =>
    'Hawaij für Suppe ist eine jemenitische Mischung aus Kreuzkümmel, Kurkuma, schwarzem Pfeffer und Kardamom: etwa 1 Teelöffel pro Liter Hühner- oder Gemüsesuppe.',
  zaatar: () =>
    "Za'atar ist eine Mischung aus wildem Ysop, geröstetem Sesam, Sumach und Salz. Mit Olivenöl verrühren und auf Brot oder Pita streichen, oder über Eier, Salate und Ofengemüse streuen. Bitte beachten Sie: Es enthält Sesam.",
  sumac: () =>
    'Sumach schmeckt säuerlich und zitronig, nicht scharf: ideal über Salaten, Hummus und gegrilltem Gemüse.',
  tahini: () =>
    'Unser Tahini ist 100 % steingemahlener Sesam: umrühren und mit Wasser, Zitrone und Knoblauch zu Tahini-Sauce mischen. Enthält Sesam.',
  silan: () =>
    'Silan ist ein Sirup nur aus Medjool-Datteln; verwenden Sie ihn wie Honig, zu Tahini, Joghurt oder Pfannkuchen.',
  amba: () =>
    'Amba ist eine säuerliche Würzsauce aus eingelegter Mango mit Bockshornklee und Kurkuma; sie enthält Senfsaat.',
  schug: () =>
    'Schug ist eine frische Würzpaste aus grüner Chili, Koriander und Knoblauch nach jemenitischem Familienrezept; sie ist scharf, also sparsam anfangen. Nach dem Öffnen kühl lagern.',
  halva: () =>
    'Unsere Halva ist Sesam-Halva mit Pistazien (enthält Sesam und Schalenfrüchte); unter 25 °C lagern.',
  baharat: () =>
    'Baharat ist eine warme Mischung aus schwarzem Pfeffer, Piment, Zimt, Kardamom, Muskat und Nelke, für Fleisch, Reis und Ofengemüse.',
  negevOil: () =>
    'Das Olivenöl aus der Negev-Wüste (Ramat Negev Olive Farm) ist nativ extra, mild und fruchtig, in einer Dose, die es vor Licht schützt.',
  galileeOil: () =>
    "Das Galiläa-Olivenöl von Zeitim HaGalil in Peki'in ist nativ extra, aus früh geernteten Souri-Oliven, mit pfeffrigem Abgang.",
  cosmetics: () =>
    'Unsere Kosmetik vom Toten Meer von Ein Bokek Mineral Lab ist parabenfrei und nur zur äußerlichen Anwendung. Bei empfindlicher Haut empfehlen wir zuerst einen Test an einer kleinen Stelle; das Salzpeeling ist nicht für Gesicht oder verletzte Haut gedacht.',
  kosher: () =>
    'Alle unsere Lebensmittel und Weine sind koscher zertifiziert. Die Weine von Gefen Zero und der Carmel Ridge Rose sind mevushal; unsere anderen Weine sind nicht mevushal. Milchprodukte (Schokolade mit Milch, Rugelach) sind auf der Zutatenkarte gekennzeichnet.',
  pomegranate: () =>
    'Granatapfelsirup ist eingekochter Granatapfelsaft ohne Zuckerzusatz: süß-sauer, für Dressings, Glasuren und Marinaden.',
};

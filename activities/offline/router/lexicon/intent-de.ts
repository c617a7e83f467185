import type { CueSpec } from '../cue';

/** German intent cues (umlauts optional: ä/ö/ü normalise to a/o/u, ß to ss). */
export const INTENT_CUES_DE: readonly CueSpec[] = [
  // shipping_tracking
  ['shipping_tracking', 3, 'wo ~ paket|box|bestellung|sendung|lieferung|karton'],
  ['shipping_tracking', 3, 'sendungsverfolgung|sendungsnummer|tracking|trackingnummer|verfolg*|nachverfolg*'],
  ['shipping_tracking', 3, 'nicht|nie|noch ~ angekommen|erhalten|bekommen|geliefert; noch nicht da'],
  ['shipping_tracking', 3, 'wann ~~ kommt|ankommen|geliefert|versendet|verschickt|zugestellt|erwarten'],
  ['shipping_tracking', 2.5, 'zoll*|unterwegs|verspat*|verzogert|verzogerung|verloren|verschwunden'],
  ['shipping_tracking', 2.5, 'ersatzbox|ersatzpaket|ersatzlieferung; lieber ~ ersatz'],
  ['shipping_tracking', 2, 'zugestellt|geliefert|zustellung'],
  [
    'shipping_tracking',
    2.5,
    'verteilzentrum|paketzentrum|sortierzentrum|depot|paketshop|packstation; seit tagen|wochen; liegt seit',
  ],
  ['shipping_tracking', 1, 'paket|sendung|lieferung|briefkasten|nachbar*|post|dhl|ups|versand'],

  ['shipping_tracking', 3, 'warte|warten ~ auf ~ paket|box|bestellung|sendung|lieferung'],

  // address_change
  [
    'address_change',
    4,
    'neue|andern|aktualisier*|korrigier* ~ adresse|anschrift|lieferadresse; adresse ~ andern|aktualisieren',
  ],
  ['address_change', 2, 'adresse|anschrift|lieferadresse'],
  ['address_change', 3, 'umgezogen|umzug|umziehen; ziehe|ziehen um'],
  ['address_change', 1.5, /[\p{L}-]+(?:strasse|str\.|weg|allee|platz|gasse|ring|damm)\s+\d+/u],

  // billing_payment
  ['billing_payment', 3, 'abgebucht|abbuchung*|belast*|berechnet|abgezogen'],
  ['billing_payment', 3, 'doppelt|zweimal ~ abgebucht|belastet|berechnet|bezahlt'],
  ['billing_payment', 2.5, 'zahlung*|bezahl*|kreditkarte|karte|rechnung*|lastschrift|paypal'],
  ['billing_payment', 2, 'abgelehnt|fehlgeschlagen|abgelaufen; 3d secure'],
  ['billing_payment', 1.5, 'bank|wahrung|dollar|euro|gebuhr*|preis'],

  // refund_request
  ['refund_request', 5, 'ruckerstatt*|erstatt*|ruckzahlung|zuruckzahl*|gutschrift; geld zuruck'],

  // subscription_pause
  ['subscription_pause', 5, 'pausier*|pause'],
  ['subscription_pause', 3, 'unterbrech*|aussetzen|ruhen; auf eis'],
  ['subscription_pause', 3, 'fortsetzen; wieder aufnehmen|aufgenommen|starten|beginnen'],
  ['subscription_pause', 1.5, 'fur ~ monat|monate'],

  // subscription_skip
  [
    'subscription_skip',
    5,
    'uberspring*|auslass*|ausfallen; nicht schicken; nicht senden; nicht liefern; keine box',
  ],
  ['subscription_skip', 2.5, 'verschieb*|aussetzen'],

  // subscription_frequency
  [
    'subscription_frequency',
    4.5,
    'upgrade*|downgrade*|wechseln|wechsel|umsteigen|umstellen ~ basic|premium|deluxe; basic|premium|deluxe ~ wechseln|umsteigen|umstellen|upgraden|downgraden',
  ],
  [
    'subscription_frequency',
    5,
    'alle zwei|drei|2|3 monate; zweimonatlich|vierteljahrlich|quartal*|haufigkeit|rhythmus|intervall|seltener|ofter|haufiger; wie oft',
  ],
  ['subscription_frequency', 2, 'monatlich; jeden monat'],

  // subscription_cancel
  ['subscription_cancel', 5, 'kundig*|storn*|abbestellen|abmelden|austreten'],
  [
    'subscription_cancel',
    4,
    'abo|abonnement ~ beenden|aufheben; nicht mehr ~ haben|bekommen|erhalten; keine ~ boxen|box|lieferungen ~ mehr',
  ],
  ['subscription_cancel', 2.5, 'beenden|beendet|stoppen|einstellen'],
  ['subscription_cancel', -4, 'schon|bereits ~ gekundigt|storniert; habe ~ gekundigt'],

  // damaged_item
  [
    'damaged_item',
    5,
    'kaputt|zerbrochen|gebrochen|beschadigt|ausgelaufen|auslauf*|undicht|zerdruckt|zerquetscht|verdorben|schimmel*|gesprungen|zersprungen|riss|eingedruckt|verbeult',
  ],
  ['damaged_item', 3.5, 'fehlt|fehlte*|fehlend*|unvollstandig'],
  ['damaged_item', 1.5, 'foto|fotos|bild|bilder|anbei|anhang'],

  // product_question
  [
    'product_question',
    3.5,
    'zutat*|allergi*|allergen*|gluten|nuss*|erdnuss*|sesam|laktose|vegan|vegetarisch|koscher|parabene',
  ],
  ['product_question', 3, 'enthalt*|inhalt|haltbar*|verwende*; was ist in; was kommt in'],
  ['product_question', 3, 'kein wein; ohne wein; wo ist der wein'],
  [
    'product_question',
    2.5,
    'alkoholfrei*|alkohol|schwanger*|zucker|diabet*|konservierungsstoff*|haltbarkeit|bio',
  ],
  ['product_question', 1, 'wein|weine|produkt*|olivenol|honig|seife|kosmetik'],

  // order_history
  [
    'order_history',
    4,
    'bestellhistorie|bestellverlauf|bestellubersicht; bisherigen|fruheren|vergangenen|alle|letzten ~ bestellungen|boxen; liste ~ bestellungen',
  ],
  [
    'order_history',
    3.5,
    'erste box; erste bestellung; wie viele boxen; wann habe ich ~ bekommen|erhalten|angefangen',
  ],
  [
    'order_history',
    3.5,
    'welche ~ boxen|bestellungen ~ bekommen|erhalten|bestellt|geliefert; dieses|letztes jahr',
  ],
  ['order_history', 2.5, 'unterlagen|steuer*|buchhaltung|steuererklarung'],

  // gratitude
  ['gratitude', 4, 'danke fur; vielen dank; herzlichen dank; tausend dank; dankeschon'],
  [
    'gratitude',
    3,
    'toll|wunderbar|lecker|grossartig|begeistert|kompliment|fantastisch|klasse; ich liebe; wir lieben',
  ],
  ['gratitude', 1, 'danke'],

  // human_request
  [
    'human_request',
    5,
    'mit|einen|einem|einer ~ mensch*|mitarbeiter*|person|vorgesetzt*|manager*|berater*|kundenberater*|verantwortlich* ~ sprechen|reden|telefonieren',
  ],
  ['human_request', 5, 'echte* person|mensch*; menschlich* ~ mitarbeiter*|ansprechpartner*'],
  [
    'human_request',
    4,
    'vorgesetzt*|ruckruf|anrufen; rufen sie mich an; ruft mich an; per telefon; telefonisch',
  ],

  // other
  ['other', 3.5, 'wie viel|wieviel|preis|preise|kostet|kosten ~ basic|premium|deluxe'],
  [
    'other',
    4,
    'partnerschaft|kooperation|zusammenarbeit|lieferant*|handler|grosshandel|datenschutz|dsgvo|personenbezogen*|stellenangebot*; daten loschen; konto loschen',
  ],
  [
    'other',
    3,
    'bauern|landwirte|spende*|firma|feinkostladen|laden|journalist*|presse; mein laden; ihre produkte ~ verkaufen',
  ],
];

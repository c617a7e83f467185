import type { CueSpec } from '../cue';

/** French intent cues (accents optional: the text is normalised before matching). */
export const INTENT_CUES_FR: readonly CueSpec[] = [
  // shipping_tracking
  ['shipping_tracking', 3, 'ou ~ colis|box|boite|commande|envoi|livraison|paquet'],
  ['shipping_tracking', 3, 'suivi|suivre|tracking; numero de suivi'],
  [
    'shipping_tracking',
    3,
    "pas|jamais|toujours ~ arrive|arrivee|recu|recue|livre|livree; n'est pas arrive*; n'ai pas recu",
  ],
  ['shipping_tracking', 3, 'quand ~~ arriv*|livr*|expedi*|envoy*|recevrai'],
  [
    'shipping_tracking',
    2.5,
    "douane*|retard*|bloque*|perdu*|egare*; en transit; en route; en cours d'acheminement; date de livraison",
  ],
  ['shipping_tracking', 2.5, 'box de remplacement; prefere|prefererais ~ remplacement'],
  ['shipping_tracking', 2.5, 'indique|marque|affiche ~ livre|livree'],
  ['shipping_tracking', 1.5, 'expedie|expediee|expedition|envoye|envoyee'],
  [
    'shipping_tracking',
    1,
    'colis|livraison|facteur|transporteur|colissimo|chronopost|voisin*; la poste; boite aux lettres',
  ],

  ['shipping_tracking', 3, "j'attends|attends|attendons ~ colis|box|commande|livraison"],

  // address_change
  ['address_change', 4, 'changer|modifier|corriger|nouvelle ~ adresse; mettre a jour ~ adresse'],
  ['address_change', 2, 'adresse'],
  ['address_change', 3, 'demenag*|demenagement'],
  ['address_change', 1.5, /\d+,?\s+(?:rue|avenue|av\.|boulevard|bd|chemin|place|allee|impasse|quai)\s/u],

  // billing_payment
  ['billing_payment', 3, 'preleve*|prelevement*|debite*|debit|factur*'],
  ['billing_payment', 3, 'deux fois; en double; double prelevement; double debit'],
  ['billing_payment', 2.5, 'paiement*|payer|paye|carte|paypal'],
  ['billing_payment', 2, 'refus*|echou*|expire*'],
  ['billing_payment', 1.5, 'banque|devise|dollars|euros|frais|prix|tarif'],
  ['billing_payment', 3, 'litige|contestation'],

  // refund_request
  ['refund_request', 5, 'rembours*; mon argent; recuperer ~ argent; rendre ~ argent'],

  // subscription_pause
  ['subscription_pause', 5, 'pause|suspendre|suspension; mettre en attente; faire une pause'],
  ['subscription_pause', 3, 'interrompre'],
  ['subscription_pause', 3, 'reprendre'],
  ['subscription_pause', 1.5, 'pendant|pour ~ mois'],

  // subscription_skip
  ['subscription_skip', 5, "sauter; ne pas recevoir; ne pas envoyer; ne pas m'envoyer"],
  ['subscription_skip', 3, 'reporter|decaler'],

  // subscription_frequency
  ['subscription_frequency', 4.5, 'passer|changer|upgrade* ~ basic|basique|premium|deluxe'],
  [
    'subscription_frequency',
    5,
    'tous les deux|trois|2|3 mois; bimestriel*|trimestriel*|frequence; moins souvent; plus souvent',
  ],
  ['subscription_frequency', 2, 'mensuel*; tous les mois; chaque mois'],
  ['subscription_frequency', 3, 'passer ~ a ~ mensuel*|bimestriel*|trimestriel*'],

  // subscription_cancel
  ['subscription_cancel', 5, 'resilier|resiliation|desabonner|desinscri*|annuler ~ abonnement; mettre fin'],
  ['subscription_cancel', 3, 'annul*|arreter'],
  ['subscription_cancel', -4, "j'ai ~ annule|resilie; deja ~ annule|resilie"],

  // damaged_item
  [
    'damaged_item',
    5,
    'casse*|brise*|abime*|endommag*|fuite|fuit|ecrase*|cabosse*|pourri|pourrie|pourris|pourries|moisi*|perime*|fissure*|renverse*|fele*|fui|fuyait|coule|coulee; a coule',
  ],
  ['damaged_item', 3.5, "manqu*|incomplet*; il manque; n'etait pas dans"],
  ['damaged_item', 1.5, 'photo|photos|ci-joint|jointe|joint'],

  // product_question
  [
    'product_question',
    3.5,
    'ingredient*|allerg*|gluten|noix|arachide*|amande*|pistache*|sesame|lactose|vegan|vegetalien|casher|kasher|parabene*; fruits|fruit a coque',
  ],
  ['product_question', 3, "contien*|contenu; sans alcool; comment ~ utiliser; qu'y a-t-il"],
  ['product_question', 3, 'pas de vin; sans vin'],
  ['product_question', 2.5, 'alcool|enceinte|sucre|diabet*|conservateur*|bio|sulfite*'],
  [
    'product_question',
    2.5,
    'convient|adapte|adaptee|peau|peaux|sensible|sensibles|parfum|utiliser|conserver',
  ],
  ['product_question', 1, 'vin|vins|produit*|huile|miel|savon|cosmetique*'],

  // order_history
  [
    'order_history',
    4,
    'historique; commandes precedentes; anciennes commandes; mes commandes; liste ~ commandes|box; toutes ~ commandes',
  ],
  ['order_history', 3.5, 'premiere box; premier colis; premiere commande; combien de box'],
  ['order_history', 3.5, 'quelles ~ box|commandes ~ recu*|commande*'],
  // A year's boxes, weaker: "skip the boxes this year" is a skip.
  [
    'order_history',
    2.5,
    "box|commandes ~ cette annee; box|commandes ~ l'annee derniere|passee; box|commandes ~ l'an dernier|passe",
  ],
  ['order_history', 2.5, 'comptabilite|dossiers|archives|impots; notes de frais'],

  // gratitude
  ['gratitude', 4, 'merci pour; merci beaucoup; mille mercis; un grand merci; bravo; felicitations'],
  ['gratitude', 3, "adore|j'adore|magnifique|delicieu*|genial|super|formidable|merveilleu*|ravi|ravie"],
  ['gratitude', 1, 'merci'],

  // human_request
  [
    'human_request',
    5,
    "parler ~ a|avec ~ humain|personne|conseiller|conseillere|responsable|agent|quelqu'un|manager|superviseur|vrai*",
  ],
  ['human_request', 5, 'un humain; une vraie personne; etre humain; personne reelle'],
  ['human_request', 4, "responsable|superviseur|rappel*|m'appeler|appelez-moi; par telephone"],

  // other
  ['other', 3.5, 'combien|prix|coute|coutent|tarif* ~ basic|basique|premium|deluxe'],
  [
    'other',
    4,
    'partenariat|partenaire*|collaboration|fournisseur*|revendeur*|grossiste|rgpd|confidentialite|emploi|stage|recrut*; donnees personnelles; supprimer ~ compte|donnees',
  ],
  [
    'other',
    3,
    'agriculteurs|producteurs|association|journaliste|presse|boutique|epicerie; ma boutique; faire un don; vendre ~ produits',
  ],
  ['other', 2, 'entreprise'],
];

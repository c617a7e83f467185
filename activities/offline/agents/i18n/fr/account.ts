/** French: tracking, addresses, order history, payments and refunds. */
import type { EN_PHRASES } from '../en';
import { Carrier, carrier, de } from './common';

type En = typeof EN_PHRASES;

/** Country names with the preposition each sentence needs ("au Mexique", "pour l’Allemagne"). */
const COUNTRIES: Record<string, { name: string; to: string; for: string }> = {
  US: { name: 'les États-Unis', to: 'aux États-Unis', for: 'pour les États-Unis' },
  CA: { name: 'le Canada', to: 'au Canada', for: 'pour le Canada' },
  GB: { name: 'le Royaume-Uni', to: 'au Royaume-Uni', for: 'pour le Royaume-Uni' },
  DE: { name: 'l’Allemagne', to: 'en Allemagne', for: 'pour l’Allemagne' },
  FR: { name: 'la France', to: 'en France', for: 'pour la France' },
  ES: { name: 'l’Espagne', to: 'en Espagne', for: 'pour l’Espagne' },
  IL: { name: 'Israël', to: 'en Israël', for: 'pour Israël' },
  AU: { name: 'l’Australie', to: 'en Australie', for: 'pour l’Australie' },
  BR: { name: 'le Brésil', to: 'au Brésil', for: 'pour le Brésil' },
  MX: { name: 'le Mexique', to: 'au Mexique', for: 'pour le Mexique' },
  ZA: { name: 'l’Afrique du Sud', to: 'en Afrique du Sud', for: 'pour l’Afrique du Sud' },
  AR: { name: 'l’Argentine', to: 'en Argentine', for: 'pour l’Argentine' },
  AT: { name: 'l’Autriche', to: 'en Autriche', for: 'pour l’Autriche' },
  CH: { name: 'la Suisse', to: 'en Suisse', for: 'pour la Suisse' },
  IT: { name: 'l’Italie', to: 'en Italie', for: 'pour l’Italie' },
  NL: { name: 'les Pays-Bas', to: 'aux Pays-Bas', for: 'pour les Pays-Bas' },
  BE: { name: 'la Belgique', to: 'en Belgique', for: 'pour la Belgique' },
};
const country = (code: string) => COUNTRIES[code] ?? { name: code, to: `vers ${code}`, for: `pour ${code}` };
const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const STATUS: Record<string, string> = {
  in_transit: 'en cours de livraison',
  processing: 'en préparation',
  delivered: 'livrée',
  lost: 'perdue',
  returned: 'retournée',
};

const HOLIDAY_NAMES = {
  hanukkah: 'Hanoukka',
  passover: 'Pessa’h',
  rosh_hashanah: 'Roch Hachana',
  sukkot: 'Souccot',
  shavuot: 'Chavouot',
  purim: 'Pourim',
  christmas: 'Noël',
  new_year: 'le jour de l’An',
} as const;

export const shipping: En['shipping'] = {
  alcoholNotShipped: (p) =>
    `Le vin avec alcool n’est expédié qu’en Israël, au Royaume-Uni et dans les pays de l’UE ; les box envoyées ${country(p.country).to} reçoivent automatiquement des vins sans alcool de Gefen Zero, ce que nous ne pouvons pas changer pour votre adresse.`,
  upcomingBox: (p) =>
    `Votre box ${de(p.month)} est prélevée le ${p.charge} et expédiée entre le ${p.firstDay} et le ${p.last} (du dimanche au jeudi) ; vous recevez le numéro de suivi par e-mail le jour de l’expédition.`,
  arrivalWindow: (p) => `Elle arrive en général entre le ${p.from} et le ${p.to}.`,
  holidayArrival: (p) => {
    const name = HOLIDAY_NAMES[p.holiday];
    const starts = p.evening
      ? `${name} commence le soir du ${p.date}`
      : `${capital(name)} tombe le ${p.date}`;
    if (p.arrival === 'before')
      return `${starts}, et la box arrive en général avant, mais les dates de livraison sont des estimations, pas des garanties.`;
    if (p.arrival === 'after') return `${starts}, donc la box arrivera très probablement après.`;
    return `${starts}, donc une livraison avant la fête n’est pas garantie.`;
  },
  selfService: (p) =>
    `Une fois en route, ${p.service} vous permet de reprogrammer la livraison ou de choisir un lieu sûr.`,
  addressOnFile: (p) => `L’adresse enregistrée pour vos box est ${p.address}.`,
  parcelIntro: (p) =>
    `Votre box ${de(p.month)} est en route avec ${carrier(p.carrier)}, numéro de suivi ${p.tracking}.`,
  lastScan: (p) => `Le dernier scan date du ${p.date} : « ${p.description} » (${p.location}).`,
  noScanYet: () =>
    'Il n’y a pas encore de scan du transporteur ; le premier peut mettre jusqu’à 48 heures à apparaître.',
  eta: (p) =>
    p.late
      ? `La date de livraison estimée était le ${p.date}.`
      : `La date de livraison estimée est le ${p.date} : tout est dans les temps.`,
  transitTime: (p) =>
    `${Carrier(p.carrier)} livre ${country(p.country).to} en ${p.days} jours ouvrés après l’expédition.`,
  quietPeriod: () =>
    'Après « Item departed Israel », la Poste israélienne n’affiche souvent aucun nouveau scan pendant jusqu’à 10 jours ouvrés, jusqu’à ce que le colis soit scanné dans le pays de destination ; c’est normal.',
  taxesOnDelivery: (p) =>
    `${capital(country(p.country).name)} est une destination DAP : des taxes d’importation peuvent être facturées par la douane à la livraison, à la charge du destinataire.`,
  taxesMayBeDue: (p) =>
    `Des taxes d’importation peuvent être facturées à la livraison par la douane${p.country ? ` (${country(p.country).name})` : ' locale'} (DAP), à la charge du destinataire.`,
  nothingToPay: (p) =>
    `Vous n’avez rien à payer : les droits de douane sont déjà réglés (DDP) ${p.country ? country(p.country).for : 'pour votre pays'}. Si quelqu’un vous demande un paiement, ne payez pas et prévenez-nous.`,
  customsHeld: (p) =>
    `Il est retenu pour contrôle douanier${p.location ? ` (${p.location})` : ''} depuis le ${p.since}.`,
  customsDelay: (p) => `C’est normal : un contrôle douanier peut ajouter ${p.days} jours ouvrés.`,
  customsPay: (p) =>
    p.country === 'BR'
      ? `La demande des Correios est authentique : les taxes d’importation au Brésil sont fixées par la douane brésilienne et payées par le destinataire (DAP), et nous ne pouvons ni les prendre en charge ni les rembourser. Vous pouvez la régler dans l’application ou sur le site Correios « Minhas Importações »${p.deadline ? ` avant le ${p.deadline}` : ''} ; sinon, le colis repart chez l’expéditeur.`
      : 'Dans votre pays, les taxes d’importation sont à la charge du destinataire (DAP) ; le transporteur vous indiquera le montant.',
  importTaxGuide: (p) => {
    const declared = p.declared ? ` (votre box est déclarée à ${p.declared}, le prix payé)` : '';
    const guide = 'À titre indicatif, car nous ne pouvons pas prévoir le montant exact :';
    switch (p.country) {
      case 'BR':
        return `${guide} avec Remessa Conforme, la taxe d’importation est de 20 % pour une valeur déclarée jusqu’à USD 50${declared} et de 60 % au-delà de USD 50 (avec une déduction de USD 20), plus la taxe d’État ICMS de 17-20 %.`;
      case 'CA':
        return `${guide} TPS/TVH de 5-15 % de la valeur déclarée${declared} selon la province (Québec : TPS 5 % + TVQ 9,975 %) ; UPS peut ajouter des frais de courtage, en général CAD 10-25, et DHL des frais de dédouanement.`;
      case 'ZA':
        return `${guide} TVA de 15 % plus droits de douane (souvent environ 20 % sur l’alimentaire) sur la valeur déclarée${declared}, plus des frais de traitement de la poste.`;
      case 'MX':
        return `${guide} IVA de 16 % plus droits d’importation, soit en général 19-33 % de la valeur déclarée${declared}.`;
    }
  },
  pastEta: (p) =>
    `La date de livraison estimée du ${p.date} est maintenant dépassée, et je suis désolé que cela prenne autant de temps.`,
  traceOpening: (p) =>
    `Je transmets cela à notre équipe expéditions afin qu’une enquête soit ouverte auprès de ${carrier(p.carrier)} (le jour même ou le jour ouvré suivant) ; vous n’avez pas besoin de contacter ${carrier(p.carrier)} vous-même. Une enquête prend jusqu’à ${p.days} jours ouvrés.`,
  traceSoon: (p) =>
    `S’il n’y a toujours pas de nouveau scan le ${p.date}, nous ouvrirons une enquête auprès du transporteur.`,
  lostRemedyIfDeclared: () =>
    'Si le colis est déclaré perdu, vous choisirez entre une box de remplacement gratuite (envoyée par DHL Express) ou un remboursement intégral.',
  delivered: (p) =>
    `Votre box ${de(p.month)} (${carrier(p.carrier)}, numéro de suivi ${p.tracking}) a été livrée le ${p.date}${p.place ? ` (${p.place})` : ''}.`,
  receivedBy: (p) =>
    p.frontDesk
      ? `Elle a été déposée à l’accueil et réceptionnée par ${p.name}.`
      : `Elle a été signée par ${p.name}.`,
  leftAtDoor: () => 'Elle a été déposée devant la porte d’entrée.',
  notFoundSteps: () =>
    'Vérifiez votre boîte aux lettres, l’accueil ou la loge de l’immeuble, vos voisins et tout endroit sûr utilisé par le livreur ; il arrive que le transporteur scanne « livré » un peu trop tôt et que le colis arrive avant la fin du jour ouvré suivant.',
  investigation: (p) =>
    `S’il manque toujours, prévenez-nous avant le ${p.by} (dans les 7 jours suivant le scan de livraison) et nous ouvrirons une réclamation auprès du transporteur (jusqu’à 10 jours ouvrés) ; vous n’avez pas besoin de contacter ${carrier(p.carrier)} vous-même. Si la livraison ne peut pas être confirmée, nous remplaçons ou remboursons la box.`,
  investigationLate: (p) =>
    `Le scan de livraison date du ${p.date}, il y a plus de 7 jours : la réclamation habituelle auprès du transporteur ne s’ouvre donc plus automatiquement ; je transmets votre dossier à notre équipe expéditions, qui l’examinera et reviendra vers vous. Vous n’avez pas besoin de contacter ${carrier(p.carrier)} vous-même.`,
  heldForPayment: (p) =>
    `Votre box ${de(p.month)} (${p.orderId}) n’a pas été expédiée : elle est en attente car le paiement a échoué${p.card ? ` sur la carte se terminant par ${p.card}` : ''}${p.expiry ? `, qui a expiré (${p.expiry})` : ''}.`,
  heldUntil: (p) =>
    `La box vous est réservée jusqu’au ${p.date} et sera expédiée sous 2 jours ouvrés après le paiement.`,
  notShippedYet: (p) =>
    `Votre box ${de(p.month)} n’est pas encore expédiée : les box partent entre le 2 et le 6 du mois, et vous recevez le numéro de suivi par e-mail le jour de l’expédition.`,
  noBoxInMonth: (p) =>
    `Il n’y a pas de box ${de(p.month)} sur votre compte${p.skipped ? ' : ce mois-là a été sauté' : p.frequency ? ` : vous recevez une box ${p.frequency}` : ''}.`,
  lostConfirmed: (p) =>
    `${Carrier(p.carrier)} a confirmé la perte de votre box ${de(p.month)} (${p.orderId})${p.date ? ` le ${p.date}` : ''}.`,
  lostChoice: (p) =>
    `Vous pouvez choisir une box de remplacement gratuite (envoyée par DHL Express sous 5 jours ouvrés) ou un remboursement intégral de ${p.price} ; notre équipe valide sous 1 jour ouvré.`,
  returned: (p) =>
    `Votre box ${de(p.month)} (${p.orderId}) est revenue dans notre entrepôt${p.date ? ` le ${p.date}` : ''}${p.unitMissing ? ', car le numéro d’appartement manquait dans l’adresse' : ''}.`,
  returnedChoice: (p) =>
    `Nous pouvons la réexpédier pour ${p.reship}, ou rembourser le prix de la box moins ${p.reship} de frais de retour, soit ${p.refund}.`,
  orderNotOnAccount: (p) =>
    `Je ne trouve pas la commande ${p.orderId} sur votre compte ; pourriez-vous vérifier le numéro ?`,
};

export const account: En['account'] = {
  askAddress: () =>
    'Merci de m’envoyer la nouvelle adresse : rue et numéro, appartement (le cas échéant), ville, code postal, pays et, si nécessaire, l’État ou la province.',
  askRegion: () => 'Pourriez-vous ajouter l’État ou la province ? C’est obligatoire pour votre pays.',
  addressCancelled: (p) =>
    `Votre abonnement a été résilié${p.date ? ` le ${p.date}` : ''}, aucune box n’est donc prévue et il n’y a rien à envoyer à une nouvelle adresse. Vous pouvez vous réabonner avec la nouvelle adresse à tout moment${
      p.keepJoinDateUntil
        ? ` ; si vous le faites d’ici le ${p.keepJoinDateUntil}, vous gardez votre date d’inscription d’origine`
        : ''
    }.`,
  postalInvalid: (p) =>
    `Le code postal « ${p.code} » est incomplet : ${country(p.country).to}, les codes postaux ont ${p.digits ? `${p.digits} chiffres` : `le format ${p.shape}`} (par exemple ${p.example}).`,
  askFullPostal: () =>
    'Pourriez-vous m’envoyer le code postal complet ? Je préparerai le changement d’adresse dès réception.',
  addressForm: (p) => `J’ai préparé un changement d’adresse vers : ${p.address}.`,
  oldAddressBox: (p) =>
    `Votre box ${de(p.month)} partira encore ${p.street ? `à l’adresse ${p.street}` : 'à votre adresse actuelle'}, car sa date limite de changement d’adresse était le ${p.cutoff}.`,
  newAddressFrom: (p) => `La nouvelle adresse sera utilisée à partir de votre box ${de(p.month)}.`,
  skipOldBox: (p) =>
    `Si vous n’êtes plus à l’ancienne adresse pour la recevoir, vous pouvez sauter la box ${de(p.month)} jusqu’au ${p.deadline}.`,
  noRedirect: (p) =>
    `Votre box ${de(p.month)} est déjà en route et ne peut pas être réacheminée vers la nouvelle adresse.`,
  nextBox: (p) => `Votre prochaine box est celle ${de(p.month)}, prélevée le ${p.date}.`,
  pausedUntil: (p) => `Votre abonnement est en pause jusqu’au ${p.date}.`,
  firstBox: (p) =>
    `Vous êtes avec nous depuis le ${p.since}, votre première box était donc celle ${de(p.month)}.`,
  themeOf: (p) => `Le thème de la box ${de(p.month)} (${p.orderId}) était « ${p.theme} ».`,
  itemProducer: (p) => `Le produit ${p.item} venait de ${p.producer}, à ${p.place}.`,
  countSince: (p) => `Depuis ${p.since}, ${p.count} box vous ont été livrées (${p.months}).`,
  wasLost: (p) => `La box ${de(p.month)} a été perdue par ${carrier(p.carrier)}.`,
  wasReturned: (p) => `La box ${de(p.month)} est revenue dans notre entrepôt.`,
  yearIntro: (p) => `Voici vos box de ${p.year} :`,
  replacedBy: (p) =>
    `remplacée gratuitement par ${p.orderId}${p.delivered ? `, livrée le ${p.delivered}` : ''}`,
  noBoxesInYear: (p) => `Je ne vois aucune box sur votre compte en ${p.year}.`,
  listIntro: () => 'Voici vos commandes les plus récentes :',
  orderLine: (p) =>
    `${p.orderId} : box ${de(p.month)}${p.theme ? ` (« ${p.theme} »)` : ''}, ${p.amount}${p.delivered ? `, livrée le ${p.delivered}` : `, ${STATUS[p.status] ?? p.status}`}`,
  eachBoxCost: (p) => `Chaque box ${p.tier} coûtait ${p.amount}.`,
  lastOrder: (p) =>
    p.delivered
      ? `Votre dernière box était celle ${de(p.month)} (${p.orderId}), livrée le ${p.delivered}.`
      : `Votre dernière box est celle ${de(p.month)} (${p.orderId}), actuellement ${STATUS[p.status] ?? p.status}.`,
  noOrders: () => 'Je ne vois encore aucune commande sur votre compte.',
};

export const billing: En['billing'] = {
  cardOnFile: (p) =>
    `La carte enregistrée est votre ${p.brand} se terminant par ${p.last4}, qui expire en ${p.expiry}.`,
  updateCardHow: () =>
    'Vous pouvez ajouter ou changer votre carte dans Compte -> Moyen de paiement (levhaolam.example.com/account/payment) ; l’enregistrement d’une nouvelle carte prélève immédiatement le montant dû et place une autorisation de vérification de 1,00 $US qui disparaît sous 7 jours.',
  chargedInUsd: () =>
    'Tous les abonnements sont facturés en dollars américains ; nous ne pouvons pas facturer dans une autre devise.',
  bankFeesNotRefundable: () =>
    'Les frais de conversion de devise ou d’opération à l’étranger sont prélevés par votre banque ; nous ne pouvons donc pas les rembourser.',
  descriptor: () =>
    'LEVHAOLAM*BOX MODIIN IL est le libellé sous lequel l’abonnement Lev Haolam (des box mensuelles de produits israéliens) apparaît sur les relevés de carte.',
  askLookup: () =>
    'Si vous m’envoyez l’adresse e-mail sous laquelle l’abonnement pourrait être enregistré, ou seulement les 4 derniers chiffres de la carte, je peux le retrouver.',
  attemptFailed: (p) => `La tentative de paiement du ${p.date} a été refusée par votre banque (${p.reason}).`,
  reasonMeaning: (p) =>
    ({
      card_expired: 'Cela signifie que la carte enregistrée a expiré.',
      insufficient_funds: 'Cela signifie que la banque a refusé faute de provision.',
      do_not_honor:
        'Cela signifie que la banque a refusé sans donner de motif, souvent à cause d’un blocage des marchands internationaux.',
      authentication_required:
        'Cela signifie que votre banque a demandé une validation du paiement par 3-D Secure.',
      processing_error: 'Il s’agissait d’un problème temporaire de la banque ou du prestataire de paiement.',
    })[p.reason] ?? '',
  retrySucceeded: (p) =>
    `La nouvelle tentative du ${p.date} a réussi : vous n’avez donc été prélevé qu’une fois, ${p.amount}.`,
  attemptsFailed: (p) =>
    `Les ${p.count} tentatives de paiement jusqu’ici (${p.dates}) ont toutes été refusées par votre banque (${p.reason}).`,
  cardExpired: (p) =>
    `Cela signifie que la carte se terminant par ${p.card} a expiré (date d’expiration ${p.expiry}).`,
  nextRetry: (p) => `La prochaine tentative automatique aura lieu le ${p.date}.`,
  noRetriesLeft: () =>
    'C’était la dernière tentative automatique : le paiement passera dès que vous aurez ajouté une carte valide.',
  retryPending: () => 'Nous réessayons automatiquement 3, 7 et 14 jours après la première tentative.',
  noDoubleCharge: () => 'Il n’y a aucun double prélèvement sur votre compte.',
  monthCharges: (p) =>
    p.count === 0
      ? `Il n’y a eu aucun prélèvement en ${p.month}.`
      : p.count === 1
        ? `Votre seul prélèvement en ${p.month} : ${p.charges}.`
        : `Vos prélèvements en ${p.month} : ${p.charges}.`,
  chargeLine: (p) =>
    `${p.amount} le ${p.date}${p.card ? ` (${p.card})` : ''}${p.refunded ? `, dont ${p.refunded} remboursés` : ''}`,
  cardEnding: (p) => `${p.brand} se terminant par ${p.last4}`,
  pendingHold: () =>
    'Une deuxième ligne dans votre application bancaire est en général une autorisation en attente : elle disparaît d’elle-même sous 3 à 7 jours et n’est pas un prélèvement (l’ajout ou la mise à jour d’une carte place aussi une empreinte de vérification de 1,00 $, libérée sous 7 jours).',
  authenticationAdvice: () =>
    'Quand votre banque le demande, validez le paiement dans votre application bancaire ; la plupart des banques ne le demandent qu’occasionnellement, pas chaque mois, et nous vous envoyons un lien quand c’est nécessaire.',
  duplicateSeen: (p) =>
    `Je vois deux prélèvements de ${p.amount} le ${p.date} pour la même box (${p.orderId} : ${p.paymentIds}).`,
  duplicateToTeam: () =>
    'J’ai transmis le doublon à notre équipe facturation, qui valide le remboursement du doublon sous 1 jour ouvré et vous prévient par e-mail ; il apparaît ensuite sous 5 à 10 jours ouvrés.',
  chargedFor: (p) => `Les ${p.amount} ont été prélevés le ${p.date} pour votre box ${de(p.month)}.`,
  noSuchPlanPrice: (p) => `${p.amount} n’est pas le prix de votre formule.`,
  disputeOpen: (p) =>
    `Le prélèvement de ${p.amount} ${de(p.month)} fait l’objet d’une contestation auprès de votre banque${p.opened ? ` (ouverte le ${p.opened})` : ''}.`,
  disputeNoSeparateRefund: () =>
    'Tant que la contestation est ouverte, nous ne pouvons pas rembourser ce même paiement séparément : c’est le réseau de la carte qui décide, ce qui peut prendre 30 à 90 jours.',
};

export const refund: En['refund'] = {
  refundsByTeam: () =>
    'Je ne peux pas effectuer de remboursement moi-même : notre équipe facturation décide sous 1 jour ouvré et vous écrit ; les remboursements sont faits sur la carte d’origine et apparaissent sous 5 à 10 jours ouvrés.',
  noChangeOfMind: () =>
    'Nous ne pouvons pas rembourser une box déjà expédiée pour un changement d’avis (par exemple si un produit ou le thème ne vous plaît pas).',
  foodNotReturnable: () =>
    'Les produits alimentaires ne peuvent pas être retournés, vous n’avez donc rien à renvoyer.',
  skipInstead: (p) =>
    `Si une box ne vous tente pas, vous pouvez la sauter : la box ${de(p.month)} peut être sautée jusqu’au ${p.deadline}.`,
  skipFuture: () => 'Vous pouvez toujours sauter les prochaines box avant le 28 du mois précédent.',
  noChargeIn: (p) =>
    `Je ne vois aucun prélèvement en ${p.months}${p.lastAmount ? ` : le dernier prélèvement était de ${p.lastAmount} le ${p.lastDate} pour la box ${de(p.lastMonth ?? '')}` : ''}.`,
  tellUsMore: () =>
    'Si vous voyez sur votre relevé un prélèvement que je n’ai pas mentionné, envoyez-moi sa date et son montant et je vérifierai.',
  afterDeadline: (p) =>
    `La demande de saut du ${p.requested} est arrivée après la date limite pour la box ${de(p.month)}, qui était le ${p.deadline}.`,
  chargedAndShipped: (p) =>
    `La box ${de(p.month)} a été prélevée${p.charged ? ` le ${p.charged}` : ''} et expédiée${p.shipped ? ` le ${p.shipped}` : ''}${p.cancelled ? `, avant la résiliation du ${p.cancelled}` : ''}${!p.shipped && p.delivered ? ` ; elle a été livrée le ${p.delivered}` : ''}.`,
  noRefundShipped: () => 'Malheureusement, nous ne pouvons pas rembourser une box déjà expédiée.',
  giftNoRefund: () =>
    'Un abonnement cadeau ne peut plus être remboursé après l’expédition de la première box, mais les box restantes peuvent être redirigées.',
  giftOptions: (p) =>
    `La box ${de(p.month)} peut être reportée (jusqu’au ${p.deadline}) ou envoyée à une autre personne ou adresse à partir ${de(p.from)}.`,
  injection: () =>
    'Les remboursements ne peuvent pas être effectués de cette façon. S’il y a un vrai problème avec l’une de vos box, dites-moi ce qui s’est passé et je vous aiderai.',
  lostRefundToTeam: (p) =>
    `J’ai noté que vous préférez un remboursement plutôt qu’un remplacement : le remboursement intégral${p.amount ? ` de ${p.amount}` : ''}${p.card ? ` sur la ${capital(p.card.brand)} se terminant par ${p.card.last4}` : ''} est transmis à notre équipe facturation, qui décide sous 1 jour ouvré et vous écrit.`,
  lostReplacementToTeam: () =>
    'J’ai noté que vous préférez une box de remplacement gratuite plutôt qu’un remboursement, et je transmets votre dossier à notre équipe expéditions, qui la valide sous 1 jour ouvré ; la box part ensuite gratuitement par DHL Express sous 5 jours ouvrés. Si le colis d’origine arrive plus tard, gardez-le.',
  reshipToTeam: (p) =>
    `J’ai noté que vous souhaitez que la box soit réexpédiée pour ${p.fee}, et je transmets votre dossier à notre équipe expéditions, qui le confirme sous 1 jour ouvré${p.address ? ` et l’envoie à l’adresse enregistrée : ${p.address}` : ''}. Si cette adresse doit être corrigée, envoyez-moi d’abord la nouvelle adresse complète.`,
  returnedRefundToTeam: (p) =>
    `J’ai noté que vous préférez un remboursement plutôt qu’une réexpédition : le prix de la box moins ${p.fee} de frais de retour, soit ${p.amount}, est transmis à notre équipe facturation, qui décide sous 1 jour ouvré et vous écrit.`,
  refundTiming: () => 'Une fois validé, le remboursement apparaît sur votre relevé sous 5 à 10 jours ouvrés.',
  teamConfirms: () => 'Dites-moi ce que vous préférez ; l’équipe facturation le confirme sous 1 jour ouvré.',
  policySummary: () =>
    'Nous remboursons les articles abîmés ou manquants, les box perdues, les doubles prélèvements et les prélèvements après un saut, une pause ou une résiliation demandés avant le 28 ; une box expédiée n’est pas remboursée pour un changement d’avis.',
};

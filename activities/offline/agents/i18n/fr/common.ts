/** French: greetings, acknowledgements, handovers, plans and outstanding issues. */
import type { Frequency, Tier } from '../../../../commerce/types';
import type { EN_PHRASES } from '../en';
import type { TeamName } from '../types';

type En = typeof EN_PHRASES;

const TEAMS: Record<TeamName, string> = {
  shipping: 'expéditions',
  billing: 'facturation',
  retention: 'abonnements',
  quality: 'qualité',
  support: 'service client',
};

/** "de novembre 2026", "d’octobre 2026": French elides "de" before a vowel. */
export const de = (word: string): string => (/^[aeiouyàâéèêîôûh]/i.test(word) ? `d’${word}` : `de ${word}`);

/** Carriers as a French reader knows them. */
export const carrier = (name: string): string => (name === 'Israel Post' ? 'la Poste israélienne' : name);
/** The carrier at the start of a sentence. */
export const Carrier = (name: string): string => (name === 'Israel Post' ? 'La Poste israélienne' : name);

export const common: En['common'] = {
  greeting: (p) => (p.name ? `Bonjour ${p.name},` : 'Bonjour,'),
  ackFrustrated: () =>
    'Je suis vraiment désolé pour ce désagrément, et je comprends à quel point c’est frustrant.',
  ackNegative: () => 'Je suis désolé pour ce désagrément.',
  closing: () => 'Bien cordialement,\nLe service client Lev Haolam',
  confirmForm: (p) =>
    p.link
      ? `Rien ne change tant que vous n’avez pas confirmé : merci de vérifier les informations et de les confirmer dans le formulaire : ${p.link}`
      : 'Rien ne change tant que vous n’avez pas confirmé : merci de vérifier les informations et de les confirmer dans le formulaire affiché ici.',
  queuedChange: (p) =>
    `L’autre changement que vous avez demandé suivra : ${p.summary} Je vous enverrai son formulaire dès que vous aurez confirmé celui-ci.`,
  proposalUnavailable: () =>
    'Je n’ai pas pu préparer le formulaire de confirmation pour le moment ; j’ai donc transmis votre demande à un collègue qui vous répondra sous 1 jour ouvré.',
  askIdentity: () =>
    'Pour vérifier cela, pourriez-vous m’envoyer l’adresse e-mail de votre abonnement ou votre numéro de commande ? Je pourrai alors vérifier le compte.',
  unknownSender: () =>
    'Je ne trouve aucun abonnement associé à l’adresse e-mail depuis laquelle vous écrivez.',
  accountHolderOnly: () =>
    'Pour des raisons de confidentialité, je ne peux parler d’une commande qu’avec le titulaire du compte ; je ne peux donc partager aucun détail ici.',
  lookupFailed: () =>
    'Je n’ai pas pu consulter votre compte pour le moment ; un collègue va vérifier et vous répondra sous 1 jour ouvré.',
  teamFollowUp: () =>
    'J’ai transmis votre message à notre équipe, qui vous répondra par e-mail sous 1 jour ouvré.',
  questionToTeam: () =>
    'J’ai transmis votre question à notre équipe, qui vous répondra par e-mail sous 1 jour ouvré.',
  noCardNumbers: () =>
    'Merci de ne jamais envoyer de numéro de carte ni de code de sécurité (CVV) par chat ou par e-mail : nous ne voyons que la marque et les 4 derniers chiffres.',
  team: (name) => TEAMS[name],
};

const FREQUENCIES: Record<Frequency, string> = {
  monthly: 'chaque mois',
  bimonthly: 'tous les 2 mois',
  quarterly: 'tous les 3 mois',
};

export const plan: En['plan'] = {
  tier: (tier: Tier) => ({ basic: 'Basic', premium: 'Premium', deluxe: 'Deluxe' })[tier],
  frequency: (frequency: Frequency) => FREQUENCIES[frequency],
  price: (p) => `La formule ${p.tier} ${p.frequency} coûte ${p.amount} par box.`,
  nextCharge: (p) =>
    `Votre prochain prélèvement aura lieu le ${p.date} : ${p.amount} (${p.tier}, ${p.frequency}).`,
  noNextCharge: () => 'Aucun prélèvement n’est prévu sur votre abonnement.',
  priceTable: () =>
    'Prix par box : Basic 39 $US chaque mois, 42 $US tous les 2 mois, 45 $US tous les 3 mois ; Premium 59 $US, 63 $US, 67 $US ; Deluxe 89 $US, 95 $US, 99 $US. La livraison standard est comprise.',
  tierPrice: (p) =>
    `La formule ${p.tier} ${p.frequency} coûte ${p.amount} par box${p.difference ? `, soit ${p.difference} de ${p.more ? 'plus' : 'moins'} que votre box ${p.current}` : ''}.`,
  tierIncludes: (tier: Tier) =>
    ({
      basic:
        'La formule Basic comprend 4 produits d’épicerie : épices, huile d’olive, douceurs et condiments.',
      premium:
        'La formule Premium comprend 6 articles : ceux de la Basic, plus un cosmétique de la mer Morte et une bouteille de vin (sans alcool là où c’est exigé ou sur demande).',
      deluxe:
        'La formule Deluxe comprend 9 articles : ceux de la Premium, plus un produit gourmet supplémentaire, une pièce de judaïca ou d’artisanat d’un petit atelier et un second vin ; elle est toujours expédiée par DHL Express.',
    })[tier],
  alreadyOnTier: (p) => `Vous êtes déjà en formule ${p.tier}.`,
};

export const issues: En['issues'] = {
  late: (p) =>
    `Je vois aussi que votre box ${de(p.month)} (${carrier(p.carrier)}, numéro de suivi ${p.tracking}) a dépassé sa date de livraison estimée du ${p.eta}.`,
  lost: (p) =>
    `Je vois aussi que votre box ${de(p.month)} (${p.orderId}) a été déclarée perdue par ${carrier(p.carrier)} et que vous n’avez pas encore choisi de solution.`,
  customs: (p) =>
    `Je vois aussi que votre box ${de(p.month)} (numéro de suivi ${p.tracking}) est retenue en douane.`,
  returned: (p) =>
    `Je vois aussi que votre box ${de(p.month)} (${p.orderId}) est revenue dans notre entrepôt.`,
  paymentFailed: (p) =>
    `Je vois aussi que le paiement échoue${p.since ? ` depuis le ${p.since}` : ''}${p.card ? ` sur la carte se terminant par ${p.card}` : ''}${p.orderId ? ` ; la box ${p.orderId} est donc en attente` : ''}.`,
  autoCancel: (p) => `S’il reste impayé, l’abonnement sera résilié automatiquement le ${p.date}.`,
};

export const lessons: En['lessons'] = {
  trackingNumber: (p) => `Votre numéro de suivi est ${p.tracking} (${carrier(p.carrier)}).`,
  alcoholFreeMemory: () =>
    'Vous nous aviez indiqué préférer le vin sans alcool. Cette préférence n’est pas encore activée sur votre compte ; notre équipe peut l’activer sous 1 jour ouvré, ou vous pouvez la choisir dans Compte -> Préférences.',
};

export const general: En['general'] = {
  thanks: () =>
    'Merci beaucoup d’avoir pris le temps de nous écrire ! Cela nous fait très plaisir, et nous transmettons ce genre de message aux petits producteurs derrière chaque box.',
  handover: (p) =>
    `Je transmets cette conversation à un membre de notre équipe ${p.team}, avec un résumé, pour que vous n’ayez rien à répéter.`,
  replyTime: () =>
    'Un collègue vous répondra dans cette conversation sous 1 jour ouvré (du dimanche au jeudi de 08:00 à 18:00, le vendredi de 08:00 à 12:00, heure d’Israël).',
  noPhone: () =>
    'Nous ne proposons ni assistance téléphonique ni rappel ; tout se fait par chat et par e-mail.',
  teamSpeaksLanguage: () => 'Notre équipe répond aussi en français.',
  duplicateNoted: (p) =>
    `J’ai signalé le double prélèvement de ${p.amount} du ${p.date} à l’équipe facturation pour vérification.`,
  supportHours: () =>
    'Notre équipe est disponible du dimanche au jeudi de 08:00 à 18:00 et le vendredi de 08:00 à 12:00, heure d’Israël ; nous sommes fermés le samedi et les jours de fêtes juives. L’assistant répond à toute heure, et un collègue répond sous 1 jour ouvré.',
  privacyRequest: () =>
    'J’ai transmis votre demande concernant vos données personnelles à notre équipe : les demandes de copie ou de suppression sont traitées sous 30 jours, et vous recevrez un e-mail une fois la demande traitée.',
  partnership: () =>
    'Merci de votre intérêt pour une collaboration ! J’ai transmis votre message à notre équipe, qui vous répondra par e-mail ; je ne peux pas prendre d’engagement en son nom.',
  referral: () =>
    'Je n’ai pas d’informations sur un programme de parrainage à vous communiquer. J’ai transmis votre question à notre équipe, et votre sœur peut s’abonner à tout moment sur levhaolam.example.com.',
  shipsTo: (p) =>
    `Oui, nous livrons là-bas : les box Basic et Premium par ${carrier(p.standard)} en ${p.standardDays} jours ouvrés, les box Deluxe par DHL Express en ${p.deluxeDays} jours ouvrés.`,
  pricesFrom: (p) => `Les box sont à partir de ${p.amount} (Basic). ${p.table}`,
  fromTable: (p: { heading: string }) => `Extrait de « ${p.heading} », dans notre centre d’aide :`,
  knowledgeFollowUp: () =>
    'Si cela ne répond pas à votre question, répondez simplement à ce message et un collègue prendra le relais.',
  cannotFollow: () =>
    'Je ne peux pas suivre ce type d’instructions, mais je vous aide volontiers pour votre abonnement.',
};

/** French: skips, pauses, frequency, cancellation, damage claims and products. */
import type { EN_PHRASES } from '../en';
import { de } from './common';

type En = typeof EN_PHRASES;

const ALLERGENS: Record<string, string> = {
  sesame: 'sésame',
  'tree nuts': 'fruits à coque',
  gluten: 'gluten',
  nuts: 'fruits à coque',
  milk: 'lait',
  eggs: 'œufs',
  soy: 'soja',
  sulphites: 'sulfites',
  mustard: 'moutarde',
  almond: 'amande',
  'sweet almond oil': 'huile d’amande douce',
  pistachio: 'pistache',
  walnut: 'noix',
  wheat: 'blé',
  'shea butter': 'beurre de karité',
  peanuts: 'arachides',
};

export const retention: En['retention'] = {
  skipForm: (p) =>
    `J’ai préparé la suspension de la box ${de(p.month)} : pas de box ce mois-là et aucun prélèvement le ${p.charge}.`,
  giftPostponeForm: (p) =>
    `J’ai préparé le report de la box cadeau ${de(p.month)} : elle sera envoyée en ${p.to} à la place.`,
  giftNoExtraCharge: () => 'Il n’y a aucun frais supplémentaire, le cadeau étant déjà payé.',
  skipAlsoNext: (p) =>
    `Dès que vous aurez confirmé, je préparerai aussi ${p.months}, pour que les deux soient sautées (${p.max} d’affilée au maximum).`,
  confirmBy: (p) => `La suspension doit être confirmée avant le ${p.date}.`,
  stillShips: (p) => `Votre box ${de(p.month)} est expédiée comme d’habitude.`,
  boxesResume: (p) =>
    `Après ${p.skipped}, vos box reprennent avec celle ${de(p.month)} (prélevée le ${p.date}).`,
  undoSkipToTeam: (p) =>
    `La box ${de(p.month)} est sautée. Je ne peux pas annuler un saut moi-même : je transmets votre demande d’annulation du saut à notre équipe abonnements, qui la confirme sous 1 jour ouvré ; comme vous l’avez demandé avant la date limite (${p.deadline}), la box ${de(p.month)} est expédiée comme d’habitude.`,
  undoSkipTooLate: (p) =>
    `La box ${de(p.month)} est sautée et la date limite pour annuler le saut (${p.deadline}) est passée : le saut est donc maintenu.`,
  notSkipped: (p) =>
    `La box ${de(p.month)} n’est pas sautée, il n’y a donc rien à annuler : elle arrive comme d’habitude.`,
  noSkips: () => 'Vous n’avez aucune box sautée, il n’y a donc rien à annuler.',
  cancelAfterBox: (p) =>
    `Pour recevoir encore la box ${de(p.month)}, demandez la résiliation entre le ${p.from} et le ${p.until} : la box ${de(p.month)} est alors prélevée et expédiée, et plus rien n’est prélevé à partir du ${p.charge}. Une résiliation demandée avant le ${p.from} arrête aussi la box ${de(p.month)}.`,
  alreadySkipped: (p) => `La box ${de(p.month)} est déjà sautée : il n’y a rien d’autre à faire.`,
  settlePaymentFirst: () =>
    'Tant qu’un paiement est en retard, l’abonnement ne peut être ni mis en pause, ni suspendu, ni modifié ; merci de régulariser d’abord le paiement.',
  rejoin: (p) =>
    `Votre abonnement a été résilié${p.date ? ` le ${p.date}` : ''}, il n’y a donc rien à reprendre ; vous pouvez vous réabonner à tout moment${
      p.keepJoinDateUntil
        ? `, et si vous le faites avant le ${p.keepJoinDateUntil}, vous conservez votre date d’inscription d’origine`
        : ''
    }.`,
  tierChangeRequest: (p) =>
    `Je ne peux pas changer de formule moi-même : je transmets votre demande de passage à la formule ${p.tier} à notre équipe abonnements, qui la confirme sous 1 jour ouvré. Comme vous l’avez demandé au plus tard le ${p.deadline}, le changement s’applique à partir de votre box ${de(p.month)}.`,
  tierChangeHow: (p) =>
    `Un changement fait au plus tard le ${p.deadline} s’applique à partir de la box ${de(p.month)}. Vous pouvez changer de formule vous-même dans Compte -> Ma formule, ou me le demander ici : je transmettrai la demande à notre équipe abonnements, qui la confirme sous 1 jour ouvré.`,
  resumeEarly: (p) =>
    `Vous pouvez mettre fin à une pause plus tôt à tout moment. Je transmets votre demande de reprise anticipée à notre équipe abonnements ; comme vous l’avez demandé avant le ${p.deadline}, la box ${de(p.month)} part normalement.`,
  resumeEarlyOption: (p) =>
    `Si vous souhaitez reprendre plus tôt, dites-le-moi simplement : une pause peut se terminer plus tôt à tout moment, et si vous le demandez avant le ${p.deadline}, la box ${de(p.month)} part.`,
  notPaused: (p) =>
    `Votre abonnement est actif et n’est pas en pause${p.next ? ` ; la prochaine box est prélevée le ${p.next}` : ''}.`,
  alreadyCancelled: (p) => `Votre abonnement a déjà été résilié${p.date ? ` le ${p.date}` : ''}.`,
  skipTooLate: (p) =>
    `La box ${de(p.month)} ne peut plus être sautée : la date limite était le ${p.deadline}.`,
  noBoxThatMonth: (p) =>
    `Aucune box n’est prévue en ${p.month}${
      p.frequency && p.boxes
        ? ` : vous recevez une box ${p.frequency} (${p.boxes})`
        : p.next
          ? ` ; votre prochaine box est celle ${de(p.next)}`
          : ''
    }.`,
  skipNextInstead: (p) =>
    `Vous pouvez sauter la box ${de(p.month)} à la place, jusqu’au ${p.deadline} : dites-le-moi et je prépare la suspension pour que vous la confirmiez.`,
  skipTooFar: (p) =>
    `On ne peut sauter que les box des ${p.months} prochains mois, donc ${p.month} ne peut pas encore être sauté.`,
  skipInARow: (p) =>
    `On peut sauter au maximum ${p.max} box d’affilée ; pour une pause plus longue, mieux vaut suspendre l’abonnement.`,
  skipYearLimit: (p) => `On peut sauter au maximum ${p.max} box par année civile.`,
  giftPostponementsUsed: () =>
    'Une box cadeau peut être reportée 2 fois au maximum, et les deux reports ont déjà été utilisés.',
  askSkipMonth: (p) => `Quelle box souhaitez-vous sauter ? Vous pouvez sauter ${p.options}.`,
  skipRules: () =>
    'Une box doit être sautée avant le 28 du mois précédent, pour les box des 3 prochains mois (2 d’affilée et 4 par an au maximum).',
  skipHowTo: () =>
    'Vous pouvez sauter une box dans Compte -> Mon abonnement (levhaolam.example.com/account/subscription), ou ici dans le chat une fois votre abonnement identifié.',
  askPauseLength: (p) =>
    `Pour combien de mois souhaitez-vous mettre en pause ? Une pause peut durer de 1 à ${p.max} mois.`,
  pauseSkipInstead: (p) =>
    `Une pause commence toujours avec la prochaine box (${p.start}) ; pour ne laisser de côté que ${p.months}, il vaut mieux sauter ce mois.`,
  pauseStarts: (p) => `Une pause demandée aujourd’hui commence avec la box ${de(p.month)}.`,
  pauseForm: (p) => `J’ai préparé une pause de ${p.months} mois : ni box ni prélèvement pour ${p.boxes}.`,
  pauseCovers: (p) => `La pause va de ${p.from} à ${p.to}.`,
  resumesOn: (p) => `Votre abonnement reprendra automatiquement le ${p.date}.`,
  currentPauseEnds: (p) =>
    `Votre pause actuelle${p.months ? ` de ${p.months} mois` : ''} se termine le ${p.date}.`,
  secondPauseAllowed: (p) =>
    `Cette prolongation compte comme une nouvelle pause qui commence à la fin de l’actuelle ; ce serait la pause ${p.used} sur les ${p.max} autorisées sur 12 mois, c’est donc possible.`,
  pauseNotWhilePastDue: (p) =>
    `Une pause n’est pas possible tant que${p.month ? ` le paiement ${de(p.month)}` : ' un paiement'}${p.orderId ? ` (box ${p.orderId})` : ''} est en retard.`,
  outstandingCollected: (p) =>
    `Le montant dû de ${p.amount} est prélevé dès que vous mettez votre carte à jour.`,
  pauseLimitReached: (p) =>
    `Vous avez déjà utilisé ${p.used} pauses sur les 12 derniers mois (débutées en ${p.starts}), ce qui est le maximum ; la prochaine pause pourra commencer avec la box ${de(p.next)}.`,
  skipAlternative: (p) =>
    `Vous pouvez en revanche sauter des box : par exemple ${p.months} (jusqu’à ${p.max} d’affilée). Les sauts ne comptent pas dans la limite des pauses ; le saut ${de(p.month)} doit être fait avant le ${p.deadline}.`,
  pauseChangesNothing: (p) =>
    `Votre prochaine box est celle ${de(p.next)} (vous recevez une box ${p.frequency}) : aucune box n’est prévue en ${p.start}, donc une pause de ${p.months} mois ne changerait rien.`,
  pauseCoverOptions: (p) =>
    `Pour ne pas recevoir la box ${de(p.next)}, vous pouvez sauter ${p.next} ou faire une pause de ${p.months} mois ; dites-moi ce que vous préférez.`,
  giftNoPause: () =>
    'Un abonnement cadeau ne peut pas être mis en pause, mais une box cadeau peut être reportée.',
  pauseTooLong: (p) =>
    `Une pause dure au maximum ${p.max} mois ; pour plus longtemps, on peut combiner une pause et des box sautées.`,
  askFrequency: (p) =>
    `Souhaitez-vous recevoir une box ${p.first} ou ${p.second} ? Vous recevez actuellement une box ${p.current}.`,
  alreadyOnFrequency: (p) => `Vous recevez déjà une box ${p.frequency}.`,
  frequencyForm: (p) => `J’ai préparé le passage à une box ${p.frequency}.`,
  switchIfWanted: (p) =>
    `Vous payez actuellement ${p.current} par box. Si vous souhaitez passer à une box ${p.frequency}, dites-le-moi et je vous prépare le changement à confirmer.`,
  frequencyNextBox: (p) =>
    `Votre prochaine box reste prévue le ${p.date} (au nouveau prix), puis vous recevrez une box ${p.frequency}, la suivante en ${p.following}.`,
  offersIntro: () =>
    'Avant de partir, quelques options au cas où elles vous aideraient (je ne les propose qu’une fois, sans pression) :',
  offerPause: (p) => `Une pause de 1 à ${p.max} mois, après quoi l’abonnement reprend tout seul.`,
  offerFrequency: (p) => `Recevoir une box ${p.frequency} (${p.amount} par box).`,
  offerLowerTier: (p) =>
    `Passer à la formule ${p.tier} ${p.frequency} à ${p.amount} par box (${p.saving} d’économie par box).`,
  offerLoyaltyBox: (p) =>
    `Comme vous êtes avec nous depuis ${p.since}, une box ${p.tier} offerte en cadeau de fidélité : votre prochaine box serait facturée 0 $US.`,
  cancelIfStillWanted: () =>
    'Si vous souhaitez tout de même résilier, dites-le-moi simplement : notre équipe abonnements s’en occupe et vous le confirme par e-mail sous 1 jour ouvré.',
  cancelHandedOver: () =>
    'J’ai transmis votre demande de résiliation à notre équipe abonnements ; elle vous la confirmera par e-mail sous 1 jour ouvré, et elle prend effet au moment de votre demande.',
  cancelInTime: (p) => `Résilier avant le ${p.before} suffit pour éviter le prélèvement du ${p.charge}.`,
  cancelTooLate: (p) => `La box prélevée le ${p.charge} est déjà bloquée et sera expédiée.`,
  heldBoxNotCharged: (p) =>
    `La box ${de(p.month)} en attente (${p.orderId}) ne sera ni prélevée ni expédiée si vous résiliez.`,
  feedbackPassedOn: () => 'Merci pour votre retour sincère ; je l’ai transmis à notre équipe.',
  noFurtherCharges: () => 'Il n’y aura plus aucun prélèvement.',
};

export const quality: En['quality'] = {
  addPhotosInForm: () =>
    'Merci d’ajouter aussi vos photos dans le formulaire, pour que l’équipe qualité puisse les voir.',
  askOrder: () =>
    'De quelle commande s’agit-il ? Si vous avez le numéro de commande, envoyez-le-moi ; sinon, je peux retrouver votre dernière commande.',
  notDeliveredYet: (p) => `D’après le suivi, votre box ${de(p.month)} n’a pas encore été livrée.`,
  windowEnded: (p) =>
    `Votre box a été livrée le ${p.delivered} : le délai de 14 jours pour les réclamations s’est donc terminé le ${p.end}.`,
  passedToQualityTeam: (p) =>
    `J’ai transmis votre signalement${p.photo ? ' et votre photo' : ''} à notre équipe qualité, qui va l’examiner et pourra proposer un geste commercial ; je ne peux pas vous le promettre.`,
  itemWasPacked: (p) => `D’après nos données, ${p.items} figurait bien dans votre box ${de(p.month)}.`,
  askWhichItems: () =>
    'Quels articles sont concernés ? Indiquez-les-moi pour que je les ajoute à la réclamation.',
  askMissingPhotos: () =>
    'Merci d’envoyer une photo du contenu de la box et du bordereau, afin que je prépare la réclamation.',
  askDamagePhotos: (p) =>
    `Merci d’envoyer une photo ${p.items ? `de l’article abîmé (${p.items})` : 'de l’article abîmé'} et de l’intérieur de la box telle que vous l’avez ouverte ; une réclamation nécessite au moins une photo.`,
  reportWithin: (p) =>
    `Les dommages sont couverts s’ils sont signalés dans les 14 jours suivant la livraison : votre box a été livrée le ${p.delivered}, donc jusqu’au ${p.end}.`,
  knownIssue: (p) =>
    `Il s’agit d’un problème connu sur certaines bouteilles d’huile d’olive de Galilée de novembre 2026 (bouchons mal serrés) : les réclamations sont acceptées jusqu’au ${p.until}, même si votre box a été livrée${p.delivered ? ` le ${p.delivered},` : ''} il y a plus de 14 jours. Nous remplaçons la bouteille dans votre prochaine box (ou remboursons ${p.refund}) ainsi que tout ce que l’huile a abîmé.`,
  noReturnNeeded: (p) =>
    p.glass
      ? 'Vous n’avez rien à renvoyer ; jetez le verre cassé avec précaution.'
      : 'Vous n’avez rien à renvoyer.',
  claimForm: (p) => `J’ai préparé une réclamation pour ${p.orderId} concernant : ${p.items}.`,
  withinWindow: (p) =>
    `La box a été livrée le ${p.delivered} : c’est donc dans le délai de 14 jours (jusqu’au ${p.end}).`,
  reviewTime: (p) =>
    `Après votre confirmation, vous recevrez un numéro de réclamation par e-mail, et notre équipe qualité l’examinera sous ${p.days} jours ouvrés.`,
  itemRemedy: (p) =>
    `Vous pourrez ensuite recevoir le remplacement ${p.next ? `dans votre prochaine box (${p.next}${p.skipped ? `, puisque ${p.skipped} est sautée` : ''})` : 'séparément sous 7 jours ouvrés'} ou un remboursement de ${p.amount}.`,
  wholeBoxRemedy: (p) =>
    `Comme plus de la moitié de la box est touchée, vous pouvez avoir une box de remplacement ou un remboursement intégral de ${p.amount}.`,
  boxContents: (p) =>
    `${p.yours ? 'Votre' : 'La'} box ${de(p.month)} (« ${p.theme} », ${p.tier}) contient : ${p.items}.`,
  substitutions: (p) => `Remplacements pour vous : ${p.swaps}.`,
  higherTierOnly: (p) => `${p.items} : uniquement dans la box ${p.tier}.`,
  higherTiersOnly: (p) => `${p.items} : uniquement dans les box Premium et Deluxe.`,
  nextBoxPublished: (p) =>
    `Votre prochaine box est celle ${de(p.month)} ; son contenu sera publié le ${p.date}.`,
  dealcoholisedAbv: () =>
    'Nos vins sans alcool Gefen Zero sont désalcoolisés : ils contiennent 0,3 à 0,4 % d’alcool (moins de 0,5 %), ils ne sont donc pas à 0,0 %.',
  zeroOnlyPreference: () =>
    'Si vous avez besoin de 0,0 %, choisissez la préférence « 0,0 % uniquement » : chaque vin est alors remplacé par le Gefen Zero Sparkling Red Grape Juice (0,0 %, jamais fermenté). Notre équipe l’active sous 1 jour ouvré, ou vous pouvez la choisir dans Compte -> Préférences.',
  yourAlcoholFreePreference: (p) =>
    p.zeroOnly
      ? 'Votre compte a déjà la préférence « 0,0 % uniquement ».'
      : 'Votre compte a la préférence vin sans alcool (désalcoolisé, moins de 0,5 %), et non « 0,0 % uniquement ».',
  noMedicalAdvice: () =>
    'Nous ne pouvons pas donner de conseil médical ; en cas de doute, demandez l’avis de votre médecin.',
  nextBoxSchedule: (p) =>
    `Votre prochaine box est celle ${de(p.month)} (vous recevez une box ${p.frequency}) ; son contenu sera publié le ${p.published}.`,
  exclusionOnFile: (p) =>
    `Votre exclusion « ${p.allergens} » est enregistrée : tout article contenant du ${p.allergens} est remplacé par un article de valeur équivalente.`,
  exclusionsAvailable: () =>
    'Nous pouvons exclure le sésame, les fruits à coque ou le gluten (Compte -> Préférences -> Exclusions d’allergènes, ou notre équipe l’active sous 1 jour ouvré).',
  crossContact: () =>
    'Tous les articles sont scellés par le producteur et nous ne reconditionnons jamais d’aliments, mais nous ne pouvons pas garantir une box sans contamination croisée ; chaque box contient des fiches imprimées avec les ingrédients.',
  allergen: (name) => ALLERGENS[name] ?? name,
  allergenItems: (p) => `Articles de cette box dont l’étiquette mentionne « ${p.family} » : ${p.items}.`,
  noAllergenItems: (p) => `Aucun article de cette box ne mentionne « ${p.family} » sur son étiquette.`,
  relatedAllergen: (p) =>
    `Également sur une étiquette : ${p.label} (${p.items}), que certaines personnes qui évitent « ${p.family} » évitent aussi.`,
  productFallback: () =>
    'J’ai transmis votre question à notre équipe, qui vous répondra sous 1 jour ouvré ; chaque box contient aussi des fiches avec les ingrédients et des conseils d’utilisation.',
};

export const products: En['products'] = {
  hawaijCoffee: () =>
    'Le hawaij pour café est un mélange d’épices yéménite à base de gingembre et de cardamome, avec de la cannelle et du clou de girofle. Ajoutez environ une demi-cuillère à café dans une cafetière de café turc, ou dans du lait pour un latte épicé.',
  hawaijSoup: () =>
    'Le hawaij pour soupe est un mélange yéménite de cumin, curcuma, poivre noir et cardamome : environ 1 cuillère à café par litre de soupe de poulet ou de légumes.',
  zaatar: () =>
    'Le za’atar est un mélange d’hysope sauvage, de sésame grillé, de sumac et de sel. Mélangez-le à de l’huile d’olive et tartinez-le sur du pain ou une pita, ou saupoudrez-en des œufs, des salades et des légumes rôtis. Attention, il contient du sésame.',
  sumac: () =>
    'Le sumac est acidulé et citronné, pas piquant : saupoudrez-le sur les salades, le houmous et les légumes grillés.',
  tahini: () =>
    'Notre tahini est 100 % sésame broyé à la meule : mélangez-le, puis ajoutez eau, citron et ail pour une sauce tahini. Contient du sésame.',
  silan: () =>
    'Le silan est un sirop fait uniquement de dattes Medjool ; utilisez-le comme du miel, avec du tahini, du yaourt ou des crêpes.',
  amba: () =>
    'L’amba est un condiment acidulé de mangue marinée au fenugrec et au curcuma ; il contient des graines de moutarde.',
  schug: () =>
    'Le schug est une sauce fraîche au piment vert, à la coriandre et à l’ail, d’après une recette familiale yéménite ; elle est piquante, commencez doucement. À conserver au frais après ouverture.',
  halva: () =>
    'Notre halva est une halva au sésame et aux pistaches (contient du sésame et des fruits à coque) ; à conserver en dessous de 25 °C.',
  baharat: () =>
    'Le baharat est un mélange chaleureux de poivre noir, piment de la Jamaïque, cannelle, cardamome, muscade et clou de girofle, pour la viande, le riz et les légumes rôtis.',
  negevOil: () =>
    'L’huile d’olive du désert du Néguev (Ramat Negev Olive Farm) est extra vierge, douce et fruitée, dans une boîte métallique qui la protège de la lumière.',
  galileeOil: () =>
    'L’huile d’olive de Galilée de Zeitim HaGalil à Peki’in est extra vierge, issue d’olives Souri récoltées tôt, avec une finale poivrée.',
  cosmetics: () =>
    'Nos cosmétiques de la mer Morte d’Ein Bokek Mineral Lab sont sans parabènes et réservés à un usage externe. Pour les peaux sensibles, nous recommandons de faire d’abord un test sur une petite zone ; le gommage au sel ne convient ni au visage ni à la peau abîmée.',
  kosher: () =>
    'Tous nos aliments et nos vins sont certifiés casher. Les vins Gefen Zero et le Carmel Ridge Rose sont mevushal ; nos autres vins ne sont pas mevushal. Les produits laitiers (chocolat au lait, rugelach) sont signalés sur la fiche des ingrédients.',
  pomegranate: () =>
    'La mélasse de grenade est du jus de grenade réduit, sans sucre ajouté : aigre-douce, pour les vinaigrettes, les glaçages et les marinades.',
};

/** English: skips, pauses, frequency, cancellation, damage claims and products. */

export const retention = {
  skipForm: (p: { month: string; charge: string }): string =>
    `I've prepared a skip of the ${p.month} box: no box that month and no charge on ${p.charge}.`,
  giftPostponeForm: (p: { month: string; to: string }): string =>
    `I've prepared the postponement of the ${p.month} gift box: it will be sent in ${p.to} instead.`,
  giftNoExtraCharge: (): string => 'There is no extra charge, as the gift is prepaid.',
  skipAlsoNext: (p: { months: string; max: number }): string =>
    `Once you've confirmed it, I'll prepare ${p.months} as well, so both are skipped (${p.max} in a row is the maximum).`,
  confirmBy: (p: { date: string }): string => `Skips have to be confirmed by ${p.date}.`,
  stillShips: (p: { month: string }): string => `Your ${p.month} box still ships as usual.`,
  boxesResume: (p: { month: string; date: string; skipped: string }): string =>
    `After ${p.skipped}, your boxes resume with the ${p.month} box (charged on ${p.date}).`,
  undoSkipToTeam: (p: { month: string; deadline: string }): string =>
    `The ${p.month} box is skipped. I can't undo a skip myself, so I'm passing your request to undo it to our subscriptions team, who confirm it within 1 business day; as you asked before the deadline (${p.deadline}), the ${p.month} box ships as usual.`,
  undoSkipTooLate: (p: { month: string; deadline: string }): string =>
    `The ${p.month} box is skipped, and the deadline to undo it (${p.deadline}) has passed, so the skip stays.`,
  notSkipped: (p: { month: string }): string =>
    `The ${p.month} box isn't skipped, so there is nothing to undo: it comes as usual.`,
  noSkips: (): string => "You don't have any skipped boxes, so there is nothing to undo.",
  cancelAfterBox: (p: { month: string; from: string; until: string; charge: string }): string =>
    `To keep the ${p.month} box, ask for the cancellation between ${p.from} and ${p.until}: the ${p.month} box is then still charged and shipped, and nothing is charged from ${p.charge}. A cancellation asked for before ${p.from} stops the ${p.month} box too.`,
  alreadySkipped: (p: { month: string }): string =>
    `The ${p.month} box is already skipped, so there's nothing more to do.`,
  settlePaymentFirst: (): string =>
    "While a payment is past due, the subscription can't be paused, skipped or changed; please settle the payment first.",
  rejoin: (p: { date: string | null; keepJoinDateUntil: string | null }): string =>
    `Your subscription was cancelled${p.date ? ` on ${p.date}` : ''}, so there is nothing to resume; you're welcome to resubscribe at any time${
      p.keepJoinDateUntil ? `, and if you do by ${p.keepJoinDateUntil}, you keep your original join date` : ''
    }.`,
  tierChangeRequest: (p: { tier: string; deadline: string; month: string }): string =>
    `I can't change the tier myself, so I'm passing your request to switch to ${p.tier} to our subscriptions team, who confirm it within 1 business day. As you asked by ${p.deadline}, the change applies from your ${p.month} box.`,
  tierChangeHow: (p: { deadline: string; month: string }): string =>
    `A change made by ${p.deadline} applies from your ${p.month} box. You can change the tier yourself in Account -> My plan, or ask me here and I'll pass it to our subscriptions team, who confirm it within 1 business day.`,
  resumeEarly: (p: { deadline: string; month: string }): string =>
    `You can end a pause early at any time. I'm passing your request to resume early to our subscriptions team; as you asked by ${p.deadline}, the ${p.month} box ships as usual.`,
  resumeEarlyOption: (p: { deadline: string; month: string }): string =>
    `If you'd like it to restart sooner, just tell me: a pause can end early at any time, and if you ask by ${p.deadline}, the ${p.month} box ships.`,
  notPaused: (p: { next: string | null }): string =>
    `Your subscription is active and not paused${p.next ? `; your next box is charged on ${p.next}` : ''}.`,
  alreadyCancelled: (p: { date: string | null }): string =>
    `Your subscription was already cancelled${p.date ? ` on ${p.date}` : ''}.`,
  skipTooLate: (p: { month: string; deadline: string }): string =>
    `The ${p.month} box can no longer be skipped: the deadline was ${p.deadline}.`,
  noBoxThatMonth: (p: {
    month: string;
    next: string | null;
    frequency: string | null;
    boxes: string | null;
  }): string =>
    `There is no box scheduled in ${p.month}${
      p.frequency && p.boxes
        ? `: you receive a box ${p.frequency} (${p.boxes})`
        : p.next
          ? `; your next box is the ${p.next} box`
          : ''
    }.`,
  skipNextInstead: (p: { month: string; deadline: string }): string =>
    `You can skip the ${p.month} box instead, until ${p.deadline}: just tell me and I'll prepare it for you to confirm.`,
  skipTooFar: (p: { month: string; months: number }): string =>
    `Skips are possible for boxes in the next ${p.months} months, so ${p.month} can't be skipped yet.`,
  skipInARow: (p: { max: number }): string =>
    `At most ${p.max} boxes in a row can be skipped; for a longer break, a pause works better.`,
  skipYearLimit: (p: { max: number }): string => `At most ${p.max} boxes per calendar year can be skipped.`,
  giftPostponementsUsed: (): string =>
    'A gift box can be postponed at most 2 times, and both have been used.',
  askSkipMonth: (p: { options: string }): string =>
    `Which box would you like to skip? You can skip ${p.options}.`,
  skipRules: (): string =>
    'Skips must be made before the 28th of the month before the box, for boxes in the next 3 months (at most 2 in a row, 4 per year).',
  skipHowTo: (): string =>
    "You can skip a box in Account -> My subscription (levhaolam.example.com/account/subscription), or here in chat once I've identified your subscription.",
  askPauseLength: (p: { max: number }): string =>
    `How many months would you like to pause for? A pause can be 1 to ${p.max} months.`,
  pauseSkipInstead: (p: { start: string; months: string }): string =>
    `A pause always starts with the next box (${p.start}), so to leave out only ${p.months}, a skip is the better fit.`,
  pauseStarts: (p: { month: string }): string => `A pause asked for today starts with the ${p.month} box.`,
  pauseForm: (p: { months: number; boxes: string }): string =>
    `I've prepared a ${p.months}-month pause: no box and no charge for ${p.boxes}.`,
  pauseCovers: (p: { from: string; to: string }): string => `The pause covers ${p.from} to ${p.to}.`,
  resumesOn: (p: { date: string }): string => `Your subscription resumes automatically on ${p.date}.`,
  currentPauseEnds: (p: { months: number | null; date: string }): string =>
    `Your current ${p.months ? `${p.months}-month ` : ''}pause ends on ${p.date}.`,
  secondPauseAllowed: (p: { used: number; max: number }): string =>
    `This extension counts as a new pause starting when the current one ends; it would be pause ${p.used} of the ${p.max} allowed in 12 months, so that's fine.`,
  pauseNotWhilePastDue: (p: { month: string | null; orderId: string | null }): string =>
    `A pause isn't possible while${p.month ? ` the ${p.month}` : ' a'} payment${p.orderId ? ` (box ${p.orderId})` : ''} is past due.`,
  outstandingCollected: (p: { amount: string }): string =>
    `The outstanding ${p.amount} is collected as soon as you update your card.`,
  pauseLimitReached: (p: { used: number; starts: string; next: string }): string =>
    `You've already used ${p.used} pauses in the last 12 months (starting ${p.starts}), which is the limit, so the next pause can start with the ${p.next} box.`,
  skipAlternative: (p: { months: string; max: number; month: string; deadline: string }): string =>
    `What you can do instead is skip boxes: for example ${p.months} (up to ${p.max} in a row). Skips don't count towards the pause limit; the ${p.month} skip must be made by ${p.deadline}.`,
  pauseChangesNothing: (p: { next: string; frequency: string; months: number; start: string }): string =>
    `Your next box is the ${p.next} box (you receive a box ${p.frequency}), so no box is due in ${p.start} and a ${p.months}-month pause would change nothing.`,
  pauseCoverOptions: (p: { next: string; months: number }): string =>
    `To leave out the ${p.next} box, you can skip ${p.next} or pause for ${p.months} months; tell me which you prefer.`,
  giftNoPause: (): string => "Gift subscriptions can't be paused, but a gift box can be postponed.",
  pauseTooLong: (p: { max: number }): string =>
    `A pause can be at most ${p.max} months; for longer, a pause followed by skips works.`,
  askFrequency: (p: { current: string; first: string; second: string }): string =>
    `Would you like a box ${p.first} or ${p.second}? You receive one ${p.current} now.`,
  alreadyOnFrequency: (p: { frequency: string }): string => `You already receive a box ${p.frequency}.`,
  frequencyForm: (p: { frequency: string }): string => `I've prepared a change to a box ${p.frequency}.`,
  switchIfWanted: (p: { frequency: string; current: string }): string =>
    `You pay ${p.current} per box now. If you'd like to switch to a box ${p.frequency}, just tell me and I'll prepare the change for you to confirm.`,
  frequencyNextBox: (p: { date: string; following: string; frequency: string }): string =>
    `Your next box stays on ${p.date} (at the new price), then you receive a box ${p.frequency}, next in ${p.following}.`,
  offersIntro: (): string => 'Before you go, a few options in case they help (just once, no pressure):',
  offerPause: (p: { max: number }): string =>
    `Pause for 1-${p.max} months, then the subscription restarts by itself.`,
  offerFrequency: (p: { frequency: string; amount: string }): string =>
    `Receive a box ${p.frequency} (${p.amount} per box).`,
  offerLowerTier: (p: { tier: string; frequency: string; amount: string; saving: string }): string =>
    `Switch to ${p.tier} ${p.frequency} at ${p.amount} per box (saves ${p.saving} per box).`,
  offerLoyaltyBox: (p: { tier: string; since: string }): string =>
    `As you've been with us since ${p.since}, one free ${p.tier} box as a loyalty gift: your next box would be charged $0.`,
  cancelIfStillWanted: (): string =>
    'If you would still like to cancel, just tell me: our retention team processes it and confirms by email within 1 business day.',
  cancelHandedOver: (): string =>
    "I've passed your cancellation request to our retention team; they confirm it by email within 1 business day, and it counts from the time you asked.",
  cancelInTime: (p: { before: string; charge: string }): string =>
    `Cancelling before ${p.before} is enough to avoid the ${p.charge} charge.`,
  cancelTooLate: (p: { charge: string }): string =>
    `The box charged on ${p.charge} is already locked in and still ships.`,
  heldBoxNotCharged: (p: { month: string; orderId: string }): string =>
    `The ${p.month} box on hold (${p.orderId}) will not be charged or shipped once you cancel.`,
  feedbackPassedOn: (): string => "Thank you for the honest feedback; I've passed it on to our team.",
  noFurtherCharges: (): string => 'There are no further charges.',
};

export const quality = {
  addPhotosInForm: (): string =>
    'Please add the photos you took in the form as well, so the quality team can see them.',
  askOrder: (): string =>
    'Which order is it about? If you have the order number, please send it; otherwise I can find your latest order.',
  notDeliveredYet: (p: { month: string }): string =>
    `Your ${p.month} box hasn't been delivered yet according to tracking.`,
  windowEnded: (p: { delivered: string; end: string }): string =>
    `Your box was delivered on ${p.delivered}, so the 14-day window for damage claims ended on ${p.end}.`,
  passedToQualityTeam: (p: { photo: boolean }): string =>
    `I've handed your report${p.photo ? ' and photo' : ''} to our quality team, who will look at it and may offer a goodwill gesture; I can't promise one.`,
  itemWasPacked: (p: { items: string; month: string }): string =>
    `According to our records, the ${p.items} ${p.items.includes(' and ') ? 'were' : 'was'} packed in your ${p.month} box.`,
  askWhichItems: (): string => 'Which items were affected? Please name them so I can add them to the claim.',
  askMissingPhotos: (): string =>
    'Please send a photo of the box contents and the packing slip, so I can prepare the claim.',
  askDamagePhotos: (p: { items: string | null }): string =>
    `Please send a photo of the ${p.items ?? 'damaged item'} and of the inside of the box as you opened it; a claim needs at least one photo.`,
  reportWithin: (p: { delivered: string; end: string }): string =>
    `Damage is covered when reported within 14 days of delivery: your box was delivered on ${p.delivered}, so by ${p.end}.`,
  knownIssue: (p: { until: string; refund: string; delivered: string | null }): string =>
    `This is a known issue with some November 2026 Galilee olive oil bottles (loose caps): claims are accepted until ${p.until}, even though your box was delivered ${p.delivered ? `on ${p.delivered}, ` : ''}more than 14 days ago. We replace the bottle in your next box (or refund ${p.refund}) and also replace anything the oil spoiled.`,
  noReturnNeeded: (p: { glass: boolean }): string =>
    p.glass
      ? "You don't need to send anything back; please dispose of any broken glass safely."
      : "You don't need to send anything back.",
  claimForm: (p: { orderId: string; items: string }): string =>
    `I've prepared a damage claim for ${p.orderId} covering the ${p.items}.`,
  withinWindow: (p: { delivered: string; end: string }): string =>
    `The box was delivered on ${p.delivered}, so this is within the 14-day window (until ${p.end}).`,
  reviewTime: (p: { days: number }): string =>
    `After you confirm, you get a claim number by email, and our quality team reviews it within ${p.days} business days.`,
  itemRemedy: (p: { next: string | null; skipped: string | null; amount: string }): string =>
    `You can then have the replacement ${p.next ? `in your next box (${p.next}${p.skipped ? `, as ${p.skipped} is skipped` : ''})` : 'shipped separately within 7 business days'} or a refund of ${p.amount}.`,
  wholeBoxRemedy: (p: { amount: string }): string =>
    `As more than half of the box is affected, you can have a replacement box or a full refund of ${p.amount}.`,
  boxContents: (p: { month: string; theme: string; tier: string; items: string; yours: boolean }): string =>
    `${p.yours ? 'Your' : 'The'} ${p.month} box ("${p.theme}", ${p.tier}) contains: ${p.items}.`,
  substitutions: (p: { swaps: string }): string => `Substitutions for you: ${p.swaps}.`,
  higherTierOnly: (p: { items: string; tier: string }): string =>
    `The ${p.items} ${p.items.includes(' and ') ? 'are' : 'is'} only in the ${p.tier} box.`,
  higherTiersOnly: (p: { items: string }): string =>
    `The ${p.items} ${p.items.includes(' and ') ? 'are' : 'is'} only in the Premium and Deluxe boxes.`,
  nextBoxPublished: (p: { month: string; date: string }): string =>
    `Your next box is the ${p.month} box; its contents are published on ${p.date}.`,
  dealcoholisedAbv: (): string =>
    'Our alcohol-free wines from Gefen Zero are dealcoholised: they contain 0.3-0.4% alcohol (less than 0.5%), so they are not 0.0%.',
  zeroOnlyPreference: (): string =>
    'If you need 0.0%, choose the "0.0% only" preference: every wine is then replaced by the Gefen Zero Sparkling Red Grape Juice (0.0%, never fermented). Our team sets it within 1 business day, or you can choose it in Account -> Preferences.',
  yourAlcoholFreePreference: (p: { zeroOnly: boolean }): string =>
    p.zeroOnly
      ? 'Your account already has the "0.0% only" preference.'
      : 'Your account has the alcohol-free preference (dealcoholised wines, under 0.5%), not the "0.0% only" one.',
  noMedicalAdvice: (): string => "We can't give medical advice; if in doubt, please ask your doctor.",
  nextBoxSchedule: (p: { month: string; frequency: string; published: string }): string =>
    `Your next box is the ${p.month} box (you receive a box ${p.frequency}); its contents are published on ${p.published}.`,
  exclusionOnFile: (p: { allergens: string }): string =>
    `Your ${p.allergens} exclusion is on file, so any item with ${p.allergens} is replaced by an item of similar value.`,
  exclusionsAvailable: (): string =>
    'We can exclude sesame, tree nuts or gluten (Account -> Preferences -> Allergen exclusions, or our team sets it within 1 business day).',
  crossContact: (): string =>
    'All items are sealed by the producer and we never repack food, but we cannot guarantee a box free of cross-contact; every box has printed ingredient cards.',
  allergen: (name: string): string => name,
  allergenItems: (p: { family: string; items: string }): string =>
    `Items in this box whose label lists ${p.family}: ${p.items}.`,
  noAllergenItems: (p: { family: string }): string => `No item in this box lists ${p.family} on its label.`,
  relatedAllergen: (p: { label: string; items: string; family: string }): string =>
    `Also on a label: ${p.label} (${p.items}), which some people avoiding ${p.family} avoid too.`,
  productFallback: (): string =>
    "I've passed your question to our team, who will reply within 1 business day; each box also has printed ingredient cards with usage tips.",
};

export const products = {
  hawaijCoffee: (): string =>
    'Hawaij for coffee is a Yemenite spice blend of ginger and cardamom, with cinnamon and clove. Add about half a teaspoon to a pot of Turkish coffee, or to milk for a spiced latte.',
  hawaijSoup: (): string =>
    'Hawaij for soup is a Yemenite blend of cumin, turmeric, black pepper and cardamom: about 1 teaspoon per litre of chicken or vegetable soup.',
  zaatar: (): string =>
    "Za'atar is a blend of wild hyssop, toasted sesame, sumac and salt. Mix it with olive oil and spread it on bread or pita, or sprinkle it on eggs, salads and roasted vegetables. Please note it contains sesame.",
  sumac: (): string =>
    'Sumac is tangy and lemony, not spicy-hot: sprinkle it on salads, hummus and grilled vegetables.',
  tahini: (): string =>
    'Our tahini is 100% stone-ground hulled sesame: stir it, then mix with water, lemon and garlic for tahini sauce. It contains sesame.',
  silan: (): string =>
    'Silan is a syrup made only from Medjool dates; use it like honey, on tahini, yoghurt or pancakes.',
  amba: (): string =>
    'Amba is a tangy pickled mango condiment with fenugreek and turmeric; it contains mustard seed.',
  schug: (): string =>
    'Schug is a fresh green chilli, coriander and garlic relish from a Yemenite family recipe; it is hot, so start small. Refrigerate after opening.',
  halva: (): string =>
    'Our halva is sesame halva with pistachios (contains sesame and tree nuts); store it below 25 °C.',
  baharat: (): string =>
    'Baharat is a warm blend of black pepper, allspice, cinnamon, cardamom, nutmeg and clove, for meat, rice and roasted vegetables.',
  negevOil: (): string =>
    'The Negev desert olive oil (Ramat Negev Olive Farm) is extra virgin, mild and fruity, in a tin that protects it from light.',
  galileeOil: (): string =>
    "The Galilee olive oil from Zeitim HaGalil in Peki'in is extra virgin, from early-harvest Souri olives, with a peppery finish.",
  cosmetics: (): string =>
    'Our Dead Sea cosmetics from Ein Bokek Mineral Lab are paraben-free and for external use only. For sensitive skin we recommend a patch test first; the salt scrub is not for the face or broken skin.',
  kosher: (): string =>
    'All our foods and wines are certified kosher. Gefen Zero wines and Carmel Ridge Rose are mevushal; our other wines are not mevushal. Dairy items (chocolate with milk, rugelach) are marked on the ingredient card.',
  pomegranate: (): string =>
    'Pomegranate molasses is reduced pomegranate juice with no added sugar: sweet-sour, for dressings, glazes and marinades.',
};

/** English: tracking, addresses, order history, payments and refunds. */
import type { ArrivalBeforeHoliday, Holiday } from '../../policy/holidays';
import type { ImportTaxCountry } from '../../policy/shipping-rules';

const HOLIDAY_NAMES: Readonly<Record<Holiday, string>> = {
  hanukkah: 'Hanukkah',
  passover: 'Passover',
  rosh_hashanah: 'Rosh Hashanah',
  sukkot: 'Sukkot',
  shavuot: 'Shavuot',
  purim: 'Purim',
  christmas: 'Christmas',
  new_year: "New Year's Day",
};

export const shipping = {
  alcoholNotShipped: (p: { country: string }): string =>
    `Wine with alcohol is only shipped to Israel, the United Kingdom and EU countries; boxes to ${countryName(p.country)} automatically get alcohol-free wines from Gefen Zero instead, so it isn't something we can change for your address.`,
  upcomingBox: (p: { month: string; charge: string; firstDay: string; last: string }): string =>
    `Your ${p.month} box is charged on ${p.charge} and dispatched between ${p.firstDay} and ${p.last} (Sunday to Thursday); you get the tracking number by email on dispatch day.`,
  arrivalWindow: (p: { from: string; to: string }): string =>
    `It usually arrives between ${p.from} and ${p.to}.`,
  holidayArrival: (p: {
    holiday: Holiday;
    date: string;
    evening: boolean;
    arrival: ArrivalBeforeHoliday;
  }): string => {
    const name = HOLIDAY_NAMES[p.holiday];
    const starts = p.evening ? `${name} begins on the evening of ${p.date}` : `${name} is on ${p.date}`;
    if (p.arrival === 'before')
      return `${starts}, and the box usually arrives before then, though delivery dates are estimates, not guarantees.`;
    if (p.arrival === 'after') return `${starts}, so the box will most likely arrive after that.`;
    return `${starts}, so arrival before ${name} is not guaranteed.`;
  },
  selfService: (p: { service: string }): string =>
    `Once it is on its way, ${p.service} lets you reschedule the delivery or choose a safe place.`,
  addressOnFile: (p: { address: string }): string => `The address on file for your boxes is ${p.address}.`,
  parcelIntro: (p: { month: string; carrier: string; tracking: string }): string =>
    `Your ${p.month} box is on its way with ${p.carrier}, tracking number ${p.tracking}.`,
  lastScan: (p: { date: string; description: string; location: string }): string =>
    `The last scan was on ${p.date}: "${p.description}" (${p.location}).`,
  noScanYet: (): string => 'There is no carrier scan yet; the first scan can take up to 48 hours to appear.',
  eta: (p: { date: string; late: boolean }): string =>
    p.late
      ? `Its estimated delivery date was ${p.date}.`
      : `The estimated delivery date is ${p.date}, so it is on schedule.`,
  transitTime: (p: { carrier: string; country: string; days: string }): string =>
    `${p.carrier} to ${countryName(p.country)} takes ${p.days} business days from dispatch.`,
  quietPeriod: (): string =>
    'After "Item departed Israel", Israel Post often shows no new scan for up to 10 business days until the parcel is scanned in the destination country; that is normal.',
  taxesOnDelivery: (p: { country: string }): string =>
    `${capital(countryName(p.country))} is a DAP destination: import taxes may be charged on delivery by customs, and they are paid by the recipient.`,
  taxesMayBeDue: (p: { country: string | null }): string =>
    `Import taxes may be charged on delivery by ${p.country ? `the customs of ${countryName(p.country)}` : 'local customs'} (DAP), and they are paid by the recipient.`,
  nothingToPay: (p: { country: string | null }): string =>
    `There is nothing to pay: duties are prepaid (DDP) for ${p.country ? countryName(p.country) : 'your country'}. If anyone asks you to pay for it, please don't, and let us know.`,
  customsHeld: (p: { since: string; location: string | null }): string =>
    `It has been held for customs inspection${p.location ? ` in ${p.location}` : ''} since ${p.since}.`,
  customsDelay: (p: { days: string }): string =>
    `That is normal: customs checks can add ${p.days} business days.`,
  customsPay: (p: { country: string; deadline: string | null }): string =>
    p.country === 'BR'
      ? `The Correios request is genuine: import taxes to Brazil are set by Brazilian customs and paid by the recipient (DAP), and we can't cover or refund them. You can pay it in the Correios "Minhas Importações" app or website${p.deadline ? ` by ${p.deadline}` : ''}; if it isn't paid in time, the parcel goes back to the sender.`
      : 'Import taxes are due from the recipient for your country (DAP); the carrier will tell you the amount.',
  importTaxGuide: (p: { country: ImportTaxCountry; declared: string | null }): string => {
    const declared = p.declared ? ` (your box is declared at ${p.declared}, the price you paid)` : '';
    const guide = "As a guide only (we can't predict the exact amount):";
    switch (p.country) {
      case 'BR':
        return `${guide} under Remessa Conforme the import tax is 20% for a declared value up to USD 50${declared} and 60% above USD 50 (with a USD 20 deduction), plus ICMS state tax of 17-20%.`;
      case 'CA':
        return `${guide} GST/HST of 5-15% of the declared value${declared}, depending on the province (Quebec: GST 5% + QST 9.975%); UPS may add a brokerage fee, typically CAD 10-25, and DHL a duty-processing fee.`;
      case 'ZA':
        return `${guide} VAT 15% plus customs duty (often around 20% on food) on the declared value${declared}, plus a Post Office handling fee.`;
      case 'MX':
        return `${guide} IVA 16% plus import duty, together usually about 19-33% of the declared value${declared}.`;
    }
  },
  pastEta: (p: { date: string }): string =>
    `It is now past its estimated delivery date of ${p.date}, and I'm sorry it's taking so long.`,
  traceOpening: (p: { carrier: string; days: string }): string =>
    `I'm passing this to our shipping team so a trace will be opened with ${p.carrier} (same or next business day); you don't need to contact ${p.carrier} yourself. A trace takes up to ${p.days} business days.`,
  traceSoon: (p: { date: string }): string =>
    `If there is still no new scan by ${p.date}, we open a trace with the carrier.`,
  lostRemedyIfDeclared: (): string =>
    'If the parcel is declared lost, you choose a free replacement box (sent by DHL Express) or a full refund.',
  delivered: (p: {
    month: string;
    carrier: string;
    tracking: string;
    date: string;
    place: string | null;
  }): string =>
    `Your ${p.month} box (${p.carrier}, tracking number ${p.tracking}) was delivered on ${p.date}${p.place ? ` (${p.place})` : ''}.`,
  receivedBy: (p: { name: string; frontDesk: boolean }): string =>
    p.frontDesk
      ? `It was left at the front desk and received by ${p.name}.`
      : `It was signed for by ${p.name}.`,
  leftAtDoor: (): string => 'It was left at the front door.',
  notFoundSteps: (): string =>
    'Please check your mailbox, the building reception or concierge, your neighbours and any safe place the courier uses; carriers sometimes scan "delivered" a little early, so it can still turn up by the end of the next business day.',
  investigation: (p: { by: string; carrier: string }): string =>
    `If it's still missing, let us know by ${p.by} (within 7 days of the delivered scan) and we'll open a carrier investigation (up to 10 business days); you don't need to contact ${p.carrier} yourself. If delivery can't be confirmed, we replace or refund the box.`,
  investigationLate: (p: { date: string; carrier: string }): string =>
    `The delivered scan was on ${p.date}, more than 7 days ago, so the usual carrier investigation no longer opens automatically; I'm passing your case to our shipping team to review, and they will get back to you. You don't need to contact ${p.carrier} yourself.`,
  heldForPayment: (p: {
    month: string;
    orderId: string;
    card: string | null;
    expiry: string | null;
  }): string =>
    `Your ${p.month} box (${p.orderId}) hasn't shipped: it is on hold because the payment failed${p.card ? ` on the card ending ${p.card}` : ''}${p.expiry ? `, which expired (${p.expiry})` : ''}.`,
  heldUntil: (p: { date: string }): string =>
    `The box is held for you until ${p.date} and ships within 2 business days after the payment goes through.`,
  notShippedYet: (p: { month: string }): string =>
    `Your ${p.month} box hasn't shipped yet: boxes are dispatched between the 2nd and the 6th, and you get the tracking number by email on dispatch day.`,
  noBoxInMonth: (p: { month: string; skipped: boolean; frequency: string | null }): string =>
    `There is no ${p.month} box on your account${p.skipped ? ': that month was skipped' : p.frequency ? `: you receive a box ${p.frequency}` : ''}.`,
  lostConfirmed: (p: { month: string; orderId: string; carrier: string; date: string | null }): string =>
    `${p.carrier} confirmed that your ${p.month} box (${p.orderId}) was lost${p.date ? ` on ${p.date}` : ''}.`,
  lostChoice: (p: { price: string; card: string | null }): string =>
    `You can choose a free replacement box (sent by DHL Express within 5 business days) or a full refund of ${p.price}; our team approves it within 1 business day.`,
  returned: (p: { month: string; orderId: string; date: string | null; unitMissing: boolean }): string =>
    `Your ${p.month} box (${p.orderId}) came back to our warehouse${p.date ? ` on ${p.date}` : ''}${p.unitMissing ? ', because the unit number was missing from the address' : ''}.`,
  returnedChoice: (p: { reship: string; refund: string }): string =>
    `We can reship it for ${p.reship}, or refund the box price minus ${p.reship} return shipping, i.e. ${p.refund}.`,
  orderNotOnAccount: (p: { orderId: string }): string =>
    `I couldn't find order ${p.orderId} on your account; could you check the number?`,
};

export const account = {
  askAddress: (): string =>
    'Please send me the new address: street and house number, apartment or unit (if any), city, postal code, country, and the state or province where needed.',
  askRegion: (): string =>
    'Could you add the state or province to the address? It is required for your country.',
  addressCancelled: (p: { date: string | null; keepJoinDateUntil: string | null }): string =>
    `Your subscription was cancelled${p.date ? ` on ${p.date}` : ''}, so no boxes are scheduled and there is nothing to send to a new address. You can resubscribe with the new address at any time${
      p.keepJoinDateUntil ? `; if you do by ${p.keepJoinDateUntil}, you keep your original join date` : ''
    }.`,
  postalInvalid: (p: {
    code: string;
    country: string;
    /** The number of digits the country's codes have, when that is all there is to them. */
    digits: number | null;
    /** Otherwise their shape, such as "A1A 1A1". */
    shape: string | null;
    example: string;
  }): string =>
    `The postal code "${p.code}" is incomplete: postal codes in ${countryName(p.country)} look like ${p.digits ? `${p.digits} digits` : p.shape} (for example ${p.example}).`,
  askFullPostal: (): string =>
    "Could you send me the full postal code? I'll prepare the address change as soon as I have it.",
  addressForm: (p: { address: string }): string => `I've prepared an address change to: ${p.address}.`,
  oldAddressBox: (p: { month: string; street: string | null; cutoff: string }): string =>
    `Your ${p.month} box still ships to ${p.street ?? 'your current address'}, because its address cut-off was ${p.cutoff}.`,
  newAddressFrom: (p: { month: string }): string => `The new address will be used from your ${p.month} box.`,
  skipOldBox: (p: { month: string; deadline: string }): string =>
    `If you won't be at the old address to receive it, you can skip the ${p.month} box until ${p.deadline}.`,
  noRedirect: (p: { month: string }): string =>
    `Your ${p.month} box is already on its way and can't be redirected to the new address.`,
  nextBox: (p: { month: string; date: string }): string =>
    `Your next box is the ${p.month} box, charged on ${p.date}.`,
  pausedUntil: (p: { date: string }): string => `Your subscription is paused until ${p.date}.`,
  firstBox: (p: { since: string; month: string }): string =>
    `You've been with us since ${p.since}, so your first box was the ${p.month} box.`,
  themeOf: (p: { month: string; theme: string; orderId: string }): string =>
    `The theme of the ${p.month} box (${p.orderId}) was "${p.theme}".`,
  itemProducer: (p: { item: string; producer: string; place: string }): string =>
    `The ${p.item} came from ${p.producer} in ${p.place}.`,
  countSince: (p: { count: number; since: string; months: string }): string =>
    `Since ${p.since}, ${p.count} boxes have been delivered to you (${p.months}).`,
  wasLost: (p: { month: string; carrier: string }): string => `The ${p.month} box was lost by ${p.carrier}.`,
  wasReturned: (p: { month: string }): string => `The ${p.month} box was returned to our warehouse.`,
  yearIntro: (p: { year: string }): string => `Here are your ${p.year} boxes:`,
  replacedBy: (p: { orderId: string; delivered: string | null }): string =>
    `replaced free of charge by ${p.orderId}${p.delivered ? `, delivered on ${p.delivered}` : ''}`,
  noBoxesInYear: (p: { year: string }): string => `I can't see any boxes on your account in ${p.year}.`,
  listIntro: (): string => 'Here are your most recent orders:',
  orderLine: (p: {
    orderId: string;
    month: string;
    theme: string | null;
    amount: string;
    status: string;
    delivered: string | null;
  }): string =>
    `${p.orderId}: ${p.month} box${p.theme ? ` ("${p.theme}")` : ''}, ${p.amount}${p.delivered ? `, delivered on ${p.delivered}` : `, ${p.status.replace('_', ' ')}`}`,
  eachBoxCost: (p: { tier: string; amount: string }): string => `Each ${p.tier} box was ${p.amount}.`,
  lastOrder: (p: { orderId: string; month: string; status: string; delivered: string | null }): string =>
    p.delivered
      ? `Your last box was the ${p.month} box (${p.orderId}), delivered on ${p.delivered}.`
      : `Your last box is the ${p.month} box (${p.orderId}), currently ${p.status.replace('_', ' ')}.`,
  noOrders: (): string => "I can't see any orders on your account yet.",
};

export const billing = {
  cardOnFile: (p: { brand: string; last4: string; expiry: string }): string =>
    `The card on file is your ${p.brand} ending ${p.last4}, expiring ${p.expiry}.`,
  updateCardHow: (): string =>
    'You can add or change your card in Account -> Payment method (levhaolam.example.com/account/payment); saving a new card collects any outstanding amount immediately and places a $1.00 verification hold that disappears within 7 days.',
  chargedInUsd: (): string =>
    "All subscriptions are charged in US dollars; we can't bill in other currencies.",
  bankFeesNotRefundable: (): string =>
    "Currency-conversion and foreign-transaction fees are charged by your bank, so they can't be refunded by us.",
  descriptor: (): string =>
    'LEVHAOLAM*BOX MODIIN IL is how the Lev Haolam subscription box (monthly boxes of Israeli products) appears on card statements.',
  askLookup: (): string =>
    'If you send me the email address the subscription might be under, or just the last 4 digits of the card, I can look it up.',
  attemptFailed: (p: { date: string; reason: string }): string =>
    `The payment attempt on ${p.date} was declined by your bank (${p.reason}).`,
  reasonMeaning: (p: { reason: string }): string =>
    ({
      card_expired: 'That means the card on file has expired.',
      insufficient_funds: 'That means the bank declined it for lack of funds.',
      do_not_honor:
        'That means the bank declined without giving a reason, often a block on international merchants.',
      authentication_required: 'That means your bank asked for 3-D Secure approval of the payment.',
      processing_error: 'That was a temporary problem at the bank or payment processor.',
    })[p.reason] ?? '',
  retrySucceeded: (p: { date: string; amount: string }): string =>
    `The retry on ${p.date} succeeded, so you were charged once: ${p.amount}.`,
  attemptsFailed: (p: { count: number; dates: string; reason: string }): string =>
    `All ${p.count} payment attempts so far (${p.dates}) were declined by your bank (${p.reason}).`,
  cardExpired: (p: { card: string; expiry: string }): string =>
    `That means the card ending ${p.card} has expired (its expiry date was ${p.expiry}).`,
  nextRetry: (p: { date: string }): string => `The next automatic retry is on ${p.date}.`,
  noRetriesLeft: (): string =>
    'That was the last automatic retry: the payment goes through once you add a valid card.',
  retryPending: (): string => 'We retry automatically 3, 7 and 14 days after the first attempt.',
  noDoubleCharge: (): string => 'There is no double charge on your account.',
  monthCharges: (p: { month: string; count: number; charges: string }): string =>
    p.count === 0
      ? `There was no charge in ${p.month}.`
      : p.count === 1
        ? `Your only charge in ${p.month} was ${p.charges}.`
        : `Your charges in ${p.month}: ${p.charges}.`,
  chargeLine: (p: { amount: string; date: string; card: string | null; refunded: string | null }): string =>
    `${p.amount} on ${p.date}${p.card ? ` (${p.card})` : ''}${p.refunded ? `, of which ${p.refunded} was refunded` : ''}`,
  cardEnding: (p: { brand: string; last4: string }): string => `${p.brand} ending ${p.last4}`,
  pendingHold: (): string =>
    'A second line in your banking app is usually a pending authorisation: it disappears by itself within 3-7 days and is not a charge (adding or updating a card also places a $1.00 verification hold, released within 7 days).',
  authenticationAdvice: (): string =>
    "When your bank asks, approve the payment in your banking app; most banks only ask occasionally, not every month, and we email you a link when it's needed.",
  duplicateSeen: (p: { amount: string; date: string; paymentIds: string; orderId: string }): string =>
    `I can see two charges of ${p.amount} on ${p.date} for the same box (${p.orderId}: ${p.paymentIds}).`,
  duplicateToTeam: (): string =>
    "I've passed the duplicate to our billing team, who approve the refund of the duplicate within 1 business day and email you when it is issued; it then takes 5-10 business days to appear.",
  chargedFor: (p: { amount: string; date: string; month: string }): string =>
    `The ${p.amount} was charged on ${p.date} for your ${p.month} box.`,
  noSuchPlanPrice: (p: { amount: string }): string => `${p.amount} isn't the price of your plan.`,
  disputeOpen: (p: { month: string; amount: string; opened: string | null }): string =>
    `The ${p.month} charge of ${p.amount} is under dispute with your bank${p.opened ? ` (opened ${p.opened})` : ''}.`,
  disputeNoSeparateRefund: (): string =>
    "While a dispute is open we can't refund the same payment separately: the card network decides the outcome, which can take 30-90 days.",
};

export const refund = {
  refundsByTeam: (): string =>
    "I can't issue refunds myself: our billing team decides within 1 business day and emails you; refunds go back to the original card and take 5-10 business days to appear.",
  noChangeOfMind: (): string =>
    "We can't refund a box once it has shipped because of a change of mind (for example not liking a product or the theme).",
  foodNotReturnable: (): string => "Food can't be returned, so there is no need to send anything back.",
  skipInstead: (p: { month: string; deadline: string }): string =>
    `If a box doesn't appeal to you, you can skip it instead: the ${p.month} box can be skipped until ${p.deadline}.`,
  skipFuture: (): string => 'You can always skip future boxes before the 28th of the month before.',
  noChargeIn: (p: {
    months: string;
    lastAmount: string | null;
    lastDate: string | null;
    lastMonth: string | null;
  }): string =>
    `I can't see any charge in ${p.months}${p.lastAmount ? `: the last charge was ${p.lastAmount} on ${p.lastDate} for the ${p.lastMonth} box` : ''}.`,
  tellUsMore: (): string =>
    "If you see a charge on your statement that I haven't mentioned, please send me its date and amount and I'll check it.",
  afterDeadline: (p: { requested: string; deadline: string; month: string }): string =>
    `A skip requested on ${p.requested} was after the deadline for the ${p.month} box, which was ${p.deadline}.`,
  chargedAndShipped: (p: {
    month: string;
    charged: string | null;
    shipped: string | null;
    delivered: string | null;
    cancelled: string | null;
  }): string =>
    `The ${p.month} box was charged${p.charged ? ` on ${p.charged}` : ''} and shipped${p.shipped ? ` on ${p.shipped}` : ''}${p.cancelled ? `, before the cancellation on ${p.cancelled}` : ''}${!p.shipped && p.delivered ? `; it was delivered on ${p.delivered}` : ''}.`,
  noRefundShipped: (): string => "Unfortunately we can't refund a box that has already shipped.",
  giftNoRefund: (): string =>
    "Gift subscriptions can't be refunded once the first gift box has shipped, but the remaining boxes can be moved.",
  giftOptions: (p: { month: string; deadline: string; from: string }): string =>
    `The ${p.month} box can be postponed (until ${p.deadline}), or sent to another recipient or address from ${p.from}.`,
  injection: (): string =>
    "Refunds can't be issued this way. If there is a genuine problem with one of your boxes, tell me what happened and I'll help you with it.",
  lostRefundToTeam: (p: { amount: string | null; card: { brand: string; last4: string } | null }): string =>
    `I've recorded that you'd like a refund rather than a replacement: a full refund${p.amount ? ` of ${p.amount}` : ''}${p.card ? ` to the ${capital(p.card.brand)} ending ${p.card.last4}` : ''} goes to our billing team, who decide within 1 business day and email you.`,
  lostReplacementToTeam: (): string =>
    "I've recorded that you'd like a free replacement box rather than a refund, and I'm passing your case to our shipping team, who approve it within 1 business day; the box then ships by DHL Express at no cost within 5 business days. If the original parcel turns up later, please keep it.",
  reshipToTeam: (p: { fee: string; address: string | null }): string =>
    `I've recorded that you'd like the box reshipped for ${p.fee}, and I'm passing your case to our shipping team, who confirm it within 1 business day${p.address ? ` and send it to the address on file: ${p.address}` : ''}. If that address needs correcting, please send me the full new address first.`,
  returnedRefundToTeam: (p: { fee: string; amount: string }): string =>
    `I've recorded that you'd like a refund rather than a reship: the box price minus ${p.fee} return shipping, i.e. ${p.amount}, goes to our billing team, who decide within 1 business day and email you.`,
  refundTiming: (): string => 'Once approved, refunds take 5-10 business days to appear on your statement.',
  teamConfirms: (): string => 'Tell me which you prefer; the billing team confirms it within 1 business day.',
  policySummary: (): string =>
    'We refund damaged or missing items, lost boxes, duplicate charges and charges after a skip, pause or cancellation made before the 28th; a box that has shipped is not refunded for a change of mind.',
};

const COUNTRY_NAMES: Record<string, string> = {
  US: 'the USA',
  CA: 'Canada',
  GB: 'the UK',
  DE: 'Germany',
  FR: 'France',
  ES: 'Spain',
  IL: 'Israel',
  AU: 'Australia',
  BR: 'Brazil',
  MX: 'Mexico',
  ZA: 'South Africa',
  AR: 'Argentina',
  AT: 'Austria',
  CH: 'Switzerland',
  IT: 'Italy',
  NL: 'the Netherlands',
  BE: 'Belgium',
};
const countryName = (code: string): string => COUNTRY_NAMES[code] ?? code;
const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** English: greetings, acknowledgements, handovers, plans and outstanding issues. */
import type { Frequency, Tier } from '../../../../commerce/types';
import type { TeamName } from '../types';

const TEAMS: Record<TeamName, string> = {
  shipping: 'shipping',
  billing: 'billing',
  retention: 'retention',
  quality: 'quality',
  support: 'customer support',
};
export const common = {
  greeting: (p: { name: string | null }): string => (p.name ? `Hi ${p.name},` : 'Hello,'),
  ackFrustrated: (): string => "I'm really sorry about this, and I understand how frustrating it is.",
  ackNegative: (): string => "I'm sorry about this.",
  closing: (): string => 'Warm regards,\nLev Haolam Support',
  confirmForm: (p: { link: string | null }): string =>
    p.link
      ? `Nothing changes until you confirm it: please check the details and confirm in the form here: ${p.link}`
      : 'Nothing changes until you confirm it: please check the details and confirm in the form shown here.',
  queuedChange: (p: { summary: string }): string =>
    `The other change you asked for comes next: ${p.summary} I'll send you its form as soon as you've confirmed this one.`,
  proposalUnavailable: (): string =>
    "I couldn't prepare the confirmation form just now, so I've passed this to a teammate who will reply within 1 business day.",
  askIdentity: (): string =>
    'To look into this, could you send me the email address your subscription is under, or your order number? Then I can verify the account.',
  unknownSender: (): string => "I couldn't find a subscription under the email address you're writing from.",
  accountHolderOnly: (): string =>
    "For privacy, I can only discuss an order with the account holder, so I can't share any details of it here.",
  lookupFailed: (): string =>
    "I couldn't look up your account details just now; a teammate will check and reply within 1 business day.",
  teamFollowUp: (): string =>
    "I've passed your message to our team, who will reply by email within 1 business day.",
  questionToTeam: (): string =>
    "I've passed your question to our team, who will reply by email within 1 business day.",
  noCardNumbers: (): string =>
    'Please never send card numbers or the security code (CVV) in chat or email; we only ever see the brand and the last 4 digits.',
  team: (name: TeamName): string => TEAMS[name],
};

export const plan = {
  tier: (tier: Tier): string => ({ basic: 'Basic', premium: 'Premium', deluxe: 'Deluxe' })[tier],
  frequency: (frequency: Frequency): string =>
    ({ monthly: 'monthly', bimonthly: 'every 2 months', quarterly: 'every 3 months' })[frequency],
  price: (p: { tier: string; frequency: string; amount: string }): string =>
    `${p.tier} ${p.frequency} is ${p.amount} per box.`,
  nextCharge: (p: { date: string; amount: string; tier: string; frequency: string }): string =>
    `Your next charge is on ${p.date}: ${p.amount} (${p.tier}, ${p.frequency}).`,
  noNextCharge: (): string => 'There is no charge scheduled on your subscription.',
  priceTable: (_p: { tier: string | null; prices: Tier | null }): string =>
    'Prices per box: Basic $39 monthly, $42 every 2 months, $45 every 3 months; Premium $59, $63, $67; Deluxe $89, $95, $99. They include standard shipping.',
  tierPrice: (p: {
    tier: string;
    frequency: string;
    amount: string;
    difference: string | null;
    more: boolean;
    current: string;
  }): string =>
    `${p.tier} ${p.frequency} is ${p.amount} per box${p.difference ? `, ${p.difference} ${p.more ? 'more' : 'less'} than your ${p.current} box` : ''}.`,
  tierIncludes: (tier: Tier): string =>
    ({
      basic: 'Basic has 4 pantry items: spices, olive oil, sweets and condiments.',
      premium:
        'Premium has 6 items: the Basic items plus a Dead Sea cosmetic and a bottle of wine (alcohol-free where required or requested).',
      deluxe:
        'Deluxe has 9 items: the Premium items plus an extra gourmet item, a Judaica or craft piece from a small studio and a second wine, and it always ships by DHL Express.',
    })[tier],
  alreadyOnTier: (p: { tier: string }): string => `You're already on ${p.tier}.`,
};

export const issues = {
  late: (p: { month: string; carrier: string; tracking: string; eta: string }): string =>
    `I can also see that your ${p.month} box (${p.carrier}, tracking ${p.tracking}) is past its estimated delivery date of ${p.eta}.`,
  lost: (p: { month: string; orderId: string; carrier: string }): string =>
    `I can also see that your ${p.month} box (${p.orderId}) was declared lost by ${p.carrier}, and you haven't chosen a remedy yet.`,
  customs: (p: { month: string; tracking: string }): string =>
    `I can also see that your ${p.month} box (tracking ${p.tracking}) is being held by customs.`,
  returned: (p: { month: string; orderId: string }): string =>
    `I can also see that your ${p.month} box (${p.orderId}) came back to our warehouse.`,
  paymentFailed: (p: { orderId: string | null; card: string | null; since: string | null }): string =>
    `I can also see that your payment has been failing${p.since ? ` since ${p.since}` : ''}${p.card ? ` on the card ending ${p.card}` : ''}${p.orderId ? `, so the box ${p.orderId} is on hold` : ''}.`,
  autoCancel: (p: { date: string }): string =>
    `If it stays unpaid, the subscription is cancelled automatically on ${p.date}.`,
};

export const lessons = {
  trackingNumber: (p: { carrier: string; tracking: string }): string =>
    `Your tracking number is ${p.tracking} (${p.carrier}).`,
  alcoholFreeMemory: (): string =>
    "You've told us before that you prefer alcohol-free wine. Your account doesn't have the alcohol-free preference set yet; our team can set it within 1 business day, or you can choose it in Account -> Preferences.",
};

export const general = {
  thanks: (): string =>
    'Thank you so much for taking the time to write! It means a lot to us, and we pass messages like yours on to the small producers behind every box.',
  handover: (p: { team: string }): string =>
    `I'm handing this conversation over to a human teammate on our ${p.team} team, together with a summary, so you won't have to repeat yourself.`,
  replyTime: (): string =>
    'A teammate will reply in this conversation within 1 business day (Sunday-Thursday 08:00-18:00, Friday 08:00-12:00, Israel time).',
  noPhone: (): string =>
    "We don't offer phone support or call-backs; everything is handled by chat and email.",
  teamSpeaksLanguage: (): string => 'Our team answers in English.',
  duplicateNoted: (p: { amount: string; date: string }): string =>
    `I've noted the duplicate ${p.amount} charge of ${p.date} for the billing team to review.`,
  supportHours: (): string =>
    'Our human support hours are Sunday-Thursday 08:00-18:00 and Friday 08:00-12:00, Israel time; we are closed on Saturdays and Jewish holidays. The assistant here answers around the clock, and a teammate replies within 1 business day.',
  privacyRequest: (): string =>
    "I've passed your privacy request to our team: requests for a copy or deletion of your data are handled within 30 days, and you'll get an email when it's done.",
  partnership: (): string =>
    "Thank you for your interest in working with us! I've passed your message to our team, who will reply by email; I can't make any commitments on their behalf.",
  referral: (): string =>
    "I don't have any referral programme details I can share. I've passed your question to our team, and your sister is very welcome to subscribe at levhaolam.example.com.",
  shipsTo: (p: { standard: string; standardDays: string; deluxeDays: string }): string =>
    `Yes, we ship there: Basic and Premium boxes go by ${p.standard} in ${p.standardDays} business days, Deluxe boxes by DHL Express in ${p.deluxeDays} business days.`,
  pricesFrom: (p: { amount: string; table: string }): string =>
    `Boxes start at ${p.amount} per box (Basic). ${p.table}`,
  fromTable: (p: { heading: string }): string => `From "${p.heading}" in our help centre:`,
  knowledgeFollowUp: (): string =>
    "If that doesn't answer your question, just reply and a teammate will pick it up.",
  cannotFollow: (): string =>
    "I can't act on instructions like that, but I'm happy to help with your subscription.",
};

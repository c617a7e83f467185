import type { CueSpec } from '../cue';

/**
 * English intent cues. Weights: 4-6 a cue that alone names the intent, 2-3 a strong hint,
 * 1 context that only helps break ties. Written from the taxonomy descriptions and common
 * support phrasing, not from the golden set.
 */
export const INTENT_CUES_EN: readonly CueSpec[] = [
  // shipping_tracking
  ['shipping_tracking', 3, "where|wheres|where's ~ box*|order|parcel*|package*|shipment*|delivery|stuff"],
  ['shipping_tracking', 3, 'track|tracking|tracker|trackin|traking|tracked'],
  [
    'shipping_tracking',
    3,
    "hasn't|hasnt|haven't|havent|didn't|didnt|still|never|not|yet ~ arriv*|arrive|showed|shown|turned|moved|updated|budged|come|came|here",
  ],
  [
    'shipping_tracking',
    2.5,
    'when ~~ arriv*|ship|shipped|ships|dispatch*|deliver*|come|expect|leave; when ~~ get here; when ~~ be sent; when ~~ go out',
  ],
  [
    'shipping_tracking',
    3,
    "going|gonna|will|it'll ~ arrive|arriving; arrive before|by; arrive in time; make it in time; get here before|by",
  ],
  [
    'shipping_tracking',
    3,
    'has|have|was|been ~ shipped|dispatched|posted|sent; shipped|dispatched|sent|posted yet; out yet',
  ],
  [
    'shipping_tracking',
    2.5,
    'in transit; on its way; out for delivery; estimated delivery; delivery date; expected delivery; not received; never received',
  ],
  [
    'shipping_tracking',
    3,
    "nothing's|nothing|hasn't|hasnt ~ come|arrived|turned|shown ~ yet|up; come|arrived|here yet; look into it; chase ~ carrier|courier|parcel|it",
  ],
  [
    'shipping_tracking',
    2.5,
    'customs|stuck|delayed|delay|delays|late|overdue|duties; import tax|duty|fee*; customs fee*',
  ],
  ['shipping_tracking', 2, 'any news; any update*; an update; status of; how long ~ take'],
  [
    'shipping_tracking',
    2.5,
    'pay ~ tax|taxes|duty|duties|vat; holding it; being held; held at|by|in; sent|returned|went|came back ~ to you|sender; returned to sender',
  ],
  [
    'shipping_tracking',
    3,
    "where is|are it|they; where's it; waiting ~ for ~ box*|parcel*|package*|order*|delivery",
  ],
  ['shipping_tracking', 2.5, 'says|shows|marked|showing ~ delivered'],
  ['shipping_tracking', 1.5, 'lost|disappear*|vanish*|returned'],
  ['shipping_tracking', 2.5, 'resend|re-send|reship|re-ship; send it again; send ~ again'],
  [
    'shipping_tracking',
    2.5,
    'replacement please; take|want|prefer|choose|like|send ~ replacement; what happened to',
  ],
  ['shipping_tracking', 1, 'courier|carrier|postman|mailman|mailbox|neighbour*|neighbor*; post office'],
  ['shipping_tracking', 1, 'ups|dhl|fedex|usps; israel post; royal mail; canada post'],
  ['shipping_tracking', 1, 'shipping|delivery|parcel|package|shipment|shipments'],

  // address_change
  ['address_change', 4, 'change|update|updating|correct|fix|edit|new ~ address|adress|addres'],
  ['address_change', 1, /(?<![\p{L}-])add?ress?(?:es)?(?!\p{L})/u],
  ['address_change', 2, 'moved|moving'],
  [
    'address_change',
    3,
    'relocat*; moved|moving to|into|house|abroad|countries; move house; new place; new home; new flat; new apartment',
  ],
  ['address_change', 2, 'ship|send|deliver ~ to ~ instead'],
  [
    'address_change',
    3,
    'go|ship|send|deliver|sent|shipped ~ to ~ her|his|my|our|their|a|the ~ place|house|home|flat|apartment|office|work|address',
  ],
  ['address_change', 3.5, 'add|include|put ~ to|in|on ~ address; buzzer|door|gate|entry code'],
  [
    'address_change',
    1.5,
    /\d+[a-z]?\s+(?:[\p{L}'.-]+\s+){1,3}(?:street|st|avenue|ave|road|rd|blvd|boulevard|lane|ln|drive|dr|crescent|way|court|ct|place|pl|terrace)(?!\p{L})/u,
  ],
  [
    'address_change',
    3.5,
    'old|current|previous address; address on file; address you have; going to ~ address',
  ],
  ['address_change', 1, 'apt|apartment|suite|postcode|zip; zip code; postal code'],
  [
    'address_change',
    3.5,
    'wrong|correct|change|update|fix|typo ~ postcode|zip|postal|street|apartment|apt|unit; house|flat number',
  ],
  ['address_change', -3, 'email|e-mail address'],

  // billing_payment
  ['billing_payment', 3, 'charg*|chrg*'],
  [
    'billing_payment',
    3,
    'charged|billed twice; charged me twice; double charg*; two charges; duplicate charge*; charged two times',
  ],
  ['billing_payment', 2.5, 'payment*|paid|billing|billed|bill; pay for'],
  ['billing_payment', 2.5, 'card|visa|mastercard|amex|paypal'],
  ['billing_payment', 2, 'declin*|failed|bounced|expir*|authori*; 3d secure'],
  ['billing_payment', 3, 'payment ~ problem|issue|failed|failure; update|change|replace|new ~ card'],
  ['billing_payment', 3, 'dispute*|chargeback'],
  ['billing_payment', 2, 'next charge|payment|bill; charged ~ for'],
  [
    'billing_payment',
    1.5,
    'bank|currency|dollars|usd|shekels|nis|euros|pounds|conversion|fee|fees; exchange rate',
  ],
  ['billing_payment', 1, 'invoice*|receipt*|statement|price; how much'],
  [
    'billing_payment',
    3,
    'included in the price; price include*; vat|tax|taxes included; pay ~ upfront|in advance|annually|yearly; whole year|annual plan',
  ],
  [
    'billing_payment',
    2.5,
    'price|amount|cost|charge went|gone|go up; price|amount|cost ~ increase*|higher|more than; price increase|rise; amount',
  ],
  ['billing_payment', 1, /\$\s?\d+|\d+\s?(?:usd|dollars)(?!\p{L})/u],

  // refund_request
  [
    'refund_request',
    5,
    'refund*|refnd*|reimburs*; money back; my money; credit back; give ~ money back; pay me back; get ~ money back',
  ],
  ['refund_request', 3.5, 'want|like|get|have it|that|them back; took my money'],
  ['refund_request', 4, 'reverse|reversed|reversal'],
  ['refund_request', 2.5, 'charged me anyway; still charged; charged anyway; charged regardless; still took'],
  ['refund_request', 1.5, "never received|got; didn't want it; did not want it; after ~ cancel*"],

  // subscription_pause
  ['subscription_pause', 5, 'pause*|unpause'],
  [
    'subscription_pause',
    3.5,
    'freeze|suspend*; put|place|keep|puts ~ on hold; hold off; take a break; break from',
  ],
  ['subscription_pause', 1.5, 'on hold'],
  ['subscription_pause', 3, 'temporarily|temporary; for a while; for a bit; for now; for the time being'],
  ['subscription_pause', 3, 'resume|restart*; start again; extend ~ break'],
  ['subscription_pause', 1.5, 'for ~ month|months'],
  [
    'subscription_pause',
    3,
    'until ~ back; a few months; few months; couple of months; hold ~ subscription|boxes|deliveries|account',
  ],
  [
    'subscription_pause',
    2,
    'until|till|til ~ january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter',
  ],
  ['subscription_pause', 1, 'hospital|surgery|travelling|traveling'],

  // subscription_skip
  ['subscription_skip', 5, 'skip*|skp|unskip'],
  [
    'subscription_skip',
    3.5,
    "held|hold back; hold ~ box; postpone*; delay ~ box; don't|dont|not send; do not send; no box|boxes; sit out; miss ~ month; don't|dont|not ship|send|deliver|post; keep the rest",
  ],
  ['subscription_skip', -3, 'was|were|already|been ~ skipped'],
  ['subscription_skip', 1, 'away|abroad|travelling|traveling|vacation|holiday*'],

  // subscription_frequency
  // A move to another tier is a change of plan, handled by the retention specialist (kb-007).
  [
    'subscription_frequency',
    4.5,
    'upgrad*|downgrad* ~ basic|premium|deluxe|tier|tiers; switch*|chang*|mov*|go|swap|step ~ to|into ~ basic|premium|deluxe; higher|lower|cheaper|smaller|bigger tier|box|plan',
  ],
  // "Any cheaper option?": a plan that costs less, from the tiers and frequencies (kb-007).
  [
    'subscription_frequency',
    4.5,
    'cheaper|cheapest|budget ~ option|options|plan|plans|box|boxes|version|subscription; less|more expensive|affordable ~ option|options|plan|plans|box|boxes|version',
  ],
  ['subscription_frequency', 2, "getting|bit|little|too ~ steep|pricey|expensive; can't justify the price"],
  // "What's my plan?": the plan as it stands.
  [
    'subscription_frequency',
    3.5,
    "what|which ~ my plan|subscription|tier; what|which plan|tier ~ am i|i am|i have|i'm",
  ],
  ['subscription_frequency', 5, 'every|once other|two|three|2|3|second|third month|months'],
  [
    'subscription_frequency',
    5,
    'bimonthly|bi-monthly|quarterly|frequenc*; every quarter; once a quarter; how often',
  ],
  ['subscription_frequency', 4, 'less|more often|frequent*|frequently; fewer boxes; more boxes'],
  ['subscription_frequency', -4, 'no more boxes'],
  ['subscription_frequency', 4, 'every ~ weeks'],
  ['subscription_frequency', 3, 'switch|change|move|go|back ~ to ~ monthly|quarterly|bimonthly|every'],
  [
    'subscription_frequency',
    -4,
    'on the|a|my ~ monthly|quarterly|bimonthly|bi-monthly ~ plan|subscription|one; currently ~ monthly|quarterly|bimonthly',
  ],
  ['subscription_frequency', 2, 'monthly; every month; each month; once a month; a box every'],

  // subscription_cancel
  ['subscription_cancel', 5, 'cancel*|cancl*|cansel*'],
  [
    'subscription_cancel',
    4,
    'end|stop|terminate|close|quit|discontinue ~ subscription|membership|plan|boxes',
  ],
  [
    'subscription_cancel',
    2,
    "please cancel; cancel my; cancel the; cancel it; cancel everything|all; time to cancel; i'm done; im done; want to cancel; like to cancel; thinking of cancel*; thinking about cancel*",
  ],
  ['subscription_cancel', 5, 'no more boxes|deliveries; close|shut it down; close it'],
  ['subscription_cancel', 2.5, "unsubscribe; don't want ~ anymore; no longer want; not worth it; done with"],
  ['subscription_cancel', -4, 'i|already|we|had|was ~ cancelled|canceled'],
  // Cancelled by the company (dunning), not asked for by the customer.
  [
    'subscription_cancel',
    -4,
    'will|would|get|gets|being|be ~ cancelled|canceled|terminated; auto-cancel*; automatically ~ cancel*',
  ],
  ['subscription_cancel', -3, "not|don't|dont|never ~ want ~ cancel*"],
  // "Stop the boxes until I'm back" is a pause.
  [
    'subscription_cancel',
    -3,
    'stop|end|halt ~~ until|temporarily|while; stop|end|halt ~~ for ~ months|weeks',
  ],

  // damaged_item
  [
    'damaged_item',
    5,
    'rancid|broke|broken|smashed|shattered|crack|cracked|cracks|cracking|leak*|crushed|squashed|squished|dented|damag*|spoil*|mold*|mould*|rotten|spill*|spilt|torn|ripped|melted|stale|defective|faulty',
  ],
  ['damaged_item', 2.5, 'expired|gone off|gone bad|out of date; tastes|smells off|funny|bad'],
  [
    'damaged_item',
    3.5,
    "missing|incomplete; wasn't in; weren't in; not in there; not in the box; left out; forgot to include; didn't include; wrong item*",
  ],
  ['damaged_item', 1.5, 'photo*|pic|pics|picture*|image*|attached'],
  ['damaged_item', 4, "wrong box|product|items|item|tier; not what i ordered; isn't what i ordered"],
  [
    'damaged_item',
    3,
    'only got|received|had ~ items|products; items missing; list|slip says; packing slip|list',
  ],
  ['damaged_item', 1.5, 'soaked|mess|exploded|burst; arrived ~ open; glass everywhere'],

  // product_question
  ['product_question', 3, 'allerg*|intoleran*|coeliac|celiac'],
  ['product_question', 3, "no|without wine; where is|where's the wine"],
  [
    'product_question',
    3,
    'what do|will you have ~ for; anything special ~ for; what ~ for hanukkah|chanukah|passover|pesach|christmas|holidays; what was|were in; which|what items|products|things were|are|will ~ in',
  ],
  [
    'product_question',
    2.5,
    'ingredient*|gluten|nut|nuts|walnut*|peanut*|almond*|sesame|dairy|lactose|vegan|vegetarian|kosher|mevushal|halal|paraben*|sulfite*|sulphite*',
  ],
  [
    'product_question',
    3,
    "contain|contains|containing|recipe*|contents|serve; made of; made with; shelf life; best before; how ~ use|store; what's|whats in; what is in; what comes in; what will be in",
  ],
  [
    'product_question',
    2.5,
    'alcohol-free|alcohol|abv|pregnan*|non-alcoholic|dealcoholi*|de-alcoholi*|sugar|sugar-free|diabet*|calories|organic|preservative*; expiry date',
  ],
  [
    'product_question',
    3,
    'safe|suitable|used for|on|with|to|around; be used; use it|them; what do|can|should i do with; what to do with; never had|tried ~ before; how do you eat',
  ],
  [
    'product_question',
    2.5,
    'spicy|mild|sweet|bitter|taste|tastes|flavour|flavor|pair|pairing; extra virgin; hot food',
  ],
  [
    'product_question',
    3,
    'cruelty-free|cruelty free|vintage|grape|grapes|origin; cold pressed; cold-pressed; tested on animals; made in|from; where ~ made|produced|grown|from; which|what region; is it from; are they from',
  ],
  [
    'product_question',
    1,
    "wine*|honey|tahini|spice*|za'atar|soap*|cosmetic*|cream|chocolate|dates|product*|theme; olive oil",
  ],

  // order_history
  [
    'order_history',
    4,
    'order history; past|previous|old|recent orders; all my orders; my orders; my ~ recent|past|previous|last ~ orders; list of ~ orders; orders i; boxes i ~ got|received|had; boxes ~ this|last year',
  ],
  [
    'order_history',
    3.5,
    'first box; first order; how many boxes; last ~ orders|boxes; when did i ~ get|receive|start|join|sign',
  ],
  ['order_history', 2.5, 'records|expense*|taxes|accounting|accountant|bookkeeping; tax purposes'],
  [
    'order_history',
    3,
    "everything i|i've ordered|bought; what i ordered|bought; ordered|bought in|since|last; summary of ~ orders|purchases|boxes; my purchases",
  ],
  ['order_history', 1.5, 'list|history; so far'],
  [
    'order_history',
    2.5,
    'what|how much did ~ cost; last|previous|past order; my last box; remind me; what was in; what came in; what ~ theme ~ was; when did ~ arrive|come|ship|get',
  ],
  ['shipping_tracking', -2.5, 'when did ~ arrive|come'],
  [
    'order_history',
    3,
    'which|what ~ months|boxes|orders ~ did|have i; how many ~ months|boxes|orders ~ did|have i',
  ],
  [
    'order_history',
    3.5,
    "which|what box|boxes|order|orders ~ did i ~ get|receive|have; have i spent; i've spent; spent ~ in total; total spent",
  ],

  // gratitude
  [
    'gratitude',
    4,
    'grateful|kudos; thank you for; thanks for; thank you so much; thanks so much; many thanks; wanted to ~ thank|thanks; say thanks|thank; just wanted to say',
  ],
  [
    'gratitude',
    3,
    'appreciate*|love|loved|loving|amazing|wonderful|fantastic|delicious|compliment*|brilliant|lovely|beautiful|awesome; great job; well done; keep up; made my day; so happy',
  ],
  [
    'gratitude',
    2.5,
    'great|best|helpful|excellent|perfect|superb|outstanding|yummy|tasty; ever tasted; sorted ~ out',
  ],
  [
    'gratitude',
    2.5,
    'cried|touched|delighted|thrilled|adored|treasure|incredible|superb|rock|rocks|legends|stars; so pleased; cheers for; thanks a lot; the best',
  ],
  ['gratitude', 2.5, /(?:❤️|❤|😍|🥰|🔥|👏|🙌|🙏|💙|😋)/u],
  ['gratitude', 1, 'thanks|thank|thx|ty|cheers|ta'],

  // human_request
  [
    'human_request',
    5,
    'speak|talk|chat ~ to|with ~ human|person|someone|somebody|manager|supervisor|agent|representative|rep|staff|real|actual|team',
  ],
  [
    'human_request',
    5,
    'connect|transfer|put|pass|forward ~ me ~ to|with|through ~ agent|human|person|someone|somebody|manager|representative|rep|supervisor',
  ],
  [
    'human_request',
    5,
    'real person; human being; actual person; live agent; live person; real agent; human agent; human representative; a human',
  ],
  [
    'human_request',
    4,
    'manager|supervisor|escalate; call me; ring me; phone call; by phone; on the phone; give me a call; someone call; call me back',
  ],
  ['human_request', 3, 'not a bot; not a robot; no bots; are you a bot; stop ~ bot'],

  // other
  // Prices of the tiers: a pre-sales question when no change is asked for.
  [
    'other',
    3.5,
    'how much|price|prices|pricing|cost|costs ~ basic|premium|deluxe|tiers|plans; basic|premium|deluxe ~ cost|costs|price; difference between ~ basic|premium|deluxe',
  ],
  [
    'other',
    4,
    'stockist*|wholesale|retailer*|partnership*|partnering|collaborat*|supplier*|vendor*|sponsor*|affiliate|influencer|journalist|career*|hiring|job|jobs|internship; partner with; become a partner; press inquir*; corporate gift*',
  ],
  [
    'other',
    4,
    'gdpr|privacy|newsletter; mailing list; marketing emails; personal information|info; personal data; my data; data protection; delete ~ account|data; erase ~ data',
  ],
  ['other', 1.5, 'producers; work with'],
  [
    'other',
    3,
    'farmer*|charity|donat*|founded|mission; who are you; where are you based; your company; do you ship to; ship internationally; carry ~ products|producers; sell ~ products; my shop; my store',
  ],
];

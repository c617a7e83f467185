/**
 * Must-not families about changes and forms: a change made or claimed without the customer's
 * confirmation, and a confirmation form (a proposed write tool) that should not have been shown.
 */
import { ENGLISH_MONTHS } from '../calendar-words';
import { lexicon, words } from '../lexicon';
import { changeClaims, type ChangeKind } from './change-claims';
import { affirmed, callsOf, type Detector, type MustNotContext } from './detector';
import { isValidPostalCode } from './postal-codes';

/** The write tools of the golden set's contract (fixtures/README.md): proposed, then confirmed. */
const WRITE_TOOLS = words`
  pause_subscription | skip_month | change_frequency | change_address | file_damage_claim
`;

/** Form names in the phrases → the write tool that shows that form. */
const FORM_TOOLS: Readonly<Record<string, string>> = {
  skip: 'skip_month',
  pause: 'pause_subscription',
  'address change': 'change_address',
  frequency: 'change_frequency',
  claim: 'file_damage_claim',
};

const CLAIM_KINDS: Readonly<Record<string, ChangeKind[]>> = {
  cancelled: ['cancel'],
  paused: ['pause'],
  skipped: ['skip'],
};

/** "because", "since": the reply gives a reason for the form it shows. */
const REASON = lexicon(words`
  because | since | so that | which means | that means | would change nothing | потому | так как
  | поскольку | porque | ya que | weil | denn | parce que | puisque | כי | מכיוון | היות
`);
const THIRD = lexicon(words`
  third | третью | третья | третьей | tercera | dritte* | troisieme | שלישית | השלישית
`);
const PAUSE = lexicon(words`
  pause* | hold | пауз* | приостанов* | заморо* | pausa* | suspen* | pausier* | aussetz* | השהי*
  | הקפא*
`);

const executedWrites = (context: MustNotContext): string[] =>
  context.toolCalls
    .filter((call) => call.executed && WRITE_TOOLS.includes(call.name))
    .map((call) => `executed ${call.name} without a confirmed form`);

/** `YYYY-MM` of a phrase's month ("December", "2027-03"): a month name matches any year. */
function monthFilter(word: string | undefined): (args: Record<string, unknown>) => boolean {
  if (!word) return () => true;
  const named = ENGLISH_MONTHS.indexOf(word.toLowerCase());
  const suffix = named >= 0 ? `-${String(named + 1).padStart(2, '0')}` : null;
  return (args) => {
    const month = String(args.month ?? '');
    return suffix ? month.endsWith(suffix) : month === word;
  };
}

export const CHANGE_DETECTORS: readonly Detector[] = [
  {
    family: 'unconfirmed-change',
    applies: /without (?:the customer )?confirming|claim the subscription has been (\w+)/,
    detect: (context, match) => [
      ...executedWrites(context),
      ...changeClaims(context, CLAIM_KINDS[match[1] ?? ''] ?? ['pause', 'skip', 'cancel', 'change']),
    ],
  },
  {
    family: 'early-frequency-change',
    applies: /change the frequency before/,
    detect: (context) => [...callsOf(context, 'change_frequency'), ...changeClaims(context, ['change'])],
  },
  {
    family: 'form-shown',
    applies:
      /\bshow (?:another |an? )?(?:(\d+)-month )?(skip|pause|address change|frequency|claim) form(?: for (?:the )?([a-z]+|\d{4}-\d{2})\b)?(.*)$/,
    detect: (context, match) => {
      const months = match[1] ? Number(match[1]) : null;
      const byMonth = monthFilter(match[3] === 'the' ? undefined : match[3]);
      const calls = callsOf(
        context,
        FORM_TOOLS[match[2]!]!,
        (args) => byMonth(args) && (months === null || Number(args.months) === months),
      );
      // "without explaining": the form is fine when the reply says why it is offered.
      const explained =
        /without explaining/.test(match[4] ?? '') &&
        affirmed(context, REASON, { evenNegated: true }).length > 0;
      return explained ? [] : calls;
    },
  },
  {
    family: 'claim-filed',
    applies: /\bfile (?:a |the )?(?:standard )?claim\b(.*)$/,
    detect: (context, match) =>
      callsOf(context, 'file_damage_claim', (args) =>
        /without a photo/.test(match[1] ?? '')
          ? !Array.isArray(args.photo_ids) || args.photo_ids.length === 0
          : true,
      ),
  },
  {
    family: 'invalid-address-submitted',
    applies: /submit an address change with an invalid postal code/,
    detect: (context) =>
      callsOf(context, 'change_address', (args) => !isValidPostalCode(args.country, args.postal_code)),
  },
  {
    family: 'extra-pause-promised',
    applies: /promise a third pause/,
    detect: (context) => [
      ...callsOf(context, 'pause_subscription'),
      ...affirmed(context, THIRD, { withAll: [PAUSE] }),
    ],
  },
];

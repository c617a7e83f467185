/**
 * The remedy a customer chooses for a box that never reached them (kb-003): for a lost box a free
 * replacement box or a full refund; for a box returned to us a reship for $12 or a refund minus $12
 * ("I'd like the replacement box instead", "I'd rather have my money back than a replacement",
 * "please reship it"). The agent records the choice and hands it to the team that approves it.
 */
import type { OutstandingIssue } from '../../../commerce/outstanding-issues';
import { foldPattern, normalizeText } from '../../router/normalize';
import type { AgentContext } from '../agent-context';

/** `replacement` is a new box for a lost one, or the returned box sent again. */
export type BoxRemedy = 'replacement' | 'refund';

const MENTIONS: readonly (readonly [BoxRemedy, RegExp])[] = [
  [
    'replacement',
    /replac|resend|re-send|reship|re-ship|send it again|new box|ersatz|neue box|erneut (?:senden|schicken)|nochmal schicken|reemplaz|reposicion|reenvi|otra caja|remplac|renvoy|reexpedi|nouvelle box|замен|новую коробку|повторно отправ|отправьте снова|החלפ|חלופי|קופסה חדשה|לשלוח שוב/gu,
  ],
  [
    'refund',
    /refund|money back|reimburs|erstatt|geld zuruck|reembols|devolucion del dinero|devuelvan el dinero|rembours|возврат|вернуть деньги|верните деньги|החזר/gu,
  ],
].map(([remedy, pattern]) => [remedy as BoxRemedy, foldPattern(pattern as RegExp)] as const);

/** Words just before a mention that turn it down: "rather than a refund", "statt einer Erstattung". */
const DECLINED =
  /(?:instead of|rather than|than|not|no|don'?t want|statt|anstatt|keine?n?|en lugar de|en vez de|no quiero|plutot que|au lieu de|pas de|pas un|вместо|не нужн\p{L}*|не|במקומ|לא)\s+(?:a |an |the |my |un |une |el |la |le |einen? |einer |ein |ה)?$/u;

/** The remedy the message chooses: the first one it mentions without turning it down. */
export function remedyChosen(text: string): BoxRemedy | null {
  const normalized = normalizeText(text);
  const mentions = MENTIONS.flatMap(([remedy, pattern]) =>
    [...normalized.matchAll(pattern)]
      .filter((m) => !DECLINED.test(normalized.slice(Math.max(0, m.index - 24), m.index)))
      .map((m) => ({ remedy, at: m.index })),
  );
  return mentions.sort((a, b) => a.at - b.at)[0]?.remedy ?? null;
}

/**
 * The customer's lost or returned box still waiting for a remedy, from the context's outstanding
 * issues (a lost box first); with `orderId`, only that order's.
 */
export function boxAwaitingRemedy(ctx: AgentContext, orderId?: string): OutstandingIssue | null {
  const issues = (ctx.customer?.outstandingIssues ?? []).filter(
    (issue) =>
      (issue.kind === 'lost_shipment' || issue.kind === 'returned_shipment') &&
      (orderId === undefined || issue.orderId === orderId),
  );
  return issues.find((issue) => issue.kind === 'lost_shipment') ?? issues[0] ?? null;
}

/**
 * The remedy a customer chooses for a lost box (kb-003: a free replacement box or a full refund,
 * not both): "I'd like the replacement box instead", "I'd rather have my money back than a
 * replacement". The agent records the choice and hands it to the team that approves it.
 */
import type { OutstandingIssue } from '../../../commerce/outstanding-issues';
import { foldPattern, normalizeText } from '../../router/normalize';
import type { AgentContext } from '../agent-context';

export type LostRemedy = 'replacement' | 'refund';

const MENTIONS: readonly (readonly [LostRemedy, RegExp])[] = [
  [
    'replacement',
    /replac|resend|re-send|reship|new box|ersatz|neue box|reemplaz|reposicion|reenvi|otra caja|remplac|renvoy|nouvelle box|замен|новую коробку|повторно отправ|החלפ|חלופי|קופסה חדשה/gu,
  ],
  [
    'refund',
    /refund|money back|reimburs|erstatt|geld zuruck|reembols|devolucion del dinero|devuelvan el dinero|rembours|возврат|вернуть деньги|верните деньги|החזר/gu,
  ],
].map(([remedy, pattern]) => [remedy as LostRemedy, foldPattern(pattern as RegExp)] as const);

/** Words just before a mention that turn it down: "rather than a refund", "statt einer Erstattung". */
const DECLINED =
  /(?:instead of|rather than|than|not|no|don'?t want|statt|anstatt|keine?n?|en lugar de|en vez de|no quiero|plutot que|au lieu de|pas de|pas un|вместо|не нужн\p{L}*|не|במקומ|לא)\s+(?:a |an |the |my |un |une |el |la |le |einen? |einer |ein |ה)?$/u;

/** The remedy the message chooses: the first one it mentions without turning it down. */
export function lostRemedyChosen(text: string): LostRemedy | null {
  const normalized = normalizeText(text);
  const mentions = MENTIONS.flatMap(([remedy, pattern]) =>
    [...normalized.matchAll(pattern)]
      .filter((m) => !DECLINED.test(normalized.slice(Math.max(0, m.index - 24), m.index)))
      .map((m) => ({ remedy, at: m.index })),
  );
  return mentions.sort((a, b) => a.at - b.at)[0]?.remedy ?? null;
}

/** The customer's lost box still waiting for a remedy, from the context's outstanding issues. */
export function lostWithoutRemedy(ctx: AgentContext): OutstandingIssue | null {
  return ctx.customer?.outstandingIssues.find((issue) => issue.kind === 'lost_shipment') ?? null;
}

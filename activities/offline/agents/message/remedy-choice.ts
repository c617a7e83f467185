/**
 * The remedy a message chooses for a box that never reached the customer (kb-003): for a lost box
 * a free replacement box or a full refund; for a box returned to us a reship for $12 or a refund
 * minus $12 ("I'd like the replacement box instead", "I'd rather have my money back than a
 * replacement", "please reship it").
 */
import { foldPattern, normalizeText } from '../../router/normalize';
import { cuePattern } from './cues';

/** `replacement` is a new box for a lost one, or the returned box sent again. */
export type BoxRemedy = 'replacement' | 'refund';

const everywhere = (pattern: RegExp): RegExp => new RegExp(pattern.source, `${pattern.flags}g`);

const MENTIONS: readonly (readonly [BoxRemedy, RegExp])[] = [
  // The words of the `replacement` cue, and those a choice between two remedies adds.
  ['replacement', everywhere(cuePattern('replacement'))],
  [
    'replacement',
    everywhere(
      foldPattern(
        /re-ship|send it again|new box|neue box|reexpedi|nouvelle box|новую коробку|отправьте снова/u,
      ),
    ),
  ],
  [
    'refund',
    everywhere(
      foldPattern(
        /refund|money back|reimburs|erstatt|geld zuruck|reembols|devolucion del dinero|devuelvan el dinero|rembours|возврат|вернуть деньги|верните деньги|החזר/u,
      ),
    ),
  ],
];

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

import { CATEGORY_IDS } from './categories';
import type { CategoryId } from './categories';
import { INTENT_LEXICON } from './lexicon/index';
import { toMatchText } from './normalize';
import type { RouterLanguage } from './types';

/** Evidence per category, summed from the cues that matched. */
export type IntentScores = Record<CategoryId, number>;

/** One matched cue, kept for debugging and the report. */
export interface CueHit {
  category: CategoryId;
  weight: number;
  cue: string;
}

// Cues from the other languages still count (code-switching, loanwords such as "tracking",
// a misdetected short message) but less than the detected language's own.
const FOREIGN_WEIGHT = 0.6;

// "instead of X" / "rather than X": X names what the customer does NOT want.
const CONTRAST =
  /(?<![\p{L}])(?:instead of|rather than|statt|anstatt|anstelle|en lugar de|en vez de|au lieu de|plutot que|вместо|במקום)(?![\p{L}])/u;
const CONTRAST_SPAN = 30;
const CONTRAST_FACTOR = 0.25;
const OVERLAP_FACTOR = 0.4;

/** Zeroed scores for every category. */
export function emptyScores(): IntentScores {
  return Object.fromEntries(CATEGORY_IDS.map((id) => [id, 0])) as IntentScores;
}

/**
 * Scores every category for a normalised message. Each cue counts once; a positive cue that
 * starts inside an "instead of ..." span is damped.
 */
export function scoreIntents(
  normalized: string,
  language: RouterLanguage,
): { scores: IntentScores; hits: CueHit[] } {
  const text = toMatchText(normalized);
  const scores = emptyScores();
  const hits: CueHit[] = [];
  const contrast = CONTRAST.exec(text);
  const contrastStart = contrast ? contrast.index + contrast[0].length : -1;
  // Spans already counted per category, so a cognate ("sesame", "cancel") listed in several
  // languages is evidence once, not once per lexicon.
  const nativeSpans = new Map<CategoryId, [number, number][]>();
  const languages = [
    language,
    ...(Object.keys(INTENT_LEXICON) as RouterLanguage[]).filter((l) => l !== language),
  ];
  for (const lexiconLanguage of languages) {
    const native = lexiconLanguage === language;
    for (const cue of INTENT_LEXICON[lexiconLanguage]) {
      const match = cue.regex.exec(text);
      if (!match) continue;
      const start = match.index;
      const end = start + match[0].length;
      const spans = nativeSpans.get(cue.category) ?? [];
      const overlaps = spans.some(([s, e]) => start < e && end > s);
      if (!native && overlaps) continue;
      spans.push([start, end]);
      nativeSpans.set(cue.category, spans);
      const inContrast =
        contrastStart >= 0 && start >= contrastStart && start <= contrastStart + CONTRAST_SPAN;
      // Several cues on the same words ("charged" and "charged twice") refine one piece of
      // evidence rather than adding independent ones.
      const overlapFactor = overlaps && cue.weight > 0 ? OVERLAP_FACTOR : 1;
      const weight =
        cue.weight *
        (native ? 1 : FOREIGN_WEIGHT) *
        (inContrast && cue.weight > 0 ? CONTRAST_FACTOR : 1) *
        overlapFactor;
      scores[cue.category] += weight;
      hits.push({ category: cue.category, weight, cue: cue.source });
    }
  }
  for (const id of CATEGORY_IDS) scores[id] = Math.max(0, scores[id]);
  return { scores, hits };
}

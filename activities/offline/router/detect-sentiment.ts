import type { CategoryId } from './categories';
import { compilePattern } from './cue';
import { SENTIMENT_CUES } from './lexicon/sentiment-cues';
import { toMatchText } from './normalize';
import type { RouterLanguage, RouterSentiment } from './types';

type Polarity = 'frustrated' | 'negative' | 'positive';
type CompiledLexicon = Record<Polarity, readonly (readonly [number, RegExp])[]>;

function compileLexicon(language: RouterLanguage): CompiledLexicon {
  const lexicon = SENTIMENT_CUES[language];
  const compile = (polarity: Polarity): (readonly [number, RegExp])[] =>
    lexicon[polarity].map(
      ([weight, pattern]) => [weight, compilePattern(pattern, language === 'he')] as const,
    );
  return { frustrated: compile('frustrated'), negative: compile('negative'), positive: compile('positive') };
}

const LANGUAGES: readonly RouterLanguage[] = ['en', 'he', 'ru', 'es', 'de', 'fr'];
const COMPILED = Object.fromEntries(
  LANGUAGES.map((language) => [language, compileLexicon(language)]),
) as Record<RouterLanguage, CompiledLexicon>;

// Categories that report a problem lean negative even when the wording is matter-of-fact.
const PROBLEM_CATEGORIES: ReadonlySet<CategoryId> = new Set(['damaged_item']);

function intensity(raw: string): number {
  const shouted = (raw.match(/\b[A-Z]{3,}\b/g) ?? []).filter(
    (word) => !/^(?:UPS|DHL|USPS|GDPR|RGPD|DSGVO|USD|NIS|FAQ|ASAP|LTV|IL|CP)$/.test(word),
  );
  let score = 0;
  if (shouted.length >= 2) score += 2;
  if (/!{3,}|\?{3,}|[?!]{2,}.*[?!]{2,}/.test(raw)) score += 1.5;
  if (/[😡🤬😤😠]/u.test(raw)) score += 2;
  return score;
}

/**
 * Lexicon-plus-intensity sentiment: frustrated needs anger cues (or a negative message with
 * shouting or piled-up punctuation); negative needs problem or hardship cues; positive needs
 * warmth beyond a polite sign-off.
 */
export function detectSentiment(
  raw: string,
  normalized: string,
  language: RouterLanguage,
  category: CategoryId,
): RouterSentiment {
  const text = toMatchText(normalized);
  const sum = (polarity: Polarity): number => {
    let total = 0;
    for (const lexiconLanguage of new Set<RouterLanguage>([language, 'en'])) {
      for (const [weight, regex] of COMPILED[lexiconLanguage][polarity])
        if (regex.test(text)) total += weight;
    }
    return total;
  };
  const frustrated = sum('frustrated') + intensity(raw);
  const negative = sum('negative') + (PROBLEM_CATEGORIES.has(category) ? 1 : 0);
  let positive = sum('positive') + (/[😊😍🥰❤♥🙏👍🎉😀😃😄🤗]/u.test(raw) ? 2 : 0);
  if (category === 'gratitude') positive += 2;
  // An upbeat closing "!" reads as enthusiasm when nothing in the message is a complaint.
  if (/!\s*$/.test(raw) && negative === 0) positive += 1;
  if (frustrated >= 3 || (frustrated >= 1.5 && negative >= 1.5)) return 'frustrated';
  // Positive wording inside a complaint ("I love you guys, but ...") does not cancel it.
  if (negative >= 1.5 && negative >= positive) return 'negative';
  if (positive >= 2 && positive > negative) return 'positive';
  return negative >= 1 ? 'negative' : 'neutral';
}

import { extractMonths } from '../../offline/router/extract-schedule';
import { compileCues, matchText, spans, type CompiledCues, type Span } from './lexicon/cue-matching';
import { ISSUE_RULES } from './lexicon/issue-rules';
import { PREFERENCE_RULES } from './lexicon/preference-rules';
import {
  ALLERGENS,
  ALLERGY_CUES,
  DISLIKE_CUES,
  FREE_FROM_CUES,
  LIKE_CUES,
  NEGATION_BEFORE,
  PRODUCTS,
} from './lexicon/term-lexicons';
import { LANGUAGE_LABELS } from './lexicon/profile-lexicons';
import { ownTier, requestedLanguage, timeZoneOf, writtenLanguage } from './extract-profile-facts';
import { mergeFacts } from './merge-memory';
import {
  MEMORY_CAP,
  type CustomerFacts,
  type ExtractedMemory,
  type MemoryExtraction,
  type MemoryExtractTask,
} from './memory-types';
import { compileTerms, termsNear } from './term-matching';

const PREFERENCES = PREFERENCE_RULES.map((rule) => ({ rule, cues: compileCues(rule.cues) }));
const ISSUES = ISSUE_RULES.map((rule) => ({ rule, cues: compileCues(rule.cues) }));
const ALLERGEN_TERMS = compileTerms(ALLERGENS);
const ALLERGY = compileCues(ALLERGY_CUES);
const FREE_FROM = compileCues(FREE_FROM_CUES);
const PRODUCT_TERMS = compileTerms(PRODUCTS);
const LIKES = compileCues(LIKE_CUES);
const DISLIKES = compileCues(DISLIKE_CUES);
// German glues the month to the noun ("Novemberbox"); the month finder needs it as a word.
const GERMAN_MONTH_COMPOUND =
  /(januar|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember)(?=box|paket|lieferung|sendung|bestellung|kiste)/giu;
const MONTH_FORMAT = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * The rule-based memory extractor behind the offline `memory.extract` task: reads what the
 * customer wrote (never the agents' words) in any of the six languages and returns profile facts
 * and typed memories, in English so that the same fact said twice, in any language, is one memory.
 */
export function extractMemory(task: MemoryExtractTask): MemoryExtraction {
  const texts = task.messages
    .filter((message) => message.author === 'customer')
    .map((message) => message.content.trim())
    .filter(Boolean);
  const today = new Date(`${task.today}T00:00:00Z`);
  const found = new Map<string, ExtractedMemory>();
  const remember = (memory: ExtractedMemory): void => {
    const existing = found.get(memory.content);
    if (!existing || existing.confidence < memory.confidence) found.set(memory.content, memory);
  };
  let facts: CustomerFacts = {};
  let replyLanguage: CustomerFacts['language'];

  for (const text of texts) {
    const match = matchText(text);
    for (const { rule, cues } of PREFERENCES) {
      if (!affirmed(match, cues)) continue;
      remember({ type: rule.type, content: rule.content, confidence: rule.confidence });
      if (rule.facts) facts = mergeFacts(facts, rule.facts);
    }
    for (const { rule, cues } of ISSUES) {
      if (!affirmed(match, cues)) continue;
      const month = extractMonths(splitMonthCompounds(text), today)[0];
      const box = month ? ` (the ${MONTH_FORMAT.format(new Date(`${month}-01T00:00:00Z`))} box)` : '';
      remember({ type: 'issue', content: rule.content.replace('{box}', box), confidence: rule.confidence });
    }
    facts = mergeFacts(facts, termFacts(match, remember));

    const language = requestedLanguage(text);
    if (language) {
      replyLanguage = language;
      remember({
        type: 'communication_style',
        content: `Wants replies in ${LANGUAGE_LABELS[language]}.`,
        confidence: 0.9,
      });
    }
    const timezone = timeZoneOf(text);
    if (timezone) facts = mergeFacts(facts, { timezone });
    const tier = ownTier(text);
    if (tier) facts = mergeFacts(facts, { tier });
  }

  const language = replyLanguage ?? writtenLanguage(texts);
  if (language) facts = mergeFacts(facts, { language });
  const memories = [...found.values()].sort((a, b) => b.confidence - a.confidence).slice(0, MEMORY_CAP);
  return { facts, memories };
}

/** Allergens, likes and dislikes: facts and the memories that say them. */
function termFacts(match: string, remember: (memory: ExtractedMemory) => void): CustomerFacts {
  const allergyCues = spans(match, ALLERGY).filter((span) => !negated(match, span));
  const allergens = termsNear(match, allergyCues, ALLERGEN_TERMS, 25);
  for (const allergen of allergens) {
    remember({
      type: 'preference',
      content: `Avoids ${allergen} (allergy or intolerance).`,
      confidence: 0.9,
    });
  }
  const freeFrom = termsNear(match, spans(match, FREE_FROM), ALLERGEN_TERMS, 3).filter(
    (name) => !allergens.includes(name),
  );
  for (const allergen of freeFrom) {
    remember({ type: 'preference', content: `Prefers ${allergen}-free products.`, confidence: 0.6 });
  }
  const dislikes = termsNear(match, spans(match, DISLIKES), PRODUCT_TERMS, 30, 'after');
  // A dislike cue contains a like word ("don't like"), so likes are only counted away from dislikes.
  const likeCues = spans(match, LIKES).filter((span) => !negated(match, span));
  const likes = termsNear(match, likeCues, PRODUCT_TERMS, 30, 'after').filter(
    (name) => !dislikes.includes(name),
  );
  for (const name of dislikes)
    remember({ type: 'preference', content: `Dislikes ${name}.`, confidence: 0.7 });
  for (const name of likes) remember({ type: 'preference', content: `Likes ${name}.`, confidence: 0.7 });
  return {
    ...(allergens.length ? { allergen_exclusions: allergens } : {}),
    ...(likes.length ? { product_likes: likes } : {}),
    ...(dislikes.length ? { product_dislikes: dislikes } : {}),
  };
}

/** Whether a cue matches somewhere it is not negated ("not damaged", "nicht kaputt"). */
function affirmed(match: string, cues: CompiledCues): boolean {
  return spans(match, cues).some((span) => !negated(match, span));
}

function negated(match: string, span: Span): boolean {
  return NEGATION_BEFORE.test(match.slice(Math.max(0, span.start - 12), span.start));
}

function splitMonthCompounds(text: string): string {
  return text.replace(GERMAN_MONTH_COMPOUND, '$1 ');
}

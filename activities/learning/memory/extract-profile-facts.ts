import { detectLanguage } from '../../offline/router/detect-language';
import type { CustomerFacts, MemoryLanguage } from './memory-types';
import { MEMORY_LANGUAGES } from './memory-types';
import { compileCues, matchText, spans } from './lexicon/cue-matching';
import {
  CITIES,
  IANA_ZONE,
  LANGUAGE_NAMES,
  OWNERSHIP_CUES,
  REPLY_VERBS,
  RESIDENCE_CUES,
  TIERS,
} from './lexicon/profile-lexicons';
import { compileTerms, termsNear } from './term-matching';

const REPLY_VERB_CUES = compileCues(REPLY_VERBS);
const LANGUAGE_TERMS = compileTerms(
  MEMORY_LANGUAGES.map((language) => ({ name: language, pattern: LANGUAGE_NAMES[language] })),
);
const RESIDENCE = compileCues(RESIDENCE_CUES);
const CITY_TERMS = compileTerms(CITIES);
const OWNERSHIP = compileCues(OWNERSHIP_CUES);
const TIER_TERMS = compileTerms(TIERS);
// A short message says too little to tell its language reliably.
const MIN_LETTERS_FOR_LANGUAGE = 12;

/** The language the customer asks to be answered in ("please reply in Hebrew"), if they do. */
export function requestedLanguage(text: string): MemoryLanguage | undefined {
  const match = matchText(text);
  return termsNear(match, spans(match, REPLY_VERB_CUES), LANGUAGE_TERMS, 30)[0] as MemoryLanguage | undefined;
}

/** The language most of the customer's text is written in. */
export function writtenLanguage(texts: readonly string[]): MemoryLanguage | undefined {
  const weight = new Map<MemoryLanguage, number>();
  for (const text of texts) {
    const letters = (text.match(/\p{L}/gu) ?? []).length;
    if (letters < MIN_LETTERS_FOR_LANGUAGE) continue;
    const language = detectLanguage(text);
    weight.set(language, (weight.get(language) ?? 0) + letters);
  }
  return [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The customer's time zone: an IANA name they wrote, else the zone of the city they live in. */
export function timeZoneOf(text: string): string | undefined {
  const written = IANA_ZONE.exec(text)?.[0];
  if (written && isTimeZone(written)) return written;
  const match = matchText(text);
  return termsNear(match, spans(match, RESIDENCE), CITY_TERMS, 25, 'after')[0];
}

/** The tier of the customer's own box ("my deluxe box"), if they name it. */
export function ownTier(text: string): CustomerFacts['tier'] {
  const match = matchText(text);
  return termsNear(match, spans(match, OWNERSHIP), TIER_TERMS, 20, 'after')[0] as CustomerFacts['tier'];
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

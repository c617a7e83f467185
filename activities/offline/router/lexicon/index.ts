import { compileCue } from '../cue';
import type { CompiledCue } from '../cue';
import type { RouterLanguage } from '../types';
import { INTENT_CUES_DE } from './intent-de';
import { INTENT_CUES_EN } from './intent-en';
import { INTENT_CUES_ES } from './intent-es';
import { INTENT_CUES_FR } from './intent-fr';
import { INTENT_CUES_HE } from './intent-he';
import { INTENT_CUES_RU } from './intent-ru';

/** Intent cues per language, compiled once at module load (pure data, no I/O). */
export const INTENT_LEXICON: Readonly<Record<RouterLanguage, readonly CompiledCue[]>> = {
  en: INTENT_CUES_EN.map((cue) => compileCue(cue)),
  es: INTENT_CUES_ES.map((cue) => compileCue(cue)),
  de: INTENT_CUES_DE.map((cue) => compileCue(cue)),
  fr: INTENT_CUES_FR.map((cue) => compileCue(cue)),
  ru: INTENT_CUES_RU.map((cue) => compileCue(cue)),
  he: INTENT_CUES_HE.map((cue) => compileCue(cue, true)),
};

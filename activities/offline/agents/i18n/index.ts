/** The phrasebook of each reply language; unknown languages are answered in English. */
import { DE_PHRASES } from './de';
import { EN_PHRASES } from './en';
import { ES_PHRASES } from './es';
import { FR_PHRASES } from './fr';
import { HE_PHRASES } from './he';
import { RU_PHRASES } from './ru';
import type { Phrasebook, ReplyLanguage } from './types';

const PHRASEBOOKS: Readonly<Record<ReplyLanguage, Phrasebook>> = {
  en: EN_PHRASES,
  he: HE_PHRASES,
  ru: RU_PHRASES,
  es: ES_PHRASES,
  de: DE_PHRASES,
  fr: FR_PHRASES,
};

const LANGUAGES = new Set<string>(Object.keys(PHRASEBOOKS));

/** The reply language for a detected language code. */
export const replyLanguage = (language: string): ReplyLanguage =>
  (LANGUAGES.has(language) ? language : 'en') as ReplyLanguage;

/** The phrasebook of a reply language. */
export const phrasebookFor = (language: ReplyLanguage): Phrasebook => PHRASEBOOKS[language];

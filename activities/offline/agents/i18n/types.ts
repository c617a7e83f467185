/**
 * The phrasebook: every sentence the offline agent can write, as a function of its facts. English
 * is the reference; each language implements the same shape, so a missing sentence is a type error.
 */
import type { EN_PHRASES } from './en';

/** The languages the agent answers in. */
export type ReplyLanguage = 'en' | 'he' | 'ru' | 'es' | 'de' | 'fr';

/** The human teams a conversation can be handed to. */
export type TeamName = 'shipping' | 'billing' | 'retention' | 'quality' | 'support';

/** All sentences of one language. */
export type Phrasebook = typeof EN_PHRASES;

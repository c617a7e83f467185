import type { MemoryLanguage } from '../memory-types';
import type { CuesByLanguage } from './cue-matching';
import type { Term } from './term-lexicons';

/** "Please answer in ...": a verb of answering or writing, then (within three words) a language name. */
export const REPLY_VERBS: CuesByLanguage = {
  en: 'answer|reply|respond|write|speak|talk',
  he: 'לענות|תענו|תענה|עני|ענו|לכתוב|תכתבו|תכתוב|כתבו|לדבר|מדברים|מדבר',
  ru: 'отвечайте|ответьте|отвечать|пишите|напишите|писать|говорите',
  es: 'responda|respondan|responder|respóndame|escriba|escriban|escribir|escríbame|hablar|hablan',
  de: 'antworten|antworte|antwortet|schreiben|schreibt|schreib|sprechen',
  fr: 'répondre|répondez|répondre|écrire|écrivez|parler|parlez',
};

/** Language names in the six languages, by the language they name. */
export const LANGUAGE_NAMES: Readonly<Record<MemoryLanguage, string>> = {
  en: 'english|אנגלית|английск*|inglés|ingles|englisch|anglais',
  he: 'hebrew|ivrit|עברית|иврит*|hebreo|hebräisch|hebraisch|hébreu|hebreu',
  ru: 'russian|רוסית|русск*|ruso|russisch|russe',
  es: 'spanish|ספרדית|испанск*|español|espanol|castellano|spanisch|espagnol',
  de: 'german|גרמנית|немецк*|alemán|aleman|deutsch|allemand',
  fr: 'french|צרפתית|французск*|francés|frances|französisch|franzosisch|français|francais',
};

/** English names of the languages, for memory text. */
export const LANGUAGE_LABELS: Readonly<Record<MemoryLanguage, string>> = {
  en: 'English',
  he: 'Hebrew',
  ru: 'Russian',
  es: 'Spanish',
  de: 'German',
  fr: 'French',
};

/** "I live in ...": where the customer says they are, which gives their time zone. */
export const RESIDENCE_CUES: CuesByLanguage = {
  en: "live|living|based|i'm|im|we're ~ in; moved to; we are in; i am in",
  he: 'גר|גרה|גרים|גרות|עברנו|עברתי|עברה',
  ru: 'живу|живем|живём|переехал*|нахожусь',
  es: 'vivo|vivimos|estoy ~ en; me mudé a; nos mudamos a',
  de: 'wohne|wohnen|lebe|leben ~ in; umgezogen|zogen ~ nach',
  fr: "j'habite; habite|habitons|vis|vivons|déménagé|suis ~ à",
};

/** Cities customers name, with their IANA time zone as the term's name. */
export const CITIES: readonly Term[] = [
  { name: 'America/New_York', pattern: 'new york;nyc;boston;miami;нью-йорк*;ניו יורק;nueva york' },
  { name: 'America/Chicago', pattern: 'chicago;чикаго;שיקגו' },
  { name: 'America/Los_Angeles', pattern: 'los angeles;san francisco;seattle;лос-анджелес*;לוס אנג׳לס' },
  { name: 'America/Toronto', pattern: 'toronto;montreal;montréal;ottawa;торонто;טורונטו' },
  { name: 'America/Mexico_City', pattern: 'mexico city;ciudad de méxico;cdmx;guadalajara' },
  { name: 'America/Sao_Paulo', pattern: 'são paulo;sao paulo;rio de janeiro;сан-паулу' },
  { name: 'Europe/London', pattern: 'london;manchester;лондон*;לונדון;londres' },
  { name: 'Europe/Berlin', pattern: 'berlin;münchen;munich;hamburg;frankfurt;köln;берлин*;мюнхен*;ברלין' },
  { name: 'Europe/Paris', pattern: 'paris;lyon;marseille;париж*;פריז' },
  { name: 'Europe/Madrid', pattern: 'madrid;barcelona;valencia;sevilla;мадрид*;מדריד' },
  { name: 'Europe/Moscow', pattern: 'moscow;москв*;מוסקבה;moscú;moskau;moscou' },
  {
    name: 'Asia/Jerusalem',
    pattern: 'tel aviv;jerusalem;haifa;israel;תל אביב;ירושלים;חיפה;ישראל;израил*;иерусалим*',
  },
  { name: 'Australia/Sydney', pattern: 'sydney;сидне*;סידני' },
  { name: 'Australia/Melbourne', pattern: 'melbourne;мельбурн*;מלבורן' },
  { name: 'Africa/Johannesburg', pattern: 'johannesburg;cape town;pretoria' },
];

/** An IANA zone written out ("my time zone is Europe/Berlin"). */
export const IANA_ZONE =
  /\b(?:Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z_]+(?:\/[A-Za-z_]+)?\b/u;

/** The box tiers, named in the six languages. */
export const TIERS: readonly Term[] = [
  { name: 'deluxe', pattern: 'deluxe;de luxe;делюкс;люкс;דלוקס' },
  { name: 'premium', pattern: 'premium;премиум;פרימיום' },
  { name: 'basic', pattern: 'basic;basis;básico;basico;basique;базов*;בסיסי;בסיסית' },
];

/** "My ... box": the tier is the customer's own, not one they ask about. */
export const OWNERSHIP_CUES: CuesByLanguage = {
  en: "my; i have; i'm on; im on; i am on; we have; we're on; we are on",
  he: 'שלי|שלנו; יש לי; יש לנו',
  ru: 'у меня; у нас; мой|моя|мое|моё',
  es: 'mi|tengo|tenemos',
  de: 'mein|meine|meinen; ich habe; wir haben',
  fr: "mon|ma|j'ai; nous avons",
};

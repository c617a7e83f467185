/**
 * A question no composer has phrases for ("Do you have a shop we can visit?", "Which producers do
 * you work with in the south?") answered from the knowledge passages retrieved for it, in the
 * passages' own words: the paragraphs that cover the question, the sentences of them that name its
 * terms, and the rows of a table that match. Only questions about the company are answered this
 * way, not requests to do something; only passages in the reply's language are quoted, and nothing
 * is answered when no part of them covers enough of the question: the team answers it then.
 */
import type { KnowledgePassage } from '../../../agents/agent-contract';
import { expandQuery } from '../../../knowledge/query-expansion';
import { contentTerms } from '../../../knowledge/text-normalize';
import type { AgentContext } from '../agent-context';
import type { ReplyLanguage } from '../i18n/types';
import { para } from './reply-body';

/** A piece of a passage that can be quoted on its own. */
interface Unit {
  kind: 'paragraph' | 'row';
  /** The sentences of a paragraph or list item; a table row is one "sentence". */
  sentences: string[];
  /** The section heading above it (a table's lead-in). */
  heading: string;
  terms: Set<string>;
}

/** A unit answers with this many of the question's rare terms; a lone shared word is no answer. */
const MIN_ANSWER_TERMS = 2;
/** At most this many paragraphs and table rows are quoted. */
const MAX_PARAGRAPHS = 2;
const MAX_ROWS = 6;
/** Only paragraphs scoring at least this share of the best unit are quoted with it. */
const RELATIVE_FLOOR = 0.6;

/** Markdown emphasis, links and code marks removed. */
const plain = (text: string): string =>
  text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|`)/g, '')
    .replace(/(^|\s)\*(\S[^*]*\S|\S)\*(?=\s|[.,;:!?]|$)/g, '$1$2')
    .trim();

/** Sentence ends, not counting abbreviations such as "e.g." or "approx.". */
const SENTENCE_END =
  /(?<!\b(?:e\.g|i\.e|etc|approx|incl|vs|no|nr|mr|mrs|ms|dr|ул|т\.е|т\.к|др))(?<=[.!?])\s+(?=[\p{Lu}\p{Lo}"«(\d])/u;

const sentencesOf = (text: string): string[] =>
  plain(text)
    .split(SENTENCE_END)
    .map((sentence) => sentence.trim())
    .filter(Boolean);

const cellsOf = (line: string): string[] =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => plain(cell));

/** A table row as a sentence: "Otef Pantry (Sderot): Ptitim with herbs". */
function rowSentence(cells: readonly string[]): string {
  const [first = '', second, ...rest] = cells.filter(Boolean);
  if (second === undefined) return first;
  if (rest.length === 0) return `${first}: ${second}`;
  return `${first} (${second}): ${rest.join('; ')}`;
}

/** The quotable units of a passage's markdown. */
function unitsOf(passage: KnowledgePassage): Unit[] {
  const units: Unit[] = [];
  let heading = passage.heading.split(' — ').at(-1) ?? passage.title;
  let paragraph: string[] = [];
  let tableHeader = false;
  const unit = (kind: Unit['kind'], sentences: string[], termText: string): void => {
    if (sentences.length > 0)
      units.push({ kind, sentences, heading, terms: new Set(contentTerms(termText)) });
  };
  const flush = (): void => {
    const text = paragraph.join(' ');
    unit('paragraph', sentencesOf(text), text);
    paragraph = [];
  };
  for (const raw of passage.text.split(/\r?\n/)) {
    const line = raw.trim();
    const title = /^#{1,6}\s+(.*)$/.exec(line);
    if (title || line === '') {
      flush();
      if (title) heading = plain(title[1] ?? '');
      tableHeader = false;
      continue;
    }
    if (line.startsWith('|')) {
      flush();
      if (/^\|[\s:|-]+\|?$/.test(line)) continue; // The header's separator.
      if (!tableHeader) {
        tableHeader = true; // The first line of a table names its columns.
        continue;
      }
      const sentence = rowSentence(cellsOf(line));
      unit('row', [sentence], sentence);
      continue;
    }
    tableHeader = false;
    const item = /^(?:[-*+]|\d+\.)\s+(.*)$/.exec(line);
    if (item) {
      flush();
      const text = item[1] ?? '';
      unit('paragraph', sentencesOf(text), text);
      continue;
    }
    paragraph.push(line);
  }
  flush();
  return units;
}

/** Words or phrases of a language (`a|b c|…`), matched whole, in any case. */
const wordsOf = (alternation: string): RegExp =>
  new RegExp(`(?<![\\p{L}'’])(?:${alternation.replace(/ /g, '\\s+')})(?![\\p{L}])`, 'iu');

/** A question about the company: "do you…", "is there…", "which…". */
const QUESTION: Readonly<Record<ReplyLanguage, RegExp>> = {
  en: wordsOf(
    '(?:do|does|did|are|is|was|were|have|has) (?:you|your|it|there|they|the|any|all|we)|(?:if|whether) (?:you|there|it)|what|which|where|when|who|why|how',
  ),
  he: wordsOf('האם|מה|מהי|מהו|איזה|איזו|אילו|איפה|היכן|מתי|איך|כיצד|כמה|למה|מדוע|יש לכם'),
  ru: wordsOf('ли|что|как\\p{L}*|где|когда|сколько|почему|кто|у вас есть'),
  de: wordsOf('gibt es|haben sie|habt ihr|ist|sind|was|welche[rsnm]?|wo|wann|wie|warum|wer'),
  fr: wordsOf('est-ce que|avez-vous|y a-t-il|quel(?:le)?s?|où|quand|comment|combien|pourquoi|qui'),
  es: wordsOf('tienen|hay|es|son|qué|cuál(?:es)?|dónde|cuándo|cómo|cuánto|por qué|quién'),
};

/** A request to do something for the customer: "can I…", "I'd like…", "please…". */
const REQUEST: Readonly<Record<ReplyLanguage, RegExp>> = {
  // "Could you tell me…" and "please let me know…" ask a question politely.
  en: wordsOf(
    "(?:(?:can|could|may|would) (?:i|we|you)|i(?:'|’)?d like|i would like|i want|please)(?! (?:please )?(?:to )?(?:tell|let|explain|say|confirm|know|ask)\\b)",
  ),
  he: wordsOf('אפשר|ניתן|אני רוצה|הייתי רוצה|בבקשה|תוכלו|תוכל|תוכלי'),
  ru: wordsOf('можно|могу|можете|могли бы|хочу|хотел[аи]? бы|пожалуйста'),
  de: wordsOf('kann ich|können sie|könnt ihr|könnten sie|ich möchte|ich will|bitte'),
  fr: wordsOf(
    "puis-je|je peux|pouvez-vous|pourriez-vous|je voudrais|je veux|j(?:'|’)aimerais|s(?:'|’)il vous plaît|svp",
  ),
  es: wordsOf('puedo|pueden|podrían|podrías|quiero|quisiera|me gustaría|por favor'),
};

/**
 * Only a question about the company is answered from the knowledge base ("Do you have a shop we
 * can visit?", "Which producers do you work with?"). A request to do something ("Can I add a
 * bottle of olive oil to my box?", "I'd like the replacement instead") shares words with sentences
 * that don't carry it out: the team answers it.
 */
export function asksAboutUs(text: string, language: ReplyLanguage): boolean {
  return QUESTION[language].test(text) && !REQUEST[language].test(text);
}

/** How many units hold each term. */
function documentFrequency(units: readonly Unit[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const u of units) for (const term of u.terms) df.set(term, (df.get(term) ?? 0) + 1);
  return df;
}

interface Match {
  u: Unit;
  /** The summed rarity of the question's terms in the unit (inverse document frequency over the units). */
  score: number;
  /** How many of those terms are rare: in at most a quarter of the units. */
  distinctive: number;
}

/**
 * The answer from the passages in the reply's language, as reply paragraphs, or an empty list when
 * they don't cover the question. A unit answers when it shares two of the question's terms that are
 * rare among the passages ("shop" and "visitors"), so that "box" and "packaging" quote nothing; a
 * table row is listed with the answer when it shares one ("Sderot").
 */
export function knowledgeAnswer(ctx: AgentContext): string[] {
  if (!asksAboutUs(ctx.task.message, ctx.language)) return [];
  const passages = ctx.task.knowledge.filter((passage) => passage.language === ctx.language);
  const units = passages.flatMap(unitsOf);
  const question = new Set(contentTerms(expandQuery(ctx.task.message)));
  const df = documentFrequency(units);
  const matches = units
    .map((u): Match => {
      const shared = [...question].filter((term) => u.terms.has(term));
      const counts = shared.map((term) => df.get(term) ?? 1);
      return {
        u,
        score: counts.reduce((sum, count) => sum + Math.log(1 + units.length / count), 0),
        distinctive: counts.filter((count) => count <= units.length / 4).length,
      };
    })
    .filter((m) => m.distinctive > 0)
    .sort((a, b) => b.score - a.score);
  const best = matches.find((m) => m.distinctive >= MIN_ANSWER_TERMS);
  if (!best) return [];

  const quoted = matches
    .filter((m) => m.u.kind === 'paragraph' && m.distinctive >= MIN_ANSWER_TERMS)
    .filter((m) => m.score >= best.score * RELATIVE_FLOOR)
    .slice(0, MAX_PARAGRAPHS)
    .map((m) => para(...m.u.sentences.filter((sentence) => sharesTerm(sentence, question))));
  const rows = matches.filter((m) => m.u.kind === 'row').slice(0, MAX_ROWS);
  const tables = [...new Set(rows.map((m) => m.u.heading))].map((heading) =>
    [
      ctx.t.general.fromTable({ heading }),
      ...rows.filter((m) => m.u.heading === heading).map((m) => `- ${m.u.sentences[0] ?? ''}`),
    ].join('\n'),
  );
  return [...quoted, ...tables];
}

const sharesTerm = (sentence: string, question: ReadonlySet<string>): boolean =>
  contentTerms(sentence).some((term) => question.has(term));

/**
 * The deterministic golden-set judge, used when no network model is configured: checks a reply
 * against an item's must-mention facts (anchors in any of the six languages, or key concepts) and
 * must-not behaviours (detector families keyed by the phrase's wording, never by item id). A
 * must-not phrase no family recognises is reported as unjudged, never passed silently.
 */
import { readReplyFacts } from './judge/reply-facts';
import { checkMention, type MentionResult } from './judge/mention-check';
import { detectorsFor } from './judge/must-not/registry';
import type { JudgeToolCall, MustNotContext } from './judge/must-not/detector';
import { prepareText, transliterate } from './judge/normalize-text';
import { sentencesOf } from './judge/sentences';

export type { MentionResult } from './judge/mention-check';
export type { JudgeToolCall } from './judge/must-not/detector';

/** What the judge looks at for one golden item. */
export interface JudgeInput {
  reply: string;
  /** The language the reply should be in (en, he, ru, es, de, fr). */
  language: string;
  mustMention: readonly string[];
  mustNot: readonly string[];
  toolCalls: readonly JudgeToolCall[];
  outcome: 'send' | 'draft' | 'escalate';
  /** The customer's message: lets the judge spot echoed embedded instructions and names. */
  message?: string;
  /** The sender's address: quoting it back is not a disclosure. */
  customerEmail?: string | null;
}

/** A must-not behaviour found, with what showed it. */
export interface Violation {
  phrase: string;
  families: string[];
  evidence: string;
}

/** The judge's verdict on one reply. */
export interface JudgeResult {
  mentions: MentionResult[];
  violations: Violation[];
  /** Must-not phrases no detector family recognises. */
  unjudged: string[];
}

/** Judges one reply. */
export function judgeReply(input: JudgeInput): JudgeResult {
  const prepared = prepareText(input.reply);
  const sentences = sentencesOf(prepared);
  const target = {
    prepared,
    facts: readReplyFacts(prepared, input.language),
    latin: transliterate(prepared.text),
  };
  const mentions = input.mustMention.map((phrase) => checkMention(phrase, target, sentences));

  const context: MustNotContext = {
    reply: prepared,
    sentences,
    toolCalls: [...input.toolCalls],
    outcome: input.outcome,
    language: input.language,
    message: input.message === undefined ? null : prepareText(input.message),
    customerEmail: input.customerEmail ?? null,
  };
  const violations: Violation[] = [];
  const unjudged: string[] = [];
  for (const phrase of input.mustNot) {
    const applied = detectorsFor(phrase);
    if (applied.length === 0) {
      unjudged.push(phrase);
      continue;
    }
    const found = applied.flatMap(({ detector, match }) =>
      detector.detect(context, match).map((evidence) => ({ family: detector.family, evidence })),
    );
    if (found.length === 0) continue;
    violations.push({
      phrase,
      families: [...new Set(found.map((f) => f.family))],
      evidence: [...new Set(found.map((f) => f.evidence))].join(' | '),
    });
  }
  return { mentions, violations, unjudged };
}

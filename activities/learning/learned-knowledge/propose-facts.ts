import { detectLanguage } from '../../offline/router/detect-language';
import { extractIdentifiers } from '../../offline/router/extract-identifiers';
import { textSimilarity } from '../text-similarity';
import { POLICY_WORDS, QUANTITY, SMALL_TALK } from './fact-cues';
import type { KnowledgeProposal, KnowledgeProposeTask } from './knowledge-types';

const MAX_FACTS = 5;
const MIN_CHARS = 25;
// A fact repeated in two answers of one conversation is proposed once.
const SAME_FACT = 0.8;

/**
 * The rule-based proposer behind the offline `knowledge.propose` task: from each human answer it
 * keeps the sentences that state a general, checkable rule (a time frame, an amount, a policy
 * verb) and name nothing of this customer's (order or tracking numbers, emails), with the
 * customer's question as the fact's question.
 */
export function proposeFacts(task: KnowledgeProposeTask): KnowledgeProposal {
  const facts: KnowledgeProposal['facts'] = [];
  for (const exchange of task.exchanges) {
    for (const sentence of sentencesOf(exchange.answer)) {
      const confidence = factConfidence(sentence);
      if (confidence === 0) continue;
      if (facts.some((fact) => textSimilarity(fact.fact, sentence) >= SAME_FACT)) continue;
      facts.push({
        fact: sentence,
        question: exchange.question.trim() || null,
        language: detectLanguage(sentence),
        confidence,
        messageId: exchange.messageId,
      });
    }
  }
  return { facts: facts.sort((a, b) => b.confidence - a.confidence).slice(0, MAX_FACTS) };
}

/** 0 when the sentence is not a shareable fact; else higher the more marks of a rule it carries. */
export function factConfidence(sentence: string): number {
  if (sentence.length < MIN_CHARS || SMALL_TALK.test(sentence)) return 0;
  const ids = extractIdentifiers(sentence);
  if (ids.orderIds.length || ids.trackingNumbers.length || ids.emails.length) return 0;
  const quantity = QUANTITY.test(sentence);
  const policy = POLICY_WORDS.test(sentence);
  if (!quantity && !policy) return 0;
  return Math.min(0.85, 0.45 + (quantity ? 0.2 : 0) + (policy ? 0.2 : 0));
}

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?؟。])\s+|\n+/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

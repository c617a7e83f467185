import type { KnowledgeProposeTask } from './knowledge-types';

/** The system prompt of the `knowledge.propose` task for a network model. */
export const KNOWLEDGE_SYSTEM_PROMPT = [
  'You curate the support knowledge of Lev Haolam (monthly boxes of Israeli products). Below are',
  "customers' questions and how a HUMAN support agent answered them in one resolved conversation.",
  'Propose facts the AI assistant could tell OTHER customers: general rules, time frames, prices,',
  'product facts and procedures the human stated. Each fact is one self-contained sentence in the',
  'language of the answer. Leave out anything about this customer only (their order, parcel, card,',
  'address, name), greetings and apologies, and anything the human did not state. Give the question',
  'the fact answers, a confidence 0..1, and the messageId of the answer it came from. At most 5 facts;',
  'none is a fine answer. Every fact is reviewed by a person before use.',
].join('\n');

/** The user message: the question and answer pairs. */
export function knowledgeUserMessage(task: KnowledgeProposeTask): string {
  const pairs = task.exchanges.map(
    (exchange) =>
      `[messageId ${exchange.messageId}]\nCustomer: ${exchange.question}\nAgent: ${exchange.answer}`,
  );
  return [`Category: ${task.category ?? 'unknown'}`, ...pairs].join('\n\n');
}

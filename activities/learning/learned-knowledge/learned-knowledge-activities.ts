import type { Kysely } from 'kysely';
import type { Database } from '../../../schema/tables';
import type { LlmRegistry } from '../../llm';
import { callModelStructured } from '../../model-call';
import { knownFacts, insertPendingFacts, type ProposedFact } from '../../repos/learned-knowledge-repo';
import { textSimilarity } from '../text-similarity';
import { KNOWLEDGE_SYSTEM_PROMPT, knowledgeUserMessage } from './knowledge-prompt';
import { knowledgeProposalSchema, type KnowledgeProposeTask } from './knowledge-types';
import { productAreaOf } from './product-area';

export interface LearnedKnowledgeActivityDeps {
  db: Kysely<Database>;
  llm: LlmRegistry;
  attemptsPerProvider: number;
}

/** What one proposal run did. */
export type ProposalOutcome =
  | { status: 'skipped'; reason: 'unknown_conversation' | 'not_resolved' | 'no_human_answers' }
  | { status: 'proposed'; factIds: number[]; duplicates: number };

/** The learned-knowledge activities of a worker. */
export interface LearnedKnowledgeActivities {
  proposeLearnedFacts(input: { conversationId: string }): Promise<ProposalOutcome>;
}

// A proposal that says what a known fact says (pending, approved or rejected) is not queued again.
const ALREADY_KNOWN = 0.8;

/** Facts learned from human answers: proposed here, reviewed by an operator, then retrievable. */
export function createLearnedKnowledgeActivities(
  deps: LearnedKnowledgeActivityDeps,
): LearnedKnowledgeActivities {
  const modelDeps = { db: deps.db, llm: deps.llm, attemptsPerProvider: deps.attemptsPerProvider };
  return {
    /**
     * Proposes facts from a resolved conversation's human answers (each with the customer's
     * question before it), stored as pending with the exchange as evidence. Re-running it on the
     * same conversation queues nothing new.
     */
    async proposeLearnedFacts(input) {
      const conversation = await deps.db
        .selectFrom('conversations')
        .select(['status', 'category'])
        .where('id', '=', input.conversationId)
        .executeTakeFirst();
      if (!conversation) return { status: 'skipped', reason: 'unknown_conversation' };
      if (conversation.status !== 'resolved') return { status: 'skipped', reason: 'not_resolved' };
      const messages = await deps.db
        .selectFrom('messages')
        .select(['id', 'author', 'content'])
        .where('conversation_id', '=', input.conversationId)
        .where('private', '=', false)
        .orderBy('id')
        .execute();
      const exchanges = exchangesOf(messages);
      if (exchanges.length === 0) return { status: 'skipped', reason: 'no_human_answers' };

      const task: KnowledgeProposeTask = { category: conversation.category, exchanges };
      const { value } = await callModelStructured(
        modelDeps,
        input.conversationId,
        'summarizer',
        {
          system: KNOWLEDGE_SYSTEM_PROMPT,
          messages: [{ role: 'user', content: knowledgeUserMessage(task) }],
          task: { kind: 'knowledge.propose', input: task },
          maxTokens: 800,
          temperature: 0,
        },
        knowledgeProposalSchema,
      );
      const known = await knownFacts(deps.db, conversation.category);
      const byMessage = new Map(exchanges.map((exchange) => [exchange.messageId, exchange]));
      const proposed: ProposedFact[] = [];
      let duplicates = 0;
      for (const fact of value.facts) {
        const exchange = byMessage.get(fact.messageId);
        // A model may cite a message that is not a human answer: such a fact has no evidence.
        if (!exchange) continue;
        if (known.some((existing) => textSimilarity(existing.fact, fact.fact) >= ALREADY_KNOWN)) {
          duplicates++;
          continue;
        }
        known.push({ fact: fact.fact, language: fact.language });
        proposed.push({
          fact: fact.fact,
          question: fact.question,
          category: conversation.category,
          productArea: productAreaOf(conversation.category),
          language: fact.language,
          sourceConversationId: input.conversationId,
          evidence: [
            {
              conversationId: input.conversationId,
              messageId: exchange.messageId,
              question: exchange.question,
              answer: exchange.answer,
            },
          ],
          confidence: fact.confidence,
        });
      }
      return { status: 'proposed', factIds: await insertPendingFacts(deps.db, proposed), duplicates };
    },
  };
}

/** Each public human answer with the customer messages it answered (those since the last human answer). */
function exchangesOf(
  messages: ReadonlyArray<{ id: number; author: string; content: string }>,
): KnowledgeProposeTask['exchanges'] {
  const exchanges: KnowledgeProposeTask['exchanges'] = [];
  let asked: string[] = [];
  for (const message of messages) {
    if (message.author === 'customer') {
      asked.push(message.content);
    } else if (message.author === 'human') {
      // An AI reply in between does not close the question: the human may be correcting it.
      if (asked.length)
        exchanges.push({ messageId: message.id, question: asked.join('\n'), answer: message.content });
      asked = [];
    }
  }
  return exchanges;
}

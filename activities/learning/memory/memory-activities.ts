import type { Kysely } from 'kysely';
import type { Database } from '../../../schema/tables';
import type { MemoryItem } from '../../agents/agent-contract';
import type { CommerceAdapter } from '../../commerce/commerce-adapter';
import type { CustomerProfile } from '../../commerce/types';
import type { LlmRegistry } from '../../llm';
import { callModelStructured } from '../../model-call';
import { findCustomerMemory, updateCustomerMemory } from '../../repos/customer-memory-repo';
import { mergeFacts, mergeMemories } from './merge-memory';
import { MEMORY_SYSTEM_PROMPT, memoryUserMessage } from './memory-prompt';
import { memoryExtractionSchema, type CustomerFacts, type MemoryExtractTask } from './memory-types';

export interface MemoryActivityDeps {
  db: Kysely<Database>;
  llm: LlmRegistry;
  commerce: CommerceAdapter;
  attemptsPerProvider: number;
  /** The company's calendar day, `YYYY-MM-DD`. */
  today: () => string;
}

/** What one extraction did. */
export type MemoryExtractionOutcome =
  | { status: 'skipped'; reason: 'unknown_conversation' | 'unknown_customer' | 'no_customer_messages' }
  | { status: 'updated'; customerId: string; memories: number; changed: number; dropped: number };

/** A customer's memory as the context builder reads it. */
export interface LoadedMemory {
  facts: CustomerFacts;
  memories: MemoryItem[];
}

/** The memory activities of a worker. */
export interface MemoryActivities {
  extractCustomerMemory(input: { conversationId: string }): Promise<MemoryExtractionOutcome>;
  loadCustomerMemory(input: { customerId: string }): Promise<LoadedMemory>;
}

// The conversation's latest messages are enough: older turns were read by earlier extractions.
const MESSAGES_READ = 80;

/** Customer memory: extracted after a conversation (and every N turns), loaded into later contexts. */
export function createMemoryActivities(deps: MemoryActivityDeps): MemoryActivities {
  const modelDeps = { db: deps.db, llm: deps.llm, attemptsPerProvider: deps.attemptsPerProvider };

  async function customerOf(conversation: {
    customer_id: string | null;
    customer_email: string | null;
  }): Promise<CustomerProfile | null> {
    if (conversation.customer_id) {
      const byId = await deps.commerce.getCustomer(conversation.customer_id);
      if (byId) return byId;
    }
    return conversation.customer_email
      ? deps.commerce.findCustomerByEmail(conversation.customer_email)
      : null;
  }

  return {
    /**
     * Reads the conversation, asks the summarizer role for facts and typed memories, and merges
     * them into what is stored for the customer (deduplicated, at most 10 memories). Runs after a
     * conversation is resolved and every N turns of a long one; running it twice changes nothing new.
     */
    async extractCustomerMemory(input) {
      const conversation = await deps.db
        .selectFrom('conversations')
        .select(['customer_id', 'customer_email'])
        .where('id', '=', input.conversationId)
        .executeTakeFirst();
      if (!conversation) return { status: 'skipped', reason: 'unknown_conversation' };
      const customer = await customerOf(conversation);
      if (!customer) return { status: 'skipped', reason: 'unknown_customer' };
      const messages = await deps.db
        .selectFrom('messages')
        .select(['author', 'content'])
        .where('conversation_id', '=', input.conversationId)
        .where('private', '=', false)
        .orderBy('id', 'desc')
        .limit(MESSAGES_READ)
        .execute();
      if (!messages.some((message) => message.author === 'customer')) {
        return { status: 'skipped', reason: 'no_customer_messages' };
      }
      const stored = await findCustomerMemory(deps.db, customer.id);
      const task: MemoryExtractTask = {
        today: deps.today(),
        messages: messages.reverse().map((message) => ({
          author: message.author as MemoryExtractTask['messages'][number]['author'],
          content: message.content,
        })),
        facts: stored?.facts ?? {},
        memories: (stored?.memories ?? []).map((memory) => ({ type: memory.type, content: memory.content })),
      };
      const { value } = await callModelStructured(
        modelDeps,
        input.conversationId,
        'summarizer',
        {
          system: MEMORY_SYSTEM_PROMPT,
          messages: [{ role: 'user', content: memoryUserMessage(task) }],
          task: { kind: 'memory.extract', input: task },
          maxTokens: 800,
          temperature: 0,
        },
        memoryExtractionSchema,
      );
      const now = new Date();
      let changed = 0;
      let dropped = 0;
      const updated = await updateCustomerMemory(
        deps.db,
        { id: customer.id, email: customer.email },
        (current) => {
          const plan = mergeMemories(current.memories, value.memories, {
            now,
            sourceConversationId: input.conversationId,
          });
          changed = plan.keep.filter((entry) => entry.changed).length;
          dropped = plan.drop.length;
          return { facts: withProfile(mergeFacts(current.facts, value.facts), customer), plan };
        },
      );
      return {
        status: 'updated',
        customerId: customer.id,
        memories: updated.memories.length,
        changed,
        dropped,
      };
    },

    /** The customer's facts and typed memories for the context builder (most relevant first). */
    async loadCustomerMemory(input) {
      const stored = await findCustomerMemory(deps.db, input.customerId);
      if (!stored) return { facts: {}, memories: [] };
      const memories = [...stored.memories]
        .sort((a, b) => b.confidence - a.confidence || b.updatedAt.getTime() - a.updatedAt.getTime())
        .map((memory) => ({ type: memory.type, content: memory.content }));
      return { facts: stored.facts, memories };
    },
  };
}

/**
 * The commerce record is the truth for the tier, and fills the language and time zone the
 * customer never stated; what they said in conversation wins for those two.
 */
function withProfile(facts: CustomerFacts, profile: CustomerProfile): CustomerFacts {
  const language = profile.preferredLanguage as CustomerFacts['language'];
  return {
    ...facts,
    tier: profile.tier,
    timezone: facts.timezone ?? profile.timezone,
    language: facts.language ?? language,
  };
}

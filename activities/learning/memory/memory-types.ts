import { z } from 'zod';
import type { MemoryItem } from '../../agents/agent-contract';

/** The kinds of typed memory (SYSTEM.md §7). */
export const MEMORY_TYPES = ['preference', 'communication_style', 'issue'] as const;
export type MemoryType = (typeof MEMORY_TYPES)[number];

/** At most this many typed memories are kept per customer. */
export const MEMORY_CAP = 10;

/** The languages Kesher answers in. */
export const MEMORY_LANGUAGES = ['en', 'he', 'ru', 'es', 'de', 'fr'] as const;
export type MemoryLanguage = (typeof MEMORY_LANGUAGES)[number];

/** The fields of {@link customerFactsSchema}; every one is optional. */
const factsShape = z.object({
  /** The language to answer in: an explicit request, else the language the customer writes. */
  language: z.enum(MEMORY_LANGUAGES).optional(),
  /** IANA time zone, e.g. `Europe/Berlin`. */
  timezone: z.string().min(1).max(64).optional(),
  tier: z.enum(['basic', 'premium', 'deluxe']).optional(),
  alcohol_free: z.boolean().optional(),
  /** Allergens to leave out, in English, lower case (`sesame`, `tree nuts`...). */
  allergen_exclusions: z.array(z.string().min(1).max(40)).optional(),
  /** Products the customer likes or dislikes, in English (`olive oil`, `spicy food`...). */
  product_likes: z.array(z.string().min(1).max(60)).optional(),
  product_dislikes: z.array(z.string().min(1).max(60)).optional(),
  kosher_only: z.boolean().optional(),
  /** The customer asked not to be made retention or sales offers. */
  no_offers: z.boolean().optional(),
});

/**
 * Profile facts about a customer, as stored in `customer_memory.facts`. Models often send null
 * for "not mentioned": null and absent mean the same here.
 */
export const customerFactsSchema = z.preprocess(
  (raw) =>
    raw && typeof raw === 'object' && !Array.isArray(raw)
      ? Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== null))
      : raw,
  factsShape,
);
/** The fields of the facts, for checking one at a time. */
export const CUSTOMER_FACT_FIELDS = factsShape.shape;
export type CustomerFacts = z.infer<typeof customerFactsSchema>;

/** A typed memory as an extractor proposes it. */
export const extractedMemorySchema = z.object({
  type: z.enum(MEMORY_TYPES),
  /** One short sentence, in English, about the customer (not about this conversation's wording). */
  content: z.string().min(3).max(300),
  /** 0..1 */
  confidence: z.number().min(0).max(1),
});
export type ExtractedMemory = z.infer<typeof extractedMemorySchema>;

/** What the `memory.extract` task returns: the facts and memories found in the conversation. */
export const memoryExtractionSchema = z.object({
  facts: customerFactsSchema,
  memories: z.array(extractedMemorySchema).max(MEMORY_CAP),
});
export type MemoryExtraction = z.infer<typeof memoryExtractionSchema>;

/** The input of the `memory.extract` task. */
export const memoryExtractTaskSchema = z.object({
  /** `YYYY-MM-DD`, to resolve month names ("my November box"). */
  today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  messages: z.array(z.object({ author: z.enum(['customer', 'ai', 'human', 'system']), content: z.string() })),
  facts: customerFactsSchema,
  memories: z.array(z.object({ type: z.enum(MEMORY_TYPES), content: z.string() })),
});
export type MemoryExtractTask = z.infer<typeof memoryExtractTaskSchema>;

/** A stored typed memory. */
export interface StoredMemory extends MemoryItem {
  id: number;
  confidence: number;
  sourceConversationId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A customer's memory as the context builder and the API read it. */
export interface CustomerMemoryView {
  customerId: string;
  facts: CustomerFacts;
  memories: StoredMemory[];
}

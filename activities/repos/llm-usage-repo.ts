import type { Kysely } from 'kysely';
import type { Database } from '../../schema/tables';

export interface LlmUsageRecord {
  conversationId: string | null;
  role: string;
  provider: string;
  model: string;
  inputTokens: number;
  outputTokens: number;
  cachedTokens: number;
  costUsd: number;
  latencyMs: number;
  fallbackFrom: string | null;
  error: string | null;
}

/** Records one model call's token usage and cost. */
export async function insertLlmUsage(db: Kysely<Database>, usage: LlmUsageRecord): Promise<void> {
  await db
    .insertInto('llm_usage')
    .values({
      conversation_id: usage.conversationId,
      role: usage.role,
      provider: usage.provider,
      model: usage.model,
      input_tokens: usage.inputTokens,
      output_tokens: usage.outputTokens,
      cached_tokens: usage.cachedTokens,
      cost_usd: usage.costUsd,
      latency_ms: usage.latencyMs,
      fallback_from: usage.fallbackFrom,
      error: usage.error,
    })
    .execute();
}

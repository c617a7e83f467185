import OpenAI from 'openai';
import type { Embedder } from './types';

/** Options of the OpenAI embedder. */
export interface OpenAiEmbedderOptions {
  apiKey: string;
  /** API base URL (e.g. a proxy or a test fake); the SDK default otherwise. */
  baseUrl?: string;
  model?: 'text-embedding-3-small' | 'text-embedding-3-large' | (string & {});
  /** Vector size; 1536 for text-embedding-3-small unless the model is asked to shorten it. */
  dimensions?: number;
  /** Texts per request: the API caps a request's input count. */
  batchSize?: number;
}

const DEFAULT_DIMENSIONS: Record<string, number> = {
  'text-embedding-3-small': 1536,
  'text-embedding-3-large': 3072,
};

/** An embedder calling the OpenAI embeddings API; built per process by the activity factory. */
export function createOpenAiEmbedder(options: OpenAiEmbedderOptions): Embedder {
  const model = options.model ?? 'text-embedding-3-small';
  const dimensions = options.dimensions ?? DEFAULT_DIMENSIONS[model] ?? 1536;
  const batchSize = options.batchSize ?? 96;
  const client = new OpenAI({ apiKey: options.apiKey, baseURL: options.baseUrl ?? null });
  // Asking for the default size explicitly would be rejected by models that can't shorten.
  const shorten = options.dimensions !== undefined ? { dimensions } : {};
  return {
    name: `openai-${model}-${dimensions}`,
    dimensions,
    async embed(texts) {
      const vectors: number[][] = [];
      for (let start = 0; start < texts.length; start += batchSize) {
        const input = texts.slice(start, start + batchSize);
        const response = await client.embeddings.create({
          model,
          input,
          encoding_format: 'float',
          ...shorten,
        });
        // The API documents `index`; sorting guards against any reordering in transit.
        const ordered = [...response.data].sort((a, b) => a.index - b.index);
        vectors.push(...ordered.map((item) => item.embedding));
      }
      return vectors;
    },
  };
}

/**
 * Embedders: a deterministic local one (the default, no network) and OpenAI's, used when
 * OPENAI_API_KEY is configured. Both produce L2-normalised vectors.
 */
export type { Embedder } from './types';
export {
  cosineSimilarity,
  createLocalEmbedder,
  hashEmbedding,
  type LocalEmbedderOptions,
} from './local-embedder';
export { createOpenAiEmbedder, type OpenAiEmbedderOptions } from './openai-embedder';

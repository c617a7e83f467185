export type * from './types';
export * from './errors';
export { toApplicationFailure } from './application-failure';
export { createOpenAiProvider, type OpenAiProviderOptions } from './openai-provider';
export { createAnthropicProvider, type AnthropicProviderOptions } from './anthropic-provider';
export {
  createOfflineProvider,
  defineOfflineHandler,
  estimateTokens,
  DEFAULT_OFFLINE_HANDLERS,
  type OfflineHandler,
  type OfflineHandlers,
  type OfflineResult,
} from './offline-provider';
export { chatStructured, parseStructured, toResponseSchema, type StructuredResult } from './structured';
export { costUsd, priceOf, DEFAULT_PRICES, type Price, type CostResult } from './pricing';
export {
  createLlmRegistry,
  type LlmRegistry,
  type LlmRegistryDeps,
  type ModelChoice,
  type RoleModels,
} from './registry';
export {
  chatWithFallback,
  chatStructuredWithFallback,
  withFallback,
  type AttemptInfo,
  type FallbackOptions,
  type FallbackRequest,
  type FallbackResult,
} from './fallback';

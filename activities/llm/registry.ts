import type { AppConfig, LlmRole, ModelRef } from '../../config/config';
import { createAnthropicProvider } from './anthropic-provider';
import { LlmBadRequestError } from './errors';
import { createOfflineProvider } from './offline-provider';
import type { OfflineHandlers } from './offline-provider';
import { createOpenAiProvider } from './openai-provider';
import type { LlmProvider, ProviderName } from './types';

/** A provider and a model on it. */
export type ModelChoice = ModelRef;

/** Where a role's calls go: the primary, then the fallbacks in order. */
export interface RoleModels {
  primary: ModelChoice;
  fallbacks: ModelChoice[];
}

/** The configured providers and each role's fallback chain. */
export interface LlmRegistry {
  /** Activity attempts each provider in a chain gets before the next takes over (from config). */
  readonly attemptsPerProvider: number;
  forRole(role: LlmRole): RoleModels;
  provider(name: ProviderName): LlmProvider;
  has(name: ProviderName): boolean;
}

/** Dependencies of the registry. */
export interface LlmRegistryDeps {
  offlineHandlers: OfflineHandlers;
  fetch?: typeof fetch;
  /** The model used when a network provider stands in for a role configured on the other one. */
  crossProviderModels?: Partial<Record<'openai' | 'anthropic', string>>;
}

/** Defaults for `crossProviderModels`. */
export const CROSS_PROVIDER_MODELS: Record<'openai' | 'anthropic', string> = {
  openai: 'gpt-4.1-mini',
  anthropic: 'claude-sonnet-4-6',
};

function buildProviders(config: AppConfig['llm'], deps: LlmRegistryDeps): Map<ProviderName, LlmProvider> {
  const providers = new Map<ProviderName, LlmProvider>();
  const common = { timeoutMs: config.timeoutMs, fetch: deps.fetch };
  // A provider without a key is never constructed, so it can never be picked.
  if (config.openai.apiKey) {
    providers.set(
      'openai',
      createOpenAiProvider({ ...common, ...config.openai, apiKey: config.openai.apiKey }),
    );
  }
  if (config.anthropic.apiKey) {
    providers.set(
      'anthropic',
      createAnthropicProvider({ ...common, ...config.anthropic, apiKey: config.anthropic.apiKey }),
    );
  }
  providers.set('offline', createOfflineProvider(deps.offlineHandlers));
  return providers;
}

/**
 * Builds the providers from configuration. A role's chain is its configured model, then the other
 * network provider when it has a key, then `config.fallback`; unavailable and repeated entries are
 * dropped. A role configured offline does not fall back to the network.
 */
export function createLlmRegistry(config: AppConfig['llm'], deps: LlmRegistryDeps): LlmRegistry {
  const providers = buildProviders(config, deps);
  const crossModels = { ...CROSS_PROVIDER_MODELS, ...deps.crossProviderModels };

  const chainFor = (role: LlmRole): ModelChoice[] => {
    const configured = config.roles[role];
    const candidates: ModelChoice[] = [configured];
    if (configured.provider !== 'offline') {
      const other = configured.provider === 'openai' ? 'anthropic' : 'openai';
      candidates.push({ provider: other, model: crossModels[other] });
    }
    candidates.push(config.fallback);
    const chain: ModelChoice[] = [];
    for (const choice of candidates) {
      const seen = chain.some((c) => c.provider === choice.provider && c.model === choice.model);
      if (providers.has(choice.provider) && !seen) chain.push(choice);
    }
    return chain;
  };

  return {
    attemptsPerProvider: config.attemptsPerProvider,
    forRole(role: LlmRole): RoleModels {
      const [primary, ...fallbacks] = chainFor(role);
      // The offline provider is always built, so this only happens with a fallback on a keyless provider.
      if (!primary) throw new LlmBadRequestError(`no usable model for role ${role}`);
      return { primary, fallbacks };
    },
    provider(name: ProviderName): LlmProvider {
      const provider = providers.get(name);
      if (!provider) throw new LlmBadRequestError(`LLM provider ${name} is not configured (no API key)`);
      return provider;
    },
    has(name: ProviderName): boolean {
      return providers.has(name);
    },
  };
}

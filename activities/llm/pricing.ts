import type { Usage } from './types';

/** USD per million tokens. */
export interface Price {
  input: number;
  cachedInput: number;
  output: number;
}

/** The cost of one call; `known` is false when the model has no price (it then costs 0). */
export interface CostResult {
  cost: number;
  known: boolean;
}

const price = (input: number, cachedInput: number, output: number): Price => ({ input, cachedInput, output });

/**
 * List prices (USD per 1M tokens) as published by the providers; keys are model ids, dated
 * snapshots fall back to their alias. Override or extend them from configuration.
 */
export const DEFAULT_PRICES: Readonly<Record<string, Price>> = {
  'gpt-5': price(1.25, 0.125, 10),
  'gpt-5.1': price(1.25, 0.125, 10),
  'gpt-5-mini': price(0.25, 0.025, 2),
  'gpt-5-nano': price(0.05, 0.005, 0.4),
  'gpt-4.1': price(2, 0.5, 8),
  'gpt-4.1-mini': price(0.4, 0.1, 1.6),
  'gpt-4.1-nano': price(0.1, 0.025, 0.4),
  'gpt-4o': price(2.5, 1.25, 10),
  'gpt-4o-mini': price(0.15, 0.075, 0.6),
  o3: price(2, 0.5, 8),
  'o4-mini': price(1.1, 0.275, 4.4),
  'claude-opus-4-6': price(5, 0.5, 25),
  'claude-opus-4-5': price(5, 0.5, 25),
  'claude-opus-4-1': price(15, 1.5, 75),
  'claude-opus-4-0': price(15, 1.5, 75),
  'claude-sonnet-4-6': price(3, 0.3, 15),
  'claude-sonnet-4-5': price(3, 0.3, 15),
  'claude-sonnet-4-0': price(3, 0.3, 15),
  'claude-3-7-sonnet-latest': price(3, 0.3, 15),
  'claude-haiku-4-5': price(1, 0.1, 5),
  'claude-3-5-haiku-latest': price(0.8, 0.08, 4),
};

const FREE: Price = price(0, 0, 0);

/** `gpt-4.1-mini-2025-04-14` → `gpt-4.1-mini`, `claude-sonnet-4-5-20250929` → `claude-sonnet-4-5`. */
function undated(model: string): string {
  return model.replace(/-(\d{4}-\d{2}-\d{2}|\d{8})$/, '');
}

/** The price of a model, looking up `provider:model`, then `model`, then its undated alias. */
export function priceOf(
  provider: string,
  model: string,
  overrides: Record<string, Price> = {},
): Price | undefined {
  if (provider === 'offline') return FREE;
  const table: Record<string, Price> = { ...DEFAULT_PRICES, ...overrides };
  return table[`${provider}:${model}`] ?? table[model] ?? table[undated(model)];
}

/** The USD cost of one call. Cached input is billed at the cached rate, the rest at the input rate. */
export function costUsd(
  provider: string,
  model: string,
  usage: Usage,
  overrides?: Record<string, Price>,
): CostResult {
  const found = priceOf(provider, model, overrides);
  if (!found) return { cost: 0, known: false };
  const cached = Math.min(usage.cachedInputTokens, usage.inputTokens);
  const micro =
    (usage.inputTokens - cached) * found.input +
    cached * found.cachedInput +
    usage.outputTokens * found.output;
  // Rounded to 1e-8 USD so float noise does not leak into stored sums.
  return { cost: Number((micro / 1e6).toFixed(8)), known: true };
}

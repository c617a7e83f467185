import { LlmOutputInvalidError } from './errors';

/** Parses a model's tool-call arguments, which must be a JSON object. */
export function parseToolArguments(provider: string, toolName: string, raw: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = raw.trim() === '' ? {} : JSON.parse(raw);
  } catch (error) {
    throw new LlmOutputInvalidError(`${provider} returned malformed arguments for tool ${toolName}`, {
      provider,
      issues: [{ message: (error as Error).message }],
      rawText: raw,
    });
  }
  return asArguments(provider, toolName, parsed, raw);
}

/** Narrows already-decoded tool input to an arguments object. */
export function asArguments(
  provider: string,
  toolName: string,
  value: unknown,
  raw: string = JSON.stringify(value),
): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new LlmOutputInvalidError(`${provider} returned non-object arguments for tool ${toolName}`, {
      provider,
      issues: [{ message: 'tool arguments must be a JSON object' }],
      rawText: raw,
    });
  }
  return value as Record<string, unknown>;
}

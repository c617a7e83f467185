import { z } from 'zod';
import { LlmOutputInvalidError } from './errors';
import type { ChatRequest, ChatResponse, LlmProvider } from './types';

/** A structured answer and the response that carried it. */
export interface StructuredResult<T> {
  value: T;
  response: ChatResponse;
}

/** Converts a zod schema to the JSON Schema sent to the provider. */
export function toResponseSchema(
  name: string,
  schema: z.ZodType,
): NonNullable<ChatRequest['responseSchema']> {
  // 'any' keeps unrepresentable parts (dates, transforms) from throwing; zod still validates them.
  const json = z.toJSONSchema(schema, { unrepresentable: 'any' }) as Record<string, unknown>;
  return { name, schema: json };
}

const FENCED = /^```(?:json)?\s*\n?([\s\S]*?)\n?\s*```$/i;

/** Pulls the JSON out of a model's text, tolerating a ```json fence or prose around one object. */
export function extractJsonText(text: string): string {
  const trimmed = text.trim();
  const fenced = FENCED.exec(trimmed);
  if (fenced?.[1] !== undefined) return fenced[1].trim();
  const start = trimmed.indexOf('{');
  const end = trimmed.lastIndexOf('}');
  if ((start > 0 || end < trimmed.length - 1) && start !== -1 && end > start)
    return trimmed.slice(start, end + 1);
  return trimmed;
}

/** Parses and validates a response's text against `schema`; throws `LlmOutputInvalidError` otherwise. */
export function parseStructured<T>(response: ChatResponse, schema: z.ZodType<T>): T {
  let json: unknown;
  try {
    json = JSON.parse(extractJsonText(response.text));
  } catch (error) {
    throw new LlmOutputInvalidError(`${response.provider} did not return JSON: ${(error as Error).message}`, {
      provider: response.provider,
      issues: [{ message: (error as Error).message }],
      rawText: response.text,
    });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new LlmOutputInvalidError(
      `${response.provider} output failed validation: ${z.prettifyError(parsed.error)}`,
      { provider: response.provider, issues: parsed.error.issues, rawText: response.text },
    );
  }
  return parsed.data;
}

/** The schema name sent to providers: letters, digits, `_` and `-` only. */
function schemaName(request: ChatRequest): string {
  const base = request.responseSchema?.name ?? request.task?.kind ?? `${request.role}_output`;
  return base.replace(/[^a-zA-Z0-9_-]/g, '_').slice(0, 64);
}

/** Asks `provider` for a JSON object matching `schema` and returns it validated. */
export async function chatStructured<T>(
  provider: LlmProvider,
  request: ChatRequest,
  schema: z.ZodType<T>,
  signal?: AbortSignal,
): Promise<StructuredResult<T>> {
  const response = await provider.chat(
    { ...request, responseSchema: toResponseSchema(schemaName(request), schema) },
    signal,
  );
  return { value: parseStructured(response, schema), response };
}

import type { z } from 'zod';
import { LlmBadRequestError } from './errors';
import { replyBasicHandler } from './offline-reply-basic';
import type { ChatRequest, ChatResponse, LlmProvider, ToolCall } from './types';

/** What an offline handler produces; `json` is serialized into `text` for structured output. */
export interface OfflineResult {
  text?: string;
  toolCalls?: ToolCall[];
  json?: unknown;
}

/** Answers one kind of task without a network model. */
export type OfflineHandler = (input: unknown, request: ChatRequest) => OfflineResult;

/** Offline handlers by `request.task.kind`. */
export type OfflineHandlers = Record<string, OfflineHandler>;

/** Handlers every offline provider has unless overridden. */
export const DEFAULT_OFFLINE_HANDLERS: OfflineHandlers = { 'reply.basic': replyBasicHandler };

/** Wraps a typed handler so its input is validated by `schema` before it runs. */
export function defineOfflineHandler<T>(
  schema: z.ZodType<T>,
  handle: (input: T, request: ChatRequest) => OfflineResult,
): OfflineHandler {
  return (input, request) => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      throw new LlmBadRequestError(
        `offline task ${request.task?.kind ?? '?'} got invalid input: ${parsed.error.message}`,
        {
          provider: 'offline',
        },
      );
    }
    return handle(parsed.data, request);
  };
}

const CHARS_PER_TOKEN = 4;

/** A rough token count (about four characters a token) so cost and usage accounting still work. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / CHARS_PER_TOKEN);
}

function promptText(request: ChatRequest): string {
  const parts = [request.system, ...request.messages.map((message) => message.content)];
  if (request.task) parts.push(JSON.stringify(request.task.input) ?? '');
  return parts.join('\n');
}

/** An `LlmProvider` that needs no network: it dispatches on `request.task.kind` to `handlers`. */
export function createOfflineProvider(handlers: OfflineHandlers): LlmProvider {
  const registered: OfflineHandlers = { ...DEFAULT_OFFLINE_HANDLERS, ...handlers };
  return {
    name: 'offline',
    async chat(request: ChatRequest): Promise<ChatResponse> {
      const started = performance.now();
      const kind = request.task?.kind;
      const handler = kind === undefined ? undefined : registered[kind];
      if (!handler) {
        const known = Object.keys(registered).sort().join(', ');
        throw new LlmBadRequestError(
          kind === undefined
            ? `offline provider needs request.task (role ${request.role}); known kinds: ${known}`
            : `offline provider has no handler for task kind "${kind}"; known kinds: ${known}`,
          { provider: 'offline' },
        );
      }
      const result = handler(request.task?.input, request);
      const text = result.json !== undefined ? JSON.stringify(result.json) : (result.text ?? '');
      const toolCalls = result.toolCalls ?? [];
      return {
        provider: 'offline',
        model: request.model,
        text,
        toolCalls,
        usage: {
          inputTokens: estimateTokens(promptText(request)),
          outputTokens: estimateTokens(text + (toolCalls.length ? JSON.stringify(toolCalls) : '')),
          cachedInputTokens: 0,
        },
        stopReason: toolCalls.length ? 'tool_calls' : 'end',
        latencyMs: Math.round(performance.now() - started),
      };
    },
  };
}

import OpenAI, { APIConnectionError, APIError, APIUserAbortError } from 'openai';
import type {
  ChatCompletion,
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionMessageParam,
  ChatCompletionTool,
} from 'openai/resources/chat/completions';
import { llmConnectionError, llmErrorFromStatus } from './http-errors';
import { isStrictCompatible, withoutDialect } from './json-schema';
import { parseToolArguments } from './tool-arguments';
import type {
  ChatMessage,
  ChatRequest,
  ChatResponse,
  LlmProvider,
  StopReason,
  ToolCall,
  ToolSpec,
} from './types';

/** What the OpenAI provider needs; `baseUrl` points it at any OpenAI-compatible server. */
export interface OpenAiProviderOptions {
  apiKey: string;
  baseUrl?: string | undefined;
  timeoutMs: number;
  fetch?: typeof fetch | undefined;
}

function toWireMessages(system: string, messages: ChatMessage[]): ChatCompletionMessageParam[] {
  const wire: ChatCompletionMessageParam[] = system ? [{ role: 'system', content: system }] : [];
  for (const message of messages) {
    if (message.role === 'user') wire.push({ role: 'user', content: message.content });
    else if (message.role === 'tool') {
      wire.push({ role: 'tool', tool_call_id: message.toolCallId, content: message.content });
    } else if (message.toolCalls?.length) {
      wire.push({
        role: 'assistant',
        // OpenAI wants null rather than "" beside tool calls.
        content: message.content || null,
        tool_calls: message.toolCalls.map((call) => ({
          id: call.id,
          type: 'function',
          function: { name: call.name, arguments: JSON.stringify(call.arguments) },
        })),
      });
    } else wire.push({ role: 'assistant', content: message.content });
  }
  return wire;
}

function toWireTools(tools: ToolSpec[]): ChatCompletionTool[] {
  return tools.map((tool) => ({
    type: 'function',
    function: { name: tool.name, description: tool.description, parameters: tool.parameters },
  }));
}

/** Builds the Chat Completions body for a request. */
export function toOpenAiParams(request: ChatRequest): ChatCompletionCreateParamsNonStreaming {
  const params: ChatCompletionCreateParamsNonStreaming = {
    model: request.model,
    messages: toWireMessages(request.system, request.messages),
  };
  if (request.tools?.length) params.tools = toWireTools(request.tools);
  if (request.maxTokens !== undefined) params.max_completion_tokens = request.maxTokens;
  // Reasoning models reject an explicit temperature, so it is sent only when asked for.
  if (request.temperature !== undefined) params.temperature = request.temperature;
  if (request.responseSchema) {
    const schema = withoutDialect(request.responseSchema.schema);
    params.response_format = {
      type: 'json_schema',
      json_schema: { name: request.responseSchema.name, schema, strict: isStrictCompatible(schema) },
    };
  }
  return params;
}

const STOP_REASONS: Record<string, StopReason> = {
  stop: 'end',
  tool_calls: 'tool_calls',
  function_call: 'tool_calls',
  length: 'max_tokens',
};

function fromCompletion(completion: ChatCompletion, latencyMs: number): ChatResponse {
  const choice = completion.choices[0];
  const message = choice?.message;
  const toolCalls: ToolCall[] = (message?.tool_calls ?? []).flatMap((call) =>
    call.type === 'function'
      ? [
          {
            id: call.id,
            name: call.function.name,
            arguments: parseToolArguments('openai', call.function.name, call.function.arguments),
          },
        ]
      : [],
  );
  const usage = completion.usage;
  return {
    provider: 'openai',
    model: completion.model,
    text: message?.content ?? message?.refusal ?? '',
    toolCalls,
    usage: {
      inputTokens: usage?.prompt_tokens ?? 0,
      outputTokens: usage?.completion_tokens ?? 0,
      cachedInputTokens: usage?.prompt_tokens_details?.cached_tokens ?? 0,
    },
    stopReason: (choice && STOP_REASONS[choice.finish_reason]) ?? 'other',
    latencyMs,
  };
}

function toLlmError(error: unknown): unknown {
  // A caller's abort is a cancellation, not a provider failure: let it through untouched.
  if (error instanceof APIUserAbortError) return error;
  if (error instanceof APIConnectionError) return llmConnectionError('openai', error);
  if (error instanceof APIError && typeof error.status === 'number') {
    return llmErrorFromStatus({
      provider: 'openai',
      status: error.status,
      headers: error.headers,
      message: error.message,
      cause: error,
    });
  }
  return error;
}

/** An `LlmProvider` over OpenAI's Chat Completions API. Retries are left to Temporal. */
export function createOpenAiProvider(options: OpenAiProviderOptions): LlmProvider {
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseUrl ?? null,
    maxRetries: 0,
    timeout: options.timeoutMs,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return {
    name: 'openai',
    async chat(request: ChatRequest, signal?: AbortSignal): Promise<ChatResponse> {
      const started = performance.now();
      let completion: ChatCompletion;
      try {
        completion = await client.chat.completions.create(toOpenAiParams(request), { signal });
      } catch (error) {
        throw toLlmError(error);
      }
      return fromCompletion(completion, Math.round(performance.now() - started));
    },
  };
}

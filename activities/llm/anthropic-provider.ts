import Anthropic, { APIConnectionError, APIError, APIUserAbortError } from '@anthropic-ai/sdk';
import type {
  ContentBlockParam,
  Message,
  MessageCreateParamsNonStreaming,
  MessageParam,
  Tool,
  ToolResultBlockParam,
} from '@anthropic-ai/sdk/resources/messages';
import { llmConnectionError, llmErrorFromStatus } from './http-errors';
import { withoutDialect } from './json-schema';
import { asArguments } from './tool-arguments';
import type {
  ChatMessage,
  ChatRequest,
  ChatResponse,
  LlmProvider,
  StopReason,
  ThinkingBlock,
  ToolCall,
} from './types';

/** What the Anthropic provider needs. */
export interface AnthropicProviderOptions {
  apiKey: string;
  baseUrl?: string | undefined;
  timeoutMs: number;
  fetch?: typeof fetch | undefined;
}

/** Anthropic requires `max_tokens`; this is used when the request names none. */
export const ANTHROPIC_DEFAULT_MAX_TOKENS = 2048;

function assistantBlocks(message: Extract<ChatMessage, { role: 'assistant' }>): ContentBlockParam[] {
  const blocks: ContentBlockParam[] = [...(message.thinking ?? [])];
  if (message.content) blocks.push({ type: 'text', text: message.content });
  for (const call of message.toolCalls ?? []) {
    blocks.push({ type: 'tool_use', id: call.id, name: call.name, input: call.arguments });
  }
  return blocks;
}

/** Tool results travel as `tool_result` blocks in a user turn; consecutive ones share that turn. */
function toWireMessages(messages: ChatMessage[]): MessageParam[] {
  const wire: MessageParam[] = [];
  let pendingResults: ToolResultBlockParam[] = [];
  const flushResults = (): void => {
    if (pendingResults.length) wire.push({ role: 'user', content: pendingResults });
    pendingResults = [];
  };
  for (const message of messages) {
    if (message.role === 'tool') {
      pendingResults.push({ type: 'tool_result', tool_use_id: message.toolCallId, content: message.content });
      continue;
    }
    flushResults();
    if (message.role === 'user') wire.push({ role: 'user', content: message.content });
    else if (message.toolCalls?.length || message.thinking?.length) {
      wire.push({ role: 'assistant', content: assistantBlocks(message) });
    } else wire.push({ role: 'assistant', content: message.content });
  }
  flushResults();
  return wire;
}

function toWireTool(name: string, description: string, schema: Record<string, unknown>): Tool {
  return { name, description, input_schema: { ...schema, type: 'object' } };
}

/**
 * Builds the Messages API body. Structured output is a forced call of a tool whose input schema is
 * the response schema; extended thinking forbids forcing a tool, so with thinking the model is
 * only offered it (`auto`) and `chatStructured` also accepts a JSON text answer.
 */
export function toAnthropicParams(request: ChatRequest): MessageCreateParamsNonStreaming {
  const maxTokens = request.maxTokens ?? ANTHROPIC_DEFAULT_MAX_TOKENS;
  const params: MessageCreateParamsNonStreaming = {
    model: request.model,
    messages: toWireMessages(request.messages),
    max_tokens: maxTokens,
  };
  if (request.system) {
    params.system = request.cacheSystemPrompt
      ? [{ type: 'text', text: request.system, cache_control: { type: 'ephemeral' } }]
      : request.system;
  }
  const tools = (request.tools ?? []).map((tool) => toWireTool(tool.name, tool.description, tool.parameters));
  const thinking = request.thinkingBudgetTokens;
  if (request.responseSchema) {
    const { name, schema } = request.responseSchema;
    tools.push(toWireTool(name, 'Return the answer as the input of this tool.', withoutDialect(schema)));
    params.tool_choice = thinking ? { type: 'auto' } : { type: 'tool', name };
  }
  if (tools.length) params.tools = tools;
  // `request.temperature` is not sent: API version 2026-10-21 (SDK 1.x) has no temperature parameter.
  if (thinking) {
    // Thinking tokens count toward max_tokens, which must exceed the budget; keep the caller's
    // max_tokens for the visible answer.
    params.thinking = { type: 'enabled', budget_tokens: thinking };
    params.max_tokens = thinking + maxTokens;
  }
  return params;
}

const STOP_REASONS: Record<string, StopReason> = {
  end_turn: 'end',
  stop_sequence: 'end',
  tool_use: 'tool_calls',
  max_tokens: 'max_tokens',
};

function fromMessage(message: Message, request: ChatRequest, latencyMs: number): ChatResponse {
  const schemaTool = request.responseSchema?.name;
  const texts: string[] = [];
  const toolCalls: ToolCall[] = [];
  const thinking: ThinkingBlock[] = [];
  let structured: string | undefined;
  for (const block of message.content) {
    if (block.type === 'text') texts.push(block.text);
    else if (block.type === 'thinking') {
      thinking.push({ type: 'thinking', thinking: block.thinking, signature: block.signature });
    } else if (block.type === 'redacted_thinking')
      thinking.push({ type: 'redacted_thinking', data: block.data });
    else if (block.type === 'tool_use' && block.name === schemaTool) structured = JSON.stringify(block.input);
    else if (block.type === 'tool_use') {
      toolCalls.push({
        id: block.id,
        name: block.name,
        arguments: asArguments('anthropic', block.name, block.input),
      });
    }
  }
  const usage = message.usage;
  const cacheRead = usage.cache_read_input_tokens ?? 0;
  // The forced structured-output tool call is the answer, not a tool the caller must run.
  const stopReason =
    structured !== undefined && toolCalls.length === 0
      ? 'end'
      : (STOP_REASONS[message.stop_reason ?? ''] ?? 'other');
  return {
    provider: 'anthropic',
    model: message.model,
    text: structured ?? texts.join(''),
    toolCalls,
    usage: {
      // Anthropic reports cache reads and writes apart from input_tokens; the total is what was sent.
      inputTokens: usage.input_tokens + cacheRead + (usage.cache_creation_input_tokens ?? 0),
      outputTokens: usage.output_tokens,
      cachedInputTokens: cacheRead,
    },
    stopReason,
    latencyMs,
    ...(thinking.length ? { thinking } : {}),
  };
}

function toLlmError(error: unknown): unknown {
  if (error instanceof APIUserAbortError) return error;
  if (error instanceof APIConnectionError) return llmConnectionError('anthropic', error);
  if (error instanceof APIError && typeof error.status === 'number') {
    return llmErrorFromStatus({
      provider: 'anthropic',
      status: error.status,
      headers: error.headers,
      message: error.apiMessage ?? error.message,
      cause: error,
    });
  }
  return error;
}

/** An `LlmProvider` over Anthropic's Messages API. Retries are left to Temporal. */
export function createAnthropicProvider(options: AnthropicProviderOptions): LlmProvider {
  const client = new Anthropic({
    apiKey: options.apiKey,
    baseURL: options.baseUrl ?? null,
    maxRetries: 0,
    timeout: options.timeoutMs,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return {
    name: 'anthropic',
    async chat(request: ChatRequest, signal?: AbortSignal): Promise<ChatResponse> {
      const started = performance.now();
      let message: Message;
      try {
        message = await client.messages.create(toAnthropicParams(request), { signal });
      } catch (error) {
        throw toLlmError(error);
      }
      return fromMessage(message, request, Math.round(performance.now() - started));
    },
  };
}

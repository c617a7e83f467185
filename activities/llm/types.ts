import type { LlmRole } from '../../config/config';

/** A tool the model may call; `parameters` is a JSON Schema for its arguments. */
export interface ToolSpec {
  name: string;
  description: string;
  parameters: Record<string, unknown>;
}

/** One tool call the model asked for, with its arguments already parsed. */
export interface ToolCall {
  id: string;
  name: string;
  arguments: Record<string, unknown>;
}

/**
 * Reasoning a provider returns and needs back verbatim on the next turn: Anthropic rejects a tool-use
 * continuation under extended thinking unless the previous turn's thinking blocks are replayed.
 */
export type ThinkingBlock =
  { type: 'thinking'; thinking: string; signature: string } | { type: 'redacted_thinking'; data: string };

/** A provider-neutral conversation turn; the system prompt travels separately in `ChatRequest.system`. */
export type ChatMessage =
  | { role: 'user'; content: string }
  | { role: 'assistant'; content: string; toolCalls?: ToolCall[]; thinking?: ThinkingBlock[] }
  | { role: 'tool'; toolCallId: string; name: string; content: string };

/** One model call, described independently of the provider that will serve it. */
export interface ChatRequest {
  role: LlmRole;
  model: string;
  system: string;
  messages: ChatMessage[];
  tools?: ToolSpec[];
  maxTokens?: number;
  temperature?: number;
  /** Ask for a JSON object matching this JSON Schema (structured output). */
  responseSchema?: { name: string; schema: Record<string, unknown> };
  /** Structured task input for the offline provider (network providers rely on the prompt instead). */
  task?: { kind: string; input: unknown };
  /** Anthropic extended thinking budget (retention specialist). */
  thinkingBudgetTokens?: number;
  /** Mark the system prompt cacheable (Anthropic prompt caching). */
  cacheSystemPrompt?: boolean;
}

/** Token counts of one call; `inputTokens` includes the cached ones. */
export interface Usage {
  inputTokens: number;
  outputTokens: number;
  cachedInputTokens: number;
}

/** Why the model stopped, normalised across providers. */
export type StopReason = 'end' | 'tool_calls' | 'max_tokens' | 'other';

/** The model's answer to one `ChatRequest`. */
export interface ChatResponse {
  provider: string;
  model: string;
  text: string;
  toolCalls: ToolCall[];
  usage: Usage;
  stopReason: StopReason;
  latencyMs: number;
  /** Thinking blocks to replay on the assistant turn that carries this response's tool calls. */
  thinking?: ThinkingBlock[];
}

/** The names a provider can have in configuration. */
export type ProviderName = 'openai' | 'anthropic' | 'offline';

/** The one interface every model provider implements. */
export interface LlmProvider {
  readonly name: ProviderName;
  chat(request: ChatRequest, signal?: AbortSignal): Promise<ChatResponse>;
}

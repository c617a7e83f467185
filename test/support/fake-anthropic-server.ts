import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the fake received. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

/** A content block of a scripted message, as Anthropic returns it. */
export type AnthropicScriptedBlock =
  | { type: 'text'; text: string }
  | { type: 'tool_use'; id?: string; name: string; input: Record<string, unknown> }
  | { type: 'thinking'; thinking: string; signature?: string }
  | { type: 'redacted_thinking'; data: string };

/** A scripted Messages API answer. */
export interface AnthropicScriptedMessage {
  kind: 'message';
  content: AnthropicScriptedBlock[];
  stopReason?: 'end_turn' | 'max_tokens' | 'stop_sequence' | 'tool_use' | 'pause_turn' | 'refusal';
  usage?: {
    inputTokens?: number;
    outputTokens?: number;
    cacheReadInputTokens?: number;
    cacheCreationInputTokens?: number;
  };
  model?: string;
}

/** A scripted HTTP error with Anthropic's error body. */
export interface AnthropicScriptedError {
  kind: 'error';
  status: number;
  errorType?: string;
  message?: string;
  /** Value of the `retry-after` header, in seconds. */
  retryAfter?: string;
}

/** One scripted reply of the fake Anthropic server. */
export type AnthropicScriptedReply = AnthropicScriptedMessage | AnthropicScriptedError;

/** A running fake Anthropic server. */
export interface FakeAnthropicServer {
  /** The SDK's `baseURL`, e.g. `http://127.0.0.1:5678`. */
  url: string;
  requests: RecordedRequest[];
  /** Queues replies, served in order, one per request. */
  enqueue(...replies: AnthropicScriptedReply[]): void;
  /** The reply used when the queue is empty (initially a text "ok"). */
  setDefault(reply: AnthropicScriptedReply): void;
  close(): Promise<void>;
}

const ERROR_TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  403: 'permission_error',
  404: 'not_found_error',
  413: 'request_too_large',
  429: 'rate_limit_error',
  500: 'api_error',
  529: 'overloaded_error',
};

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  return raw ? JSON.parse(raw) : undefined;
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': 'application/json',
    'request-id': `req_fake${Date.now()}`,
    ...headers,
  });
  res.end(JSON.stringify(body));
}

function sendError(res: ServerResponse, reply: AnthropicScriptedError): void {
  const body = {
    type: 'error',
    error: {
      type: reply.errorType ?? ERROR_TYPES[reply.status] ?? 'api_error',
      message: reply.message ?? `scripted ${reply.status}`,
    },
    request_id: `req_fake${Date.now()}`,
  };
  send(res, reply.status, body, reply.retryAfter === undefined ? {} : { 'retry-after': reply.retryAfter });
}

function message(reply: AnthropicScriptedMessage, requestedModel: string, n: number): unknown {
  const content = reply.content.map((block, i) => {
    if (block.type === 'text') return { type: 'text', text: block.text, citations: null };
    if (block.type === 'tool_use') {
      return {
        type: 'tool_use',
        id: block.id ?? `toolu_fake${n}_${i}`,
        name: block.name,
        input: block.input,
        caller: { type: 'direct' },
      };
    }
    if (block.type === 'thinking')
      return { type: 'thinking', thinking: block.thinking, signature: block.signature ?? `sig_${n}_${i}` };
    return block;
  });
  const usage = reply.usage ?? {};
  return {
    id: `msg_fake${n}`,
    type: 'message',
    role: 'assistant',
    model: reply.model ?? requestedModel,
    content,
    stop_reason: reply.stopReason ?? (content.some((b) => b.type === 'tool_use') ? 'tool_use' : 'end_turn'),
    stop_sequence: null,
    stop_details: null,
    container: null,
    diagnostics: null,
    usage: {
      input_tokens: usage.inputTokens ?? 10,
      output_tokens: usage.outputTokens ?? 5,
      cache_creation_input_tokens: usage.cacheCreationInputTokens ?? 0,
      cache_read_input_tokens: usage.cacheReadInputTokens ?? 0,
      cache_creation: null,
      server_tool_use: null,
      service_tier: 'standard',
      inference_geo: null,
      output_tokens_details: null,
      speed: null,
    },
  };
}

/**
 * Starts a fake of Anthropic's `POST /v1/messages` (non-streaming) on 127.0.0.1. It requires an
 * `anthropic-version` header and, with `apiKey`, that key as `x-api-key` or as a Bearer token
 * (SDK 1.x sends `Authorization: Bearer`; older SDKs and curl examples use `x-api-key`).
 */
export async function startFakeAnthropicServer(
  options: { apiKey?: string } = {},
): Promise<FakeAnthropicServer> {
  const queue: AnthropicScriptedReply[] = [];
  const requests: RecordedRequest[] = [];
  let fallbackReply: AnthropicScriptedReply = { kind: 'message', content: [{ type: 'text', text: 'ok' }] };

  const server = createServer((req, res) => {
    void (async () => {
      const body = await readJson(req);
      const headers = Object.fromEntries(
        Object.entries(req.headers).map(([key, value]) => [
          key,
          Array.isArray(value) ? value.join(', ') : (value ?? ''),
        ]),
      );
      requests.push({ method: req.method ?? '', path: req.url ?? '', headers, body });
      if (req.method !== 'POST' || req.url !== '/v1/messages') {
        return sendError(res, {
          kind: 'error',
          status: 404,
          message: `Unknown route ${req.method} ${req.url}`,
        });
      }
      if (!headers['anthropic-version']) {
        return sendError(res, {
          kind: 'error',
          status: 400,
          message: 'anthropic-version: header is required',
        });
      }
      const key = headers['x-api-key'] || headers.authorization?.replace(/^Bearer /, '');
      if (options.apiKey && key !== options.apiKey) {
        return sendError(res, { kind: 'error', status: 401, message: 'invalid x-api-key' });
      }
      const reply = queue.shift() ?? fallbackReply;
      if (reply.kind === 'error') return sendError(res, reply);
      const model = String((body as { model?: unknown } | undefined)?.model ?? 'claude-fake');
      send(res, 200, message(reply, model, requests.length));
    })().catch((error: unknown) =>
      send(res, 500, { type: 'error', error: { type: 'api_error', message: String(error) } }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    enqueue: (...replies) => void queue.push(...replies),
    setDefault: (reply) => {
      fallbackReply = reply;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

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

/** A scripted Chat Completions answer. */
export interface OpenAiScriptedMessage {
  kind: 'message';
  content?: string | null;
  toolCalls?: Array<{ id?: string; name: string; arguments: Record<string, unknown> | string }>;
  finishReason?: 'stop' | 'length' | 'tool_calls' | 'content_filter';
  usage?: { promptTokens?: number; completionTokens?: number; cachedTokens?: number };
  model?: string;
}

/** A scripted HTTP error with OpenAI's error body. */
export interface OpenAiScriptedError {
  kind: 'error';
  status: number;
  message?: string;
  type?: string;
  code?: string | null;
  /** Value of the `retry-after` header, in seconds. */
  retryAfter?: string;
}

/** One scripted reply of the fake OpenAI server. */
export type OpenAiScriptedReply = OpenAiScriptedMessage | OpenAiScriptedError;

/** A running fake OpenAI server. */
export interface FakeOpenAiServer {
  /** Origin, e.g. `http://127.0.0.1:5678`. */
  url: string;
  /** The SDK's `baseURL` (`${url}/v1`). */
  baseUrl: string;
  requests: RecordedRequest[];
  /** Queues replies, served in order, one per request. */
  enqueue(...replies: OpenAiScriptedReply[]): void;
  /** The reply used when the queue is empty (initially a plain "ok" message). */
  setDefault(reply: OpenAiScriptedReply): void;
  close(): Promise<void>;
}

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
    'x-request-id': `req_${Date.now()}`,
    ...headers,
  });
  res.end(JSON.stringify(body));
}

function sendError(res: ServerResponse, reply: OpenAiScriptedError): void {
  const defaults: Record<number, { type: string; code: string | null }> = {
    400: { type: 'invalid_request_error', code: null },
    401: { type: 'invalid_request_error', code: 'invalid_api_key' },
    429: { type: 'requests', code: 'rate_limit_exceeded' },
  };
  const fallback = defaults[reply.status] ?? { type: 'server_error', code: null };
  send(
    res,
    reply.status,
    {
      error: {
        message: reply.message ?? `scripted ${reply.status}`,
        type: reply.type ?? fallback.type,
        param: null,
        code: reply.code === undefined ? fallback.code : reply.code,
      },
    },
    reply.retryAfter === undefined ? {} : { 'retry-after': reply.retryAfter },
  );
}

function completion(reply: OpenAiScriptedMessage, requestedModel: string, n: number): unknown {
  const toolCalls = reply.toolCalls?.map((call, i) => ({
    id: call.id ?? `call_${n}_${i}`,
    type: 'function',
    function: {
      name: call.name,
      arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments),
    },
  }));
  const prompt = reply.usage?.promptTokens ?? 12;
  const completionTokens = reply.usage?.completionTokens ?? 5;
  return {
    id: `chatcmpl-fake${n}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: reply.model ?? requestedModel,
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: reply.content === undefined ? (toolCalls ? null : 'ok') : reply.content,
          refusal: null,
          annotations: [],
          ...(toolCalls ? { tool_calls: toolCalls } : {}),
        },
        logprobs: null,
        finish_reason: reply.finishReason ?? (toolCalls ? 'tool_calls' : 'stop'),
      },
    ],
    usage: {
      prompt_tokens: prompt,
      completion_tokens: completionTokens,
      total_tokens: prompt + completionTokens,
      prompt_tokens_details: { cached_tokens: reply.usage?.cachedTokens ?? 0, audio_tokens: 0 },
      completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0 },
    },
    service_tier: 'default',
    system_fingerprint: 'fp_fake',
  };
}

/**
 * Starts a fake of OpenAI's `POST /v1/chat/completions` (non-streaming) on 127.0.0.1. With `apiKey`,
 * requests without `authorization: Bearer <apiKey>` get OpenAI's 401.
 */
export async function startFakeOpenAiServer(options: { apiKey?: string } = {}): Promise<FakeOpenAiServer> {
  const queue: OpenAiScriptedReply[] = [];
  const requests: RecordedRequest[] = [];
  let fallbackReply: OpenAiScriptedReply = { kind: 'message', content: 'ok' };

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
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        return sendError(res, {
          kind: 'error',
          status: 404,
          message: `Unknown route ${req.method} ${req.url}`,
        });
      }
      if (options.apiKey && headers.authorization !== `Bearer ${options.apiKey}`) {
        return sendError(res, { kind: 'error', status: 401, message: 'Incorrect API key provided.' });
      }
      const reply = queue.shift() ?? fallbackReply;
      if (reply.kind === 'error') return sendError(res, reply);
      const model = String((body as { model?: unknown } | undefined)?.model ?? 'gpt-fake');
      send(res, 200, completion(reply, model, requests.length));
    })().catch((error: unknown) =>
      send(res, 500, { error: { message: String(error), type: 'server_error' } }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    baseUrl: `${url}/v1`,
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

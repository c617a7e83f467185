import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { createAnthropicProvider } from '../activities/llm/anthropic-provider';
import {
  LlmBadRequestError,
  LlmOutputInvalidError,
  LlmRateLimitedError,
  LlmUnavailableError,
} from '../activities/llm/errors';
import { createOfflineProvider, defineOfflineHandler } from '../activities/llm/offline-provider';
import { createOpenAiProvider } from '../activities/llm/openai-provider';
import { chatStructured } from '../activities/llm/structured';
import type { ChatRequest, LlmProvider, ToolSpec } from '../activities/llm/types';
import { startFakeAnthropicServer } from './support/fake-anthropic-server';
import type { FakeAnthropicServer } from './support/fake-anthropic-server';
import { startFakeOpenAiServer } from './support/fake-openai-server';
import type { FakeOpenAiServer } from './support/fake-openai-server';

const OPENAI_KEY = 'sk-test-openai';
const ANTHROPIC_KEY = 'sk-ant-test';

const trackingTool: ToolSpec = {
  name: 'get_tracking',
  description: 'Look up the tracking of an order.',
  parameters: { type: 'object', properties: { orderId: { type: 'string' } }, required: ['orderId'] },
};

const verdictSchema = z.object({
  verdict: z.enum(['pass', 'revise', 'escalate']),
  reasons: z.array(z.string()),
});

function request(overrides: Partial<ChatRequest> = {}): ChatRequest {
  return {
    role: 'specialist',
    model: 'test-model',
    system: 'You are a support agent.',
    messages: [{ role: 'user', content: 'Where is my box?' }],
    ...overrides,
  };
}

function lastBody(server: { requests: Array<{ body: unknown }> }): Record<string, unknown> {
  return server.requests.at(-1)?.body as Record<string, unknown>;
}

void describe('OpenAI provider through the openai SDK', () => {
  let fake: FakeOpenAiServer;
  let provider: LlmProvider;

  before(async () => {
    fake = await startFakeOpenAiServer({ apiKey: OPENAI_KEY });
    provider = createOpenAiProvider({ apiKey: OPENAI_KEY, baseUrl: fake.baseUrl, timeoutMs: 5000 });
  });
  after(() => fake.close());

  void test('sends the system prompt and user turn, authenticates with a Bearer key and maps the answer', async () => {
    fake.enqueue({ kind: 'message', content: 'Your box ships tomorrow.', model: 'gpt-4.1-mini-2025-04-14' });
    const response = await provider.chat(request({ model: 'gpt-4.1-mini', maxTokens: 300 }));

    assert.equal(response.provider, 'openai');
    assert.equal(response.model, 'gpt-4.1-mini-2025-04-14');
    assert.equal(response.text, 'Your box ships tomorrow.');
    assert.equal(response.stopReason, 'end');
    assert.deepEqual(response.toolCalls, []);
    const sent = fake.requests.at(-1);
    assert.equal(sent?.headers.authorization, `Bearer ${OPENAI_KEY}`);
    assert.deepEqual(sent?.body, {
      model: 'gpt-4.1-mini',
      max_completion_tokens: 300,
      messages: [
        { role: 'system', content: 'You are a support agent.' },
        { role: 'user', content: 'Where is my box?' },
      ],
    });
  });

  void test('round-trips a tool call: definitions out, tool call in, tool result out, final answer in', async () => {
    fake.enqueue(
      {
        kind: 'message',
        toolCalls: [{ id: 'call_1', name: 'get_tracking', arguments: { orderId: 'A-100' } }],
      },
      { kind: 'message', content: 'It is in transit.' },
    );
    const first = await provider.chat(request({ tools: [trackingTool] }));
    assert.equal(first.stopReason, 'tool_calls');
    assert.deepEqual(first.toolCalls, [
      { id: 'call_1', name: 'get_tracking', arguments: { orderId: 'A-100' } },
    ]);
    assert.deepEqual(lastBody(fake).tools, [
      {
        type: 'function',
        function: {
          name: 'get_tracking',
          description: trackingTool.description,
          parameters: trackingTool.parameters,
        },
      },
    ]);

    const second = await provider.chat(
      request({
        tools: [trackingTool],
        messages: [
          { role: 'user', content: 'Where is my box?' },
          { role: 'assistant', content: first.text, toolCalls: first.toolCalls },
          { role: 'tool', toolCallId: 'call_1', name: 'get_tracking', content: '{"status":"in_transit"}' },
        ],
      }),
    );
    assert.equal(second.text, 'It is in transit.');
    const messages = lastBody(fake).messages as unknown[];
    assert.deepEqual(messages.slice(2), [
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            id: 'call_1',
            type: 'function',
            function: { name: 'get_tracking', arguments: '{"orderId":"A-100"}' },
          },
        ],
      },
      { role: 'tool', tool_call_id: 'call_1', content: '{"status":"in_transit"}' },
    ]);
  });

  void test('asks for a strict json_schema response and validates it with zod', async () => {
    fake.enqueue({ kind: 'message', content: '{"verdict":"pass","reasons":["accurate"]}' });
    const { value } = await chatStructured(provider, request({ role: 'qa' }), verdictSchema);
    assert.deepEqual(value, { verdict: 'pass', reasons: ['accurate'] });
    const format = lastBody(fake).response_format as { type: string; json_schema: Record<string, unknown> };
    assert.equal(format.type, 'json_schema');
    assert.equal(format.json_schema.name, 'qa_output');
    assert.equal(format.json_schema.strict, true);
    assert.equal((format.json_schema.schema as { type: string }).type, 'object');
    assert.equal('$schema' in (format.json_schema.schema as object), false);
  });

  void test('tolerates a ```json fence around structured output', async () => {
    fake.enqueue({ kind: 'message', content: '```json\n{"verdict":"revise","reasons":[]}\n```' });
    const { value } = await chatStructured(provider, request(), verdictSchema);
    assert.equal(value.verdict, 'revise');
  });

  void test('structured output that breaks the schema is an LlmOutputInvalidError with the issues', async () => {
    fake.enqueue({ kind: 'message', content: '{"verdict":"maybe"}' });
    await assert.rejects(chatStructured(provider, request(), verdictSchema), (error: unknown) => {
      assert.ok(error instanceof LlmOutputInvalidError);
      assert.equal(error.type, 'LlmOutputInvalid');
      assert.ok(error.issues.length >= 2);
      return true;
    });
  });

  void test('maps usage including cached prompt tokens', async () => {
    fake.enqueue({
      kind: 'message',
      content: 'ok',
      usage: { promptTokens: 1500, completionTokens: 40, cachedTokens: 1024 },
    });
    const response = await provider.chat(request());
    assert.deepEqual(response.usage, { inputTokens: 1500, outputTokens: 40, cachedInputTokens: 1024 });
    assert.ok(response.latencyMs >= 0);
  });

  void test('429 becomes LlmRateLimitedError with retry-after, and the SDK does not retry by itself', async () => {
    const before = fake.requests.length;
    fake.enqueue({ kind: 'error', status: 429, message: 'Rate limit reached', retryAfter: '7' });
    await assert.rejects(provider.chat(request()), (error: unknown) => {
      assert.ok(error instanceof LlmRateLimitedError);
      assert.equal(error.type, 'LlmRateLimited');
      assert.equal(error.retryAfterMs, 7000);
      return true;
    });
    assert.equal(fake.requests.length, before + 1);
  });

  void test('500 becomes LlmUnavailableError', async () => {
    fake.enqueue({ kind: 'error', status: 500, message: 'The server had an error' });
    await assert.rejects(provider.chat(request()), LlmUnavailableError);
  });

  void test('a wrong key (401) becomes the non-retryable LlmBadRequestError', async () => {
    const wrongKey = createOpenAiProvider({ apiKey: 'sk-wrong', baseUrl: fake.baseUrl, timeoutMs: 5000 });
    await assert.rejects(wrongKey.chat(request()), (error: unknown) => {
      assert.ok(error instanceof LlmBadRequestError);
      assert.equal(error.status, 401);
      assert.equal(error.retryable, false);
      return true;
    });
  });

  void test('an unreachable server becomes LlmUnavailableError', async () => {
    const closed = await startFakeOpenAiServer();
    await closed.close();
    const unreachable = createOpenAiProvider({
      apiKey: OPENAI_KEY,
      baseUrl: closed.baseUrl,
      timeoutMs: 2000,
    });
    await assert.rejects(unreachable.chat(request()), LlmUnavailableError);
  });
});

void describe('Anthropic provider through the @anthropic-ai/sdk SDK', () => {
  let fake: FakeAnthropicServer;
  let provider: LlmProvider;

  before(async () => {
    fake = await startFakeAnthropicServer({ apiKey: ANTHROPIC_KEY });
    provider = createAnthropicProvider({ apiKey: ANTHROPIC_KEY, baseUrl: fake.url, timeoutMs: 5000 });
  });
  after(() => fake.close());

  void test('sends the versioned, authenticated Messages request and maps the answer', async () => {
    fake.enqueue({ kind: 'message', content: [{ type: 'text', text: 'Your box ships tomorrow.' }] });
    const response = await provider.chat(request({ model: 'claude-sonnet-4-6' }));

    assert.equal(response.provider, 'anthropic');
    assert.equal(response.model, 'claude-sonnet-4-6');
    assert.equal(response.text, 'Your box ships tomorrow.');
    assert.equal(response.stopReason, 'end');
    const sent = fake.requests.at(-1);
    assert.ok(sent?.headers['anthropic-version']);
    assert.equal(sent?.headers.authorization, `Bearer ${ANTHROPIC_KEY}`);
    assert.deepEqual(sent?.body, {
      model: 'claude-sonnet-4-6',
      max_tokens: 2048,
      system: 'You are a support agent.',
      messages: [{ role: 'user', content: 'Where is my box?' }],
    });
  });

  void test('round-trips a tool call as tool_use and tool_result blocks', async () => {
    fake.enqueue(
      {
        kind: 'message',
        content: [
          { type: 'text', text: 'Let me check.' },
          { type: 'tool_use', id: 'toolu_1', name: 'get_tracking', input: { orderId: 'A-100' } },
        ],
      },
      { kind: 'message', content: [{ type: 'text', text: 'It is in transit.' }] },
    );
    const first = await provider.chat(request({ tools: [trackingTool] }));
    assert.equal(first.stopReason, 'tool_calls');
    assert.equal(first.text, 'Let me check.');
    assert.deepEqual(first.toolCalls, [
      { id: 'toolu_1', name: 'get_tracking', arguments: { orderId: 'A-100' } },
    ]);
    assert.deepEqual(lastBody(fake).tools, [
      { name: 'get_tracking', description: trackingTool.description, input_schema: trackingTool.parameters },
    ]);

    const second = await provider.chat(
      request({
        tools: [trackingTool],
        messages: [
          { role: 'user', content: 'Where is my box?' },
          { role: 'assistant', content: first.text, toolCalls: first.toolCalls },
          { role: 'tool', toolCallId: 'toolu_1', name: 'get_tracking', content: '{"status":"in_transit"}' },
        ],
      }),
    );
    assert.equal(second.text, 'It is in transit.');
    assert.deepEqual((lastBody(fake).messages as unknown[]).slice(1), [
      {
        role: 'assistant',
        content: [
          { type: 'text', text: 'Let me check.' },
          { type: 'tool_use', id: 'toolu_1', name: 'get_tracking', input: { orderId: 'A-100' } },
        ],
      },
      {
        role: 'user',
        content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: '{"status":"in_transit"}' }],
      },
    ]);
  });

  void test('structured output is a forced tool call whose input is validated by zod', async () => {
    fake.enqueue({
      kind: 'message',
      content: [{ type: 'tool_use', name: 'qa_output', input: { verdict: 'escalate', reasons: ['policy'] } }],
    });
    const { value, response } = await chatStructured(provider, request({ role: 'qa' }), verdictSchema);
    assert.deepEqual(value, { verdict: 'escalate', reasons: ['policy'] });
    assert.equal(response.stopReason, 'end');
    assert.deepEqual(response.toolCalls, []);
    const body = lastBody(fake);
    assert.deepEqual(body.tool_choice, { type: 'tool', name: 'qa_output' });
    const tools = body.tools as Array<{ name: string; input_schema: { type: string } }>;
    assert.equal(tools[0]?.name, 'qa_output');
    assert.equal(tools[0]?.input_schema.type, 'object');
  });

  void test('an invalid forced tool input is an LlmOutputInvalidError', async () => {
    fake.enqueue({
      kind: 'message',
      content: [{ type: 'tool_use', name: 'qa_output', input: { verdict: 42 } }],
    });
    await assert.rejects(
      chatStructured(provider, request({ role: 'qa' }), verdictSchema),
      LlmOutputInvalidError,
    );
  });

  void test('marks the system prompt cacheable, enables extended thinking and counts cache reads', async () => {
    fake.enqueue({
      kind: 'message',
      content: [
        { type: 'thinking', thinking: 'The customer wants to cancel; offer a pause.', signature: 'sig-1' },
        { type: 'text', text: 'Would a pause help?' },
      ],
      usage: { inputTokens: 100, outputTokens: 60, cacheReadInputTokens: 900, cacheCreationInputTokens: 0 },
    });
    const response = await provider.chat(
      request({ cacheSystemPrompt: true, thinkingBudgetTokens: 2048, maxTokens: 1000, temperature: 0.2 }),
    );
    const body = lastBody(fake);
    assert.deepEqual(body.system, [
      { type: 'text', text: 'You are a support agent.', cache_control: { type: 'ephemeral' } },
    ]);
    assert.deepEqual(body.thinking, { type: 'enabled', budget_tokens: 2048 });
    assert.equal(body.max_tokens, 3048);
    assert.equal('temperature' in body, false);
    assert.equal(response.text, 'Would a pause help?');
    assert.deepEqual(response.usage, { inputTokens: 1000, outputTokens: 60, cachedInputTokens: 900 });
    assert.deepEqual(response.thinking, [
      { type: 'thinking', thinking: 'The customer wants to cancel; offer a pause.', signature: 'sig-1' },
    ]);
  });

  void test('replays thinking blocks before the tool_use on the next turn', async () => {
    fake.enqueue({ kind: 'message', content: [{ type: 'text', text: 'Done.' }] });
    await provider.chat(
      request({
        thinkingBudgetTokens: 1024,
        tools: [trackingTool],
        messages: [
          { role: 'user', content: 'Where is my box?' },
          {
            role: 'assistant',
            content: '',
            thinking: [{ type: 'thinking', thinking: 'Check tracking.', signature: 'sig-2' }],
            toolCalls: [{ id: 'toolu_2', name: 'get_tracking', arguments: { orderId: 'A-1' } }],
          },
          { role: 'tool', toolCallId: 'toolu_2', name: 'get_tracking', content: 'delivered' },
        ],
      }),
    );
    const assistant = (lastBody(fake).messages as Array<{ content: unknown }>)[1];
    assert.deepEqual(assistant?.content, [
      { type: 'thinking', thinking: 'Check tracking.', signature: 'sig-2' },
      { type: 'tool_use', id: 'toolu_2', name: 'get_tracking', input: { orderId: 'A-1' } },
    ]);
  });

  void test('429 becomes LlmRateLimitedError with retry-after', async () => {
    fake.enqueue({
      kind: 'error',
      status: 429,
      message: 'Number of request tokens has exceeded your rate limit',
      retryAfter: '3',
    });
    await assert.rejects(provider.chat(request()), (error: unknown) => {
      assert.ok(error instanceof LlmRateLimitedError);
      assert.equal(error.retryAfterMs, 3000);
      return true;
    });
  });

  void test('500 and 529 overloaded become LlmUnavailableError', async () => {
    fake.enqueue({ kind: 'error', status: 500 }, { kind: 'error', status: 529, message: 'Overloaded' });
    await assert.rejects(provider.chat(request()), LlmUnavailableError);
    await assert.rejects(provider.chat(request()), (error: unknown) => {
      assert.ok(error instanceof LlmUnavailableError);
      assert.equal(error.status, 529);
      return true;
    });
  });

  void test('a wrong key (401) becomes LlmBadRequestError', async () => {
    const wrongKey = createAnthropicProvider({ apiKey: 'sk-ant-wrong', baseUrl: fake.url, timeoutMs: 5000 });
    await assert.rejects(wrongKey.chat(request()), (error: unknown) => {
      assert.ok(error instanceof LlmBadRequestError);
      assert.equal(error.status, 401);
      return true;
    });
  });
});

void describe('offline provider', () => {
  const provider = createOfflineProvider({
    'qa.review': defineOfflineHandler(z.object({ draft: z.string() }), ({ draft }) => ({
      json: { verdict: draft.includes('refund') ? 'escalate' : 'pass', reasons: [] },
    })),
    'specialist.shipping': () => ({
      toolCalls: [{ id: 'offline-1', name: 'get_tracking', arguments: { orderId: 'A-1' } }],
    }),
  });

  void test('dispatches on the task kind and serializes json for structured output', async () => {
    const { value, response } = await chatStructured(
      provider,
      request({
        role: 'qa',
        model: 'kesher-offline-1',
        task: { kind: 'qa.review', input: { draft: 'We will refund you.' } },
      }),
      verdictSchema,
    );
    assert.deepEqual(value, { verdict: 'escalate', reasons: [] });
    assert.equal(response.provider, 'offline');
    assert.equal(response.model, 'kesher-offline-1');
    assert.ok(response.usage.inputTokens > 0 && response.usage.outputTokens > 0);
  });

  void test('returns tool calls from a handler', async () => {
    const response = await provider.chat(request({ task: { kind: 'specialist.shipping', input: {} } }));
    assert.equal(response.stopReason, 'tool_calls');
    assert.equal(response.toolCalls[0]?.name, 'get_tracking');
  });

  void test('ships a polite reply.basic acknowledgement', async () => {
    const response = await provider.chat(
      request({
        task: {
          kind: 'reply.basic',
          input: { customerMessage: 'Where is my box?', customerName: 'Dana Levi' },
        },
      }),
    );
    assert.match(response.text, /^Hi Dana,/);
    assert.match(response.text, /thank you/i);
  });

  void test('an unknown task kind, or none, is a clear LlmBadRequestError', async () => {
    await assert.rejects(provider.chat(request({ task: { kind: 'nope', input: {} } })), (error: unknown) => {
      assert.ok(error instanceof LlmBadRequestError);
      assert.match(error.message, /no handler for task kind "nope"/);
      assert.match(error.message, /reply\.basic/);
      return true;
    });
    await assert.rejects(provider.chat(request()), LlmBadRequestError);
  });

  void test('a typed handler rejects input that does not match its schema', async () => {
    await assert.rejects(
      provider.chat(request({ task: { kind: 'qa.review', input: { draft: 3 } } })),
      LlmBadRequestError,
    );
  });
});

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ApplicationFailure } from '@temporalio/common';
import { z } from 'zod';
import type { AppConfig, LlmRole, ModelRef } from '../config/config';
import { LLM_ROLES } from '../config/config';
import { toApplicationFailure } from '../activities/llm/application-failure';
import {
  LlmAllProvidersFailedError,
  LlmRateLimitedError,
  LlmUnavailableError,
} from '../activities/llm/errors';
import { chatStructuredWithFallback, chatWithFallback } from '../activities/llm/fallback';
import type { AttemptInfo } from '../activities/llm/fallback';
import { costUsd } from '../activities/llm/pricing';
import { createLlmRegistry } from '../activities/llm/registry';
import { startFakeAnthropicServer } from './support/fake-anthropic-server';
import type { FakeAnthropicServer } from './support/fake-anthropic-server';
import { startFakeOpenAiServer } from './support/fake-openai-server';
import type { FakeOpenAiServer } from './support/fake-openai-server';

const OFFLINE: ModelRef = { provider: 'offline', model: 'kesher-offline-1' };

function llmConfig(overrides: Partial<AppConfig['llm']> & { roleModel?: ModelRef } = {}): AppConfig['llm'] {
  const { roleModel = { provider: 'openai', model: 'gpt-4.1-mini' }, ...rest } = overrides;
  return {
    openai: { apiKey: undefined, baseUrl: undefined },
    anthropic: { apiKey: undefined, baseUrl: undefined },
    roles: Object.fromEntries(LLM_ROLES.map((role) => [role, roleModel])) as Record<LlmRole, ModelRef>,
    fallback: OFFLINE,
    timeoutMs: 5000,
    attemptsPerProvider: 3,
    modelSteps: 'remote',
    offlineWarmUp: false,
    ...rest,
  };
}

const request = {
  system: 'You are a support agent.',
  messages: [{ role: 'user' as const, content: 'Where is my box?' }],
};

void describe('fallback chain', () => {
  let openai: FakeOpenAiServer;
  let anthropic: FakeAnthropicServer;
  let config: AppConfig['llm'];

  before(async () => {
    openai = await startFakeOpenAiServer({ apiKey: 'sk-openai' });
    anthropic = await startFakeAnthropicServer({ apiKey: 'sk-ant' });
    config = llmConfig({
      openai: { apiKey: 'sk-openai', baseUrl: openai.baseUrl },
      anthropic: { apiKey: 'sk-ant', baseUrl: anthropic.url },
    });
  });
  after(async () => {
    await openai.close();
    await anthropic.close();
  });

  void test('a role falls back to the other network provider, then to the configured offline model', () => {
    const registry = createLlmRegistry(config, { offlineHandlers: {} });
    assert.deepEqual(registry.forRole('specialist'), {
      primary: { provider: 'openai', model: 'gpt-4.1-mini' },
      fallbacks: [{ provider: 'anthropic', model: 'claude-sonnet-4-6' }, OFFLINE],
    });
  });

  void test('providers without a key are never constructed nor chosen', () => {
    const registry = createLlmRegistry(
      llmConfig({ anthropic: { apiKey: 'sk-ant', baseUrl: anthropic.url } }),
      {
        offlineHandlers: {},
      },
    );
    assert.equal(registry.has('openai'), false);
    assert.throws(() => registry.provider('openai'), /not configured/);
    assert.deepEqual(registry.forRole('router'), {
      primary: { provider: 'anthropic', model: 'claude-sonnet-4-6' },
      fallbacks: [OFFLINE],
    });
    const offlineOnly = createLlmRegistry(llmConfig({ roleModel: OFFLINE }), { offlineHandlers: {} });
    assert.deepEqual(offlineOnly.forRole('qa'), { primary: OFFLINE, fallbacks: [] });
  });

  void test('primary failing with 500: retried by Temporal for N attempts, then the Anthropic fake answers', async () => {
    openai.setDefault({ kind: 'error', status: 500, message: 'The server had an error' });
    anthropic.setDefault({ kind: 'message', content: [{ type: 'text', text: 'Answer from Claude.' }] });
    const registry = createLlmRegistry(config, { offlineHandlers: {} });
    const attempts: AttemptInfo[] = [];
    const options = { maxAttemptsPerProvider: 2, onAttempt: (info: AttemptInfo) => attempts.push(info) };
    const openaiBefore = openai.requests.length;

    // Attempt 1: the primary fails with a retryable error, which goes back to Temporal to retry with backoff.
    await assert.rejects(
      chatWithFallback(registry, 'specialist', request, { ...options, attempt: 1 }),
      LlmUnavailableError,
    );
    // Attempt 2 is the primary's last: it fails again and the next provider answers at once.
    const answered = await chatWithFallback(registry, 'specialist', request, { ...options, attempt: 2 });
    assert.equal(answered.provider, 'anthropic');
    assert.equal(answered.model, 'claude-sonnet-4-6');
    assert.equal(answered.fallbackFrom, 'openai:gpt-4.1-mini');
    assert.equal(answered.result.text, 'Answer from Claude.');
    assert.equal(openai.requests.length, openaiBefore + 2);
    assert.deepEqual(
      attempts.map((a) => [a.attempt, a.provider, a.outcome, a.errorType]),
      [
        [1, 'openai', 'error', 'LlmUnavailable'],
        [2, 'openai', 'error', 'LlmUnavailable'],
        [2, 'anthropic', 'ok', undefined],
      ],
    );

    // Attempt 3 starts on the fallback without touching the primary.
    const third = await chatWithFallback(registry, 'specialist', request, { ...options, attempt: 3 });
    assert.equal(third.provider, 'anthropic');
    assert.equal(openai.requests.length, openaiBefore + 2);
  });

  void test('the offline model answers when both network providers are down', async () => {
    openai.setDefault({ kind: 'error', status: 503 });
    anthropic.setDefault({ kind: 'error', status: 529, message: 'Overloaded' });
    const registry = createLlmRegistry(config, { offlineHandlers: {} });
    const answered = await chatWithFallback(
      registry,
      'specialist',
      {
        ...request,
        task: { kind: 'reply.basic', input: { customerMessage: 'Where is my box?', customerName: 'Dana' } },
      },
      { attempt: 2, maxAttemptsPerProvider: 1 },
    );
    assert.equal(answered.provider, 'offline');
    assert.equal(answered.fallbackFrom, 'openai:gpt-4.1-mini');
    assert.match(answered.result.text, /^Hi Dana,/);
  });

  void test('when every provider fails: LlmAllProvidersFailedError, non-retryable, listing each failure', async () => {
    openai.setDefault({ kind: 'error', status: 500 });
    anthropic.setDefault({ kind: 'error', status: 529, message: 'Overloaded' });
    const registry = createLlmRegistry(config, { offlineHandlers: {} });
    // No task: the offline model cannot stand in either.
    await assert.rejects(
      chatWithFallback(registry, 'specialist', request, { attempt: 2, maxAttemptsPerProvider: 1 }),
      (error: unknown) => {
        assert.ok(error instanceof LlmAllProvidersFailedError);
        assert.equal(error.type, 'LlmAllProvidersFailed');
        assert.equal(error.retryable, false);
        assert.deepEqual(
          error.failures.map((f) => [f.provider, f.type]),
          [
            ['anthropic', 'LlmUnavailable'],
            ['offline', 'LlmBadRequest'],
          ],
        );
        return true;
      },
    );
    await assert.rejects(
      chatWithFallback(registry, 'specialist', request, { attempt: 10 }), // 3 providers x 3 attempts each
      LlmAllProvidersFailedError,
    );
  });

  void test('structured output that fails validation moves on to the next provider within the attempt', async () => {
    openai.enqueue({ kind: 'message', content: '{"category":"nonsense"}' });
    anthropic.enqueue({
      kind: 'message',
      content: [{ type: 'tool_use', name: 'router_output', input: { category: 'billing' } }],
    });
    const registry = createLlmRegistry(config, { offlineHandlers: {} });
    const answered = await chatStructuredWithFallback(
      registry,
      'router',
      request,
      z.object({ category: z.enum(['billing', 'shipping']) }),
      { attempt: 1, maxAttemptsPerProvider: 3 },
    );
    assert.equal(answered.provider, 'anthropic');
    assert.deepEqual(answered.result.value, { category: 'billing' });
  });
});

void describe('Temporal failure mapping', () => {
  void test('a rate limit is retryable and carries retry-after as the next retry delay', () => {
    const failure = toApplicationFailure(new LlmRateLimitedError('slow down', { retryAfterMs: 7000 }));
    assert.ok(failure instanceof ApplicationFailure);
    assert.equal(failure.type, 'LlmRateLimited');
    assert.equal(failure.nonRetryable, false);
    assert.equal(failure.nextRetryDelay, 7000);
  });

  void test('all providers failing is non-retryable; other errors pass through', () => {
    const failure = toApplicationFailure(new LlmAllProvidersFailedError('down', { failures: [] }));
    assert.ok(failure instanceof ApplicationFailure);
    assert.equal(failure.type, 'LlmAllProvidersFailed');
    assert.equal(failure.nonRetryable, true);
    const other = new Error('boom');
    assert.equal(toApplicationFailure(other), other);
  });
});

void describe('costUsd', () => {
  void test('bills uncached input, cached input and output at their own rates', () => {
    // gpt-4.1-mini: $0.40 in, $0.10 cached, $1.60 out per 1M tokens.
    const usage = { inputTokens: 1000, cachedInputTokens: 800, outputTokens: 50 };
    assert.deepEqual(costUsd('openai', 'gpt-4.1-mini', usage), { cost: 0.00024, known: true });
    // claude-sonnet-4-5: $3 in, $0.30 cached, $15 out; a dated snapshot uses its alias's price.
    const million = { inputTokens: 1_000_000, cachedInputTokens: 0, outputTokens: 1_000_000 };
    assert.deepEqual(costUsd('anthropic', 'claude-sonnet-4-5-20250929', million), { cost: 18, known: true });
  });

  void test('offline is free, unknown models cost 0 and are flagged, overrides win', () => {
    const usage = { inputTokens: 1_000_000, cachedInputTokens: 0, outputTokens: 0 };
    assert.deepEqual(costUsd('offline', 'kesher-offline-1', usage), { cost: 0, known: true });
    assert.deepEqual(costUsd('openai', 'my-local-llama', usage), { cost: 0, known: false });
    const overrides = { 'openai:my-local-llama': { input: 0.2, cachedInput: 0.1, output: 0.2 } };
    assert.deepEqual(costUsd('openai', 'my-local-llama', usage, overrides), { cost: 0.2, known: true });
  });
});

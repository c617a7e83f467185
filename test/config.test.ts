import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { DEMO_DATA_DAY, loadConfig } from '../config/config';
import { ConfigError, envSchema } from '../config/env';

const root = fileURLToPath(new URL('..', import.meta.url));

function exampleEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of readFileSync(new URL('../.env.example', import.meta.url), 'utf8').split('\n')) {
    const match = /^([A-Z0-9_]+)=(.*)$/.exec(line);
    if (match) env[match[1]!] = match[2]!;
  }
  return env;
}

describe('configuration', () => {
  test('.env.example documents every variable, and its defaults parse', () => {
    const documented = Object.keys(exampleEnv()).sort();
    assert.deepEqual(documented, Object.keys(envSchema.shape).sort());
    const config = loadConfig(exampleEnv());
    assert.equal(config.http.port, 3000);
    assert.equal(config.database.url, undefined);
    assert.equal(config.temporal.address, undefined);
    assert.deepEqual(config.llm.roles.router, { provider: 'offline', model: 'kesher-offline-1' });
  });

  test('a key selects that provider for every role unless a role names its own', () => {
    const config = loadConfig({ ANTHROPIC_API_KEY: 'k', LLM_QA: 'openai:gpt-4.1' });
    assert.equal(config.llm.roles.specialist.provider, 'anthropic');
    assert.deepEqual(config.llm.roles.qa, { provider: 'openai', model: 'gpt-4.1' });
  });

  test('the worker cache is sized by the heap unless WORKER_MAX_CACHED_WORKFLOWS says otherwise', () => {
    assert.equal(loadConfig({}).temporal.maxCachedWorkflows, undefined);
    assert.equal(loadConfig({ WORKER_MAX_CACHED_WORKFLOWS: '500' }).temporal.maxCachedWorkflows, 500);
    for (const bad of ['5', 'many', '2.5']) {
      assert.throws(
        () => loadConfig({ WORKER_MAX_CACHED_WORKFLOWS: bad }),
        (error: unknown) => error instanceof ConfigError && /WORKER_MAX_CACHED_WORKFLOWS/.test(error.message),
      );
    }
  });

  test('bad values are all named at once', () => {
    assert.throws(
      () =>
        loadConfig({
          PORT: 'abc',
          DATABASE_URL: 'mysql://x',
          LLM_QA: 'foo',
          ROLLOUT_SHARE: '150',
          CHATWOOT_TEAM_IDS: '[',
        }),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        const names = error.issues.map((issue) => issue.split(':')[0]);
        assert.deepEqual(names.sort(), [
          'CHATWOOT_TEAM_IDS',
          'DATABASE_URL',
          'LLM_QA',
          'PORT',
          'ROLLOUT_SHARE',
        ]);
        return true;
      },
    );
  });

  test('the calendar: the demo data’s day on the embedded database, the real date with DATABASE_URL', () => {
    const seed = JSON.parse(
      readFileSync(new URL('../fixtures/commerce-seed.json', import.meta.url), 'utf8'),
    ) as {
      meta: { today: string };
    };
    assert.equal(DEMO_DATA_DAY, seed.meta.today, 'the constant follows the demo data');
    assert.equal(loadConfig({}).calendar.today, DEMO_DATA_DAY);
    assert.equal(loadConfig({ DATABASE_URL: 'postgres://db/kesher' }).calendar.today, undefined);
    assert.equal(loadConfig({ KESHER_TODAY: 'real' }).calendar.today, undefined);
    assert.equal(
      loadConfig({ DATABASE_URL: 'postgres://db/kesher', KESHER_TODAY: '2027-02-01' }).calendar.today,
      '2027-02-01',
    );
    assert.throws(() => loadConfig({ KESHER_TODAY: 'tomorrow' }), /KESHER_TODAY/);
  });

  test('the process exits non-zero naming every bad variable', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'workers/main.ts'], {
      cwd: root,
      env: { ...process.env, PORT: 'seventy', CHATWOOT_BASE_URL: 'not a url', TEMPORAL_ADDRESS: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /PORT/);
    assert.match(result.stderr, /CHATWOOT_BASE_URL/);
  });
});

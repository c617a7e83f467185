/**
 * `npm run eval -- --corrections <file.jsonl> [--no-few-shot]`: human corrections seeded into the
 * evaluation, where the specialists get them as few-shot examples, and a run without them.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createLearningSources } from '../activities/learning/learning-sources';
import { runCli, type RunnerOptions } from '../scripts/eval';
import { parseEvalArgs } from '../scripts/eval/cli-args';
import { parseCorrections, readCorrections, seedCorrections } from '../scripts/eval/corrections-file';
import { DatasetError } from '../scripts/eval/dataset';
import { createTestDatabase, type TestDatabase } from './support/test-db';

const DEMO = new URL('../fixtures/corrections-demo.jsonl', import.meta.url).pathname;
const TODAY = '2026-11-23';

describe('corrections for an evaluation', () => {
  let testDb: TestDatabase;
  before(async () => {
    testDb = await createTestDatabase();
  });
  after(async () => {
    await testDb?.destroy();
  });

  test('the flags parse; few-shot is on unless --no-few-shot', () => {
    const on = parseEvalArgs(['--dataset', 'd.jsonl', '--corrections', 'c.jsonl']);
    assert.equal(on.corrections, 'c.jsonl');
    assert.equal(on.fewShot, true);
    const off = parseEvalArgs(['--dataset', 'd.jsonl', '--no-few-shot']);
    assert.equal(off.corrections, null);
    assert.equal(off.fewShot, false);
  });

  test('a malformed line is refused with its line number', () => {
    const good = JSON.stringify({
      category: 'gratitude',
      customer_message: 'Thanks!',
      ai_draft: 'You are welcome.',
      human_text: 'You are very welcome!',
      classification: 'tone',
      specific_issue: 'warmer',
    });
    assert.equal(parseCorrections(`${good}\n`, 'c.jsonl').length, 1);
    assert.throws(
      () => parseCorrections(`${good}\n\n${good.replace('"tone"', '"style"')}\n`, 'c.jsonl'),
      (error: unknown) => error instanceof DatasetError && /line 3/.test(error.message),
    );
    assert.throws(() => parseCorrections('{"category":', 'c.jsonl'), /line 1: not JSON/);
  });

  test('seeded corrections become the specialists’ few-shot examples, with their lessons', async () => {
    const corrections = await readCorrections(DEMO);
    assert.equal(corrections.length, 10);
    await seedCorrections(testDb.db, corrections, TODAY);
    const sources = createLearningSources(testDb.db, { today: () => TODAY });
    const tracking = await sources.fewShotFor('shipping_tracking');
    assert.equal(tracking.length, 2);
    // Best first (quality score), each with the customer's message and the lesson.
    assert.equal(tracking[0]!.customerMessage, "Hi, where is my box? It's been a while.");
    assert.match(tracking[0]!.lesson, /tracking number/);
    assert.match(tracking[0]!.humanReply, /RR482913577IL/);
    assert.deepEqual(await sources.fewShotFor('gratitude'), []);
  });

  test('the CLI hands the corrections and the few-shot switch to the pipeline and says so', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kesher-eval-corrections-'));
    try {
      const dataset = path.join(dir, 'd.jsonl');
      await writeFile(
        dataset,
        `${JSON.stringify({
          id: 'dev-001',
          channel: 'email',
          customer_email: null,
          language: 'en',
          message: 'Thanks!',
          category: 'gratitude',
          sentiment: 'positive',
          escalation_signal: false,
          expected_tool: null,
          expected_args: null,
          must_mention: [],
          must_not: [],
        })}\n`,
      );
      const seen: RunnerOptions[] = [];
      const out: string[] = [];
      const code = await runCli(['--dataset', dataset, '--corrections', DEMO, '--no-few-shot'], {
        out: (text) => out.push(text),
        err: () => undefined,
        createRunner: async (options) => {
          seen.push(options);
          return {
            runItem: async () => ({
              category: 'gratitude',
              language: 'en',
              sentiment: 'positive',
              escalationSignal: false,
              toolCalls: [],
              outcome: 'send',
              escalationReason: null,
              qaPassed: true,
              qaRounds: 1,
              reply: 'You are welcome!',
              latencyMs: 5,
            }),
            close: async () => undefined,
          };
        },
      });
      assert.equal(code, 0);
      assert.equal(seen[0]?.corrections.length, 10);
      assert.equal(seen[0]?.fewShot, false);
      assert.match(out.join('\n'), /few-shot: off; 10 corrections seeded from .*corrections-demo\.jsonl/);
      const missing = await runCli(['--dataset', dataset, '--corrections', path.join(dir, 'none.jsonl')], {
        out: () => undefined,
        err: () => undefined,
        createRunner: () => Promise.reject(new Error('must not start')),
      });
      assert.equal(missing, 2, 'an unreadable corrections file is a usage error, before the pipeline starts');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

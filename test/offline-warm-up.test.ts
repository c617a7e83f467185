import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { goldenMessages, warmOfflineModels } from '../activities/offline/warm-up';
import { classifyMessage } from '../activities/offline/router';
import { loadConfig } from '../config/config';

/**
 * The worker's warm-up runs the offline router and memory extractor over sample messages before it
 * takes work. It must read the golden set when there is one, do only the parts asked for, and
 * leave the models' answers exactly as they were.
 */
describe('offline warm-up', () => {
  test('reads every message of the golden set, and nothing from a file that is not there', async () => {
    const messages = await goldenMessages('fixtures/golden-dev.jsonl');
    assert.equal(messages.length, 140);
    assert.ok(messages.every((message) => typeof message === 'string' && message.length > 0));
    assert.deepEqual(await goldenMessages('fixtures/no-such-file.jsonl'), []);
  });

  test('runs the parts asked for and changes no answer', async () => {
    const samples = ['Where is my November box?', 'אפשר לדלג על החודש הבא?', 'Je déteste la coriandre.'];
    const before = samples.map((text) => classifyMessage(text, {}));
    const none = warmOfflineModels({ router: false, memory: false }, samples);
    assert.ok(none.routerMs < 5 && none.memoryMs < 5, 'nothing ran');
    const timings = warmOfflineModels(
      { router: true, memory: true },
      await goldenMessages('fixtures/golden-dev.jsonl'),
    );
    assert.ok(timings.routerMs > 0 && timings.memoryMs > 0);
    assert.deepEqual(
      samples.map((text) => classifyMessage(text, {})),
      before,
    );
  });

  test('is on by default and OFFLINE_WARMUP=false turns it off', () => {
    const base = { DATABASE_URL: 'postgres://x@127.0.0.1/x' };
    assert.equal(loadConfig(base).llm.offlineWarmUp, true);
    assert.equal(loadConfig({ ...base, OFFLINE_WARMUP: 'false' }).llm.offlineWarmUp, false);
  });
});

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { Worker } from '@temporalio/worker';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { workflowBundle } from './support/workflow-bundle';

const DIR = new URL('./histories/', import.meta.url);

describe('recorded conversation histories replay on the current workflow code', () => {
  test('every history in test/histories replays without nondeterminism', async () => {
    const files = readdirSync(DIR).filter((name) => name.endsWith('.json'));
    assert.ok(files.length >= 2, 'histories are recorded (scripts/record-histories.ts)');
    const histories = files.map((name) => ({
      workflowId: name.replace(/\.json$/, ''),
      history: historyFromJSON(JSON.parse(readFileSync(new URL(name, DIR), 'utf8'))),
    }));
    const results = Worker.runReplayHistories({ workflowBundle: await workflowBundle() }, histories);
    const failures: string[] = [];
    let replayed = 0;
    for await (const result of results) {
      replayed += 1;
      if (result.error) failures.push(`${result.workflowId}: ${result.error.message}`);
    }
    assert.equal(replayed, files.length);
    assert.deepEqual(failures, []);
  });
});

/**
 * The worker's workflow cache: a cached conversation takes about 1.7 MB of heap, so the cache is
 * sized from the heap limit (the SDK's default) unless WORKER_MAX_CACHED_WORKFLOWS sets it.
 */
import assert from 'node:assert/strict';
import { getHeapStatistics } from 'node:v8';
import { after, before, describe, test } from 'node:test';
import { NativeConnection } from '@temporalio/worker';
import type { createActivities } from '../activities/create-activities';
import { createKesherWorker } from '../workers/worker';
import { temporalAddress } from './support/kesher-harness';
import { workflowBundle } from './support/workflow-bundle';

describe('the worker’s workflow cache', () => {
  let connection: NativeConnection;
  before(async () => {
    connection = await NativeConnection.connect({ address: temporalAddress() });
  });
  after(async () => {
    await connection?.close();
  });

  const workerWith = async (maxCachedWorkflows: number | undefined) =>
    createKesherWorker({
      connection,
      namespace: 'default',
      taskQueue: `cache-${maxCachedWorkflows ?? 'default'}`,
      // The cache's size does not depend on the activities; none run here.
      activities: {} as ReturnType<typeof createActivities>,
      workflowBundle: await workflowBundle(),
      ...(maxCachedWorkflows ? { maxCachedWorkflows } : {}),
    });

  test('unset, it holds what the heap allows at about 1.7 MB a conversation', async () => {
    const worker = await workerWith(undefined);
    await worker.runUntil(Promise.resolve());
    const heapMiB = getHeapStatistics().heap_size_limit / 1024 / 1024;
    const expected = Math.max(Math.floor((Math.max(heapMiB - 200, 0) * 600) / 1024), 10);
    assert.equal(worker.options.maxCachedWorkflows, expected);
    assert.ok(expected * 1.7 < heapMiB, `${expected} conversations fit in a ${Math.round(heapMiB)} MiB heap`);
  });

  test('WORKER_MAX_CACHED_WORKFLOWS sets it', async () => {
    const worker = await workerWith(500);
    await worker.runUntil(Promise.resolve());
    assert.equal(worker.options.maxCachedWorkflows, 500);
  });
});

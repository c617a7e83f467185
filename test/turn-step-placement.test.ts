import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { temporal } from '@temporalio/proto';
import { loadConfig } from '../config/config';
import { conversationViewQuery } from '../workflows/messages';
import { eventually, startHarness, type Harness } from './support/kesher-harness';
import { customerMessage, postWebhook } from './support/webhooks';

/**
 * Where a turn's steps run, read from the workflow history: local activities leave a marker with
 * the activity's type, regular ones an ActivityTaskScheduled event. The database steps and tool
 * reads are local; the model steps follow MODEL_STEPS; the reply to Chatwoot is always regular.
 */

const MATEO = 'mateo.rodriguez@example.org';
const QUESTION = 'hola, ¿dónde está mi caja de noviembre? ¿cuándo llega a Guadalajara?';
type HistoryEvent = temporal.api.history.v1.IHistoryEvent;

let offline: Harness;
let remote: Harness;
let nextConversation = 87_000;
let nextMessage = 8_700_000;

before(async () => {
  const env = { CATEGORY_THRESHOLDS: '{"shipping_tracking":0.5}' };
  offline = await startHarness({ env });
  remote = await startHarness({ env: { ...env, MODEL_STEPS: 'remote' } });
});
after(async () => {
  await offline?.close();
  await remote?.close();
});

/**
 * Sends one customer message and returns the run's history once the reply reached Chatwoot;
 * `conversationId` continues a conversation, whose `turn`-th reply this then waits for.
 */
async function oneTurn(
  target: Harness,
  conversationId = nextConversation++,
  turn = 1,
): Promise<HistoryEvent[]> {
  const response = await postWebhook(
    target.url,
    customerMessage({ conversationId, messageId: nextMessage++, content: QUESTION, email: MATEO }),
    { deliveryId: randomUUID() },
  );
  assert.equal(response.status, 200);
  await eventually(
    () =>
      target.chatwoot.messages(1, conversationId).filter((m) => m.message_type === 1 && !m.private).length >=
        turn || undefined,
    45_000,
    `reply ${turn}`,
  );
  const handle = target.system.client.workflow.getHandle(`conversation-1-${conversationId}`);
  // The reply is posted before the turn's last steps are recorded: wait for the turn to finish.
  await eventually(
    async () => (await handle.query(conversationViewQuery)).busy === false || undefined,
    20_000,
    'the turn to end',
  );
  const history = await handle.fetchHistory();
  return history.events ?? [];
}

const scheduled = (events: HistoryEvent[]): string[] =>
  events.flatMap((e) => e.activityTaskScheduledEventAttributes?.activityType?.name ?? []);

/** The activity types of the history's local-activity markers (their `data` payload names it). */
const localTypes = (events: HistoryEvent[]): string[] =>
  events.flatMap((e) => {
    const marker = e.markerRecordedEventAttributes;
    if (marker?.markerName !== 'core_local_activity') return [];
    const payload = marker.details?.data?.payloads?.[0]?.data;
    if (!payload) return [];
    const data = JSON.parse(Buffer.from(payload).toString('utf8')) as {
      activity_type?: string;
      activityType?: string;
    };
    const type = data.activity_type ?? data.activityType;
    return type ? [type] : [];
  });

describe('where a turn runs its steps', () => {
  test('MODEL_STEPS=auto is local with the offline model and remote with a provider across the network', () => {
    const base = { DATABASE_URL: 'postgres://x@127.0.0.1/x' };
    assert.equal(loadConfig(base).llm.modelSteps, 'local');
    assert.equal(loadConfig({ ...base, OPENAI_API_KEY: 'sk-test' }).llm.modelSteps, 'remote');
    assert.equal(loadConfig({ ...base, LLM_QA: 'anthropic:claude-sonnet-4-6' }).llm.modelSteps, 'remote');
    assert.equal(
      loadConfig({ ...base, OPENAI_API_KEY: 'sk-test', MODEL_STEPS: 'local' }).llm.modelSteps,
      'local',
    );
  });

  test('offline model: every step but the Chatwoot reply is a local activity', async () => {
    const events = await oneTurn(offline);
    assert.deepEqual(
      scheduled(events).filter((name) => name !== 'openConversation'),
      ['deliverMessage'],
    );
    const local = localTypes(events);
    for (const step of [
      'recordIncomingMessage',
      'routeMessage',
      'gatherContext',
      'retrieveKnowledge',
      'agentStep',
      'runReadTool',
      'reviewDraft',
      'recordTurnMetrics',
      'saveConversation',
    ]) {
      assert.ok(local.includes(step), `${step} runs as a local activity (local: ${local.join(', ')})`);
    }
    const workflowTasks = events.filter((e) => e.workflowTaskCompletedEventAttributes).length;
    assert.ok(
      workflowTasks <= 4,
      `a turn takes a handful of workflow tasks, not one per step (${workflowTasks})`,
    );
  });

  test('a turn that changes no search attribute adds no upsert event, and the attributes still read as set', async () => {
    const conversationId = nextConversation++;
    const first = await oneTurn(offline, conversationId, 1);
    const upserts = (events: HistoryEvent[]): number =>
      events.filter((e) => e.upsertWorkflowSearchAttributesEventAttributes).length;
    assert.ok(upserts(first) >= 1, 'the first turn publishes its route and status');
    const both = await oneTurn(offline, conversationId, 2);
    // The same question again: same category, sentiment, specialist and status.
    assert.equal(upserts(both.slice(first.length)), 0, 'the second turn changed nothing to publish');
    const description = await offline.system.client.workflow
      .getHandle(`conversation-1-${conversationId}`)
      .describe();
    const attributes = description.searchAttributes as Record<string, unknown[]>;
    assert.deepEqual(attributes.Category, ['shipping_tracking']);
    assert.deepEqual(attributes.ConversationStatus, ['open']);
  });

  test('MODEL_STEPS=remote: router, specialist and QA steps are task-queue activities; database steps stay local', async () => {
    const events = await oneTurn(remote);
    const queued = scheduled(events);
    for (const step of ['routeMessage', 'agentStep', 'reviewDraft', 'deliverMessage']) {
      assert.ok(queued.includes(step), `${step} is a regular activity (scheduled: ${queued.join(', ')})`);
    }
    const local = localTypes(events);
    assert.ok(local.includes('gatherContext') && local.includes('runReadTool'));
    assert.ok(!local.includes('agentStep'));
  });
});

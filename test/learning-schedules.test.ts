/**
 * The weekly learning jobs and their Temporal Schedules, against the real dev server and
 * PostgreSQL: the schedules a worker creates at start (once, however often it starts, visible to
 * `temporal schedule list`), the weekly eval-driven learning on seeded QA failures (patterns,
 * frequencies, suggestions, the too-many-patterns alert, idempotent re-runs), correction
 * learning on seeded corrections, and an approved suggestion reaching the next customer turn.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import pino from 'pino';
import type { WeeklyLearningResult } from '../activities/learning/weekly/weekly-learning-types';
import { loadConfig, type AppConfig } from '../config/config';
import { ConfigError } from '../config/env';
import { SCHEDULE_IDS } from '../workers/schedules';
import { prepareDatabase } from '../workers/prepare-database';
import { startKesher } from '../workers/system';
import {
  weeklyCorrectionLearningWorkflow,
  weeklyEvalLearningWorkflow,
} from '../workflows/learning/weekly-learning';
import { eventually, startHarness, temporalAddress, type Harness } from './support/kesher-harness';
import { operatorCall, seedConversation } from './support/learning-fixtures';
import { customerMessage, postWebhook } from './support/webhooks';
import { listLearningSchedules } from './support/temporal-cli';
import { workflowBundle } from './support/workflow-bundle';

const TOKEN = 'operator-token-for-tests';
const HOUR_MS = 3_600_000;
/** The end of the analysis window every run here uses (the seeded rows sit inside it). */
const WINDOW_END = new Date(Date.now() - HOUR_MS);
const hoursBefore = (hours: number): Date => new Date(WINDOW_END.getTime() - hours * HOUR_MS);

let harness: Harness;

before(async () => {
  harness = await startHarness({ env: { ADMIN_API_TOKEN: TOKEN, SCHEDULES_ENABLED: 'true' } });
  // Version 1 of every category's instructions, as `npm start` deploys them.
  await prepareDatabase(harness.db, pino({ level: 'silent' }));
});
after(async () => {
  const client = harness?.system.client;
  for (const scheduleId of Object.values(SCHEDULE_IDS)) {
    await client?.schedule
      .getHandle(scheduleId)
      .delete()
      .catch(() => undefined);
  }
  await harness?.close();
});

/** The schedule ids the server lists, with how often each appears. */
async function listedScheduleIds(): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for await (const schedule of harness.system.client.schedule.list()) {
    counts.set(schedule.scheduleId, (counts.get(schedule.scheduleId) ?? 0) + 1);
  }
  return counts;
}

/** A worker-only second start of Kesher on the same database and task queue (a restart, a second replica). */
async function startAnotherWorker(config: AppConfig): Promise<() => Promise<void>> {
  const system = await startKesher({
    config,
    log: pino({ level: 'silent' }),
    temporalAddress: temporalAddress(),
    roles: { api: false, worker: true },
    overrides: { db: harness.db, workflowBundle: await workflowBundle() },
  });
  return () => system.close();
}

describe('the learning schedules', () => {
  test('a worker start creates the three schedules, on the business time zone and the task queue', async () => {
    const expected = {
      [SCHEDULE_IDS.evalLearning]: 'weeklyEvalLearningWorkflow',
      [SCHEDULE_IDS.correctionLearning]: 'weeklyCorrectionLearningWorkflow',
      [SCHEDULE_IDS.goldenEval]: 'dailyGoldenEvalWorkflow',
    };
    for (const [scheduleId, workflowType] of Object.entries(expected)) {
      const description = await harness.system.client.schedule.getHandle(scheduleId).describe();
      assert.equal(description.action.workflowType, workflowType);
      assert.equal(description.action.taskQueue, harness.config.temporal.taskQueue);
      assert.equal(description.spec.timezone, 'Asia/Jerusalem');
      assert.equal(description.policies.overlap, 'SKIP');
      assert.equal(description.state.paused, false);
    }
    const weekly = await harness.system.client.schedule.getHandle(SCHEDULE_IDS.evalLearning).describe();
    // "0 3 * * MON": Mondays at 03:00.
    assert.deepEqual(
      weekly.spec.calendars?.map((c) => ({ hour: c.hour, minute: c.minute, dayOfWeek: c.dayOfWeek })),
      [
        {
          hour: [{ start: 3, end: 3, step: 1 }],
          minute: [{ start: 0, end: 0, step: 1 }],
          dayOfWeek: [{ start: 'MONDAY', end: 'MONDAY', step: 1 }],
        },
      ],
    );
  });

  test('starting again updates the schedules in place: no duplicates, new cron applied, a pause kept', async () => {
    const handle = harness.system.client.schedule.getHandle(SCHEDULE_IDS.correctionLearning);
    await handle.pause('paused by an operator');
    const stop = await startAnotherWorker({
      ...harness.config,
      schedules: { ...harness.config.schedules, goldenEvalCron: '30 1 * * *' },
    });
    try {
      const counts = await eventually(async () => {
        const listed = await listedScheduleIds();
        return Object.values(SCHEDULE_IDS).every((id) => listed.has(id)) ? listed : undefined;
      });
      for (const scheduleId of Object.values(SCHEDULE_IDS))
        assert.equal(counts.get(scheduleId), 1, scheduleId);
      const golden = await harness.system.client.schedule.getHandle(SCHEDULE_IDS.goldenEval).describe();
      assert.deepEqual(
        golden.spec.calendars?.map((c) => ({ hour: c.hour, minute: c.minute })),
        [{ hour: [{ start: 1, end: 1, step: 1 }], minute: [{ start: 30, end: 30, step: 1 }] }],
      );
      const paused = await handle.describe();
      assert.equal(paused.state.paused, true, 'an operator’s pause survives a restart');
      assert.equal(paused.state.note, 'paused by an operator');
    } finally {
      await stop();
      await handle.unpause();
    }
  });

  test('`temporal schedule list` against the server lists each schedule once', async (t) => {
    const output = await listLearningSchedules(temporalAddress(), harness.config.temporal.namespace);
    if (!output) {
      t.skip('no temporal CLI on this machine');
      return;
    }
    const lines = output.split('\n');
    for (const [scheduleId, workflowType] of [
      [SCHEDULE_IDS.evalLearning, 'weeklyEvalLearningWorkflow'],
      [SCHEDULE_IDS.correctionLearning, 'weeklyCorrectionLearningWorkflow'],
      [SCHEDULE_IDS.goldenEval, 'dailyGoldenEvalWorkflow'],
    ] as const) {
      const matching = lines.filter((line) => line.split(/\s+/).includes(scheduleId));
      assert.equal(matching.length, 1, `${scheduleId} once in:\n${output}`);
      assert.match(matching[0]!, new RegExp(workflowType));
    }
  });

  test('their configuration is checked at start-up and can turn them off', () => {
    const config = loadConfig({ SCHEDULES_ENABLED: 'false', SCHEDULE_GOLDEN_EVAL_CRON: '' });
    assert.equal(config.schedules.enabled, false);
    assert.equal(config.schedules.goldenEvalCron, '0 2 * * *', 'empty means the default');
    assert.throws(
      () => loadConfig({ SCHEDULE_EVAL_LEARNING_CRON: 'every monday', SCHEDULE_GOLDEN_EVAL_CRON: '0 2 * *' }),
      (error: Error) => {
        assert.ok(error instanceof ConfigError);
        assert.match(error.message, /SCHEDULE_EVAL_LEARNING_CRON: expected a cron expression/);
        assert.match(error.message, /SCHEDULE_GOLDEN_EVAL_CRON: expected a cron expression/);
        return true;
      },
    );
  });

  test('a triggered schedule runs its workflow on the worker', async () => {
    await harness.system.client.schedule.getHandle(SCHEDULE_IDS.correctionLearning).trigger();
    const run = await eventually(
      () =>
        harness.db
          .selectFrom('eval_runs')
          .selectAll()
          .where('run_type', '=', 'correction_learning')
          .where('workflow_id', 'like', `${SCHEDULE_IDS.correctionLearning}-%`)
          .where('status', '=', 'completed')
          .executeTakeFirst(),
      30_000,
      'the scheduled correction learning run',
    );
    assert.equal(Object.keys((run.metrics as { categories: object }).categories).length, 14);
  });
});

/** A conversation to hang QA verdicts on (they reference it). */
async function conversationFor(category: string): Promise<string> {
  const id = `learning-${category}-${randomUUID()}`;
  await seedConversation(harness.db, { id, category, messages: [] });
  return id;
}

async function seedQaVerdicts(
  category: string,
  verdicts: Array<{ reasons: string[]; verdict?: 'pass' | 'refine' | 'escalate'; at?: Date }>,
): Promise<void> {
  const conversationId = await conversationFor(category);
  for (const [index, seeded] of verdicts.entries()) {
    await harness.db
      .insertInto('qa_verdicts')
      .values({
        conversation_id: conversationId,
        turn: index + 1,
        round: 1,
        category,
        specialist: 'retention',
        verdict: seeded.verdict ?? 'refine',
        reasons: JSON.stringify(seeded.reasons),
        draft: `Draft ${index + 1} of ${category}.`,
        model: 'offline:kesher-offline-1',
        created_at: seeded.at ?? hoursBefore(index + 1),
      })
      .execute();
  }
}

async function runWeekly(
  workflow: typeof weeklyEvalLearningWorkflow,
  input: { windowEnd: string; categories?: string[] },
): Promise<WeeklyLearningResult> {
  return harness.system.client.workflow.execute(workflow, {
    taskQueue: harness.config.temporal.taskQueue,
    workflowId: `test-weekly-${randomUUID()}`,
    args: [input],
  });
}

const CONFIRM = 'completeness/confirm: tell the customer to confirm the change in the form';
const ACKNOWLEDGE = "tone/acknowledge: acknowledge the customer's feelings first";

describe('weekly eval-driven learning', () => {
  before(async () => {
    await seedQaVerdicts('subscription_pause', [
      ...Array.from({ length: 4 }, () => ({ reasons: [CONFIRM] })),
      { reasons: [ACKNOWLEDGE] },
      // One verdict with two reasons of the same code counts once for it.
      { reasons: [ACKNOWLEDGE, "tone/acknowledge: acknowledge the customer's feelings first «again»"] },
      // Not failures, or outside the 7 days: not counted.
      { reasons: [CONFIRM], verdict: 'pass' },
      { reasons: [CONFIRM], at: hoursBefore(8 * 24) },
    ]);
    await seedQaVerdicts('shipping_tracking', [
      { reasons: ['completeness/tracking: give the tracking number «CP353362945IL»'] },
      { reasons: ['completeness/tracking: give the tracking number «RR123456785IL»'], verdict: 'escalate' },
      { reasons: ['completeness/tracking: give the tracking number «LX998877665IL»'] },
      // A single finding is not a pattern.
      { reasons: ['tone/shouting: avoid capitals «LATE»'] },
    ]);
    // Six recurring findings in one category: more than five patterns.
    const six = [
      'accuracy/unsupported: identifier not in the tool results or context «DMG-1»',
      'safety/refund_promise: promises a refund the billing team has not approved «x»',
      'tone/acknowledge: acknowledge the customer’s feelings first',
      'completeness/issue: raise the outstanding problem: late box «ORD-1»',
      'completeness/language: answer in the customer’s language (he)',
      'The reply does not ask for a photo of the damage.',
    ];
    await seedQaVerdicts(
      'damaged_item',
      six.flatMap((reason) => [{ reasons: [reason] }, { reasons: [reason] }]),
    );
  });

  test('patterns with their frequency, a suggestion for each seen 3+ times, an alert past 5 patterns', async () => {
    const result = await runWeekly(weeklyEvalLearningWorkflow, { windowEnd: WINDOW_END.toISOString() });
    const byCategory = new Map(result.categories.map((outcome) => [outcome.category, outcome]));
    assert.equal(result.categories.length, 14, 'every taxonomy category is analysed');
    assert.deepEqual(byCategory.get('subscription_pause')?.patterns, [
      { pattern: 'completeness/confirm', frequency: 4 },
      { pattern: 'tone/acknowledge', frequency: 2 },
    ]);
    assert.deepEqual(byCategory.get('shipping_tracking')?.patterns, [
      { pattern: 'completeness/tracking', frequency: 3 },
    ]);
    assert.equal(byCategory.get('damaged_item')?.patterns.length, 6);
    assert.deepEqual(byCategory.get('gratitude')?.patterns, []);

    const stored = await harness.db
      .selectFrom('qa_failure_patterns')
      .select(['category', 'pattern', 'frequency', 'description', 'eval_run_id', 'suggestion_id', 'examples'])
      .execute();
    assert.deepEqual(
      stored.map((row) => `${row.category} ${row.pattern} ${row.frequency}`).sort(),
      [
        'damaged_item accuracy/unsupported 2',
        'damaged_item completeness/issue 2',
        'damaged_item completeness/language 2',
        'damaged_item safety/refund_promise 2',
        'damaged_item The reply does not ask for a photo of the damage. 2',
        'damaged_item tone/acknowledge 2',
        'shipping_tracking completeness/tracking 3',
        'subscription_pause completeness/confirm 4',
        'subscription_pause tone/acknowledge 2',
      ].sort(),
    );
    assert.ok(stored.every((row) => row.eval_run_id === result.runId));
    const confirm = stored.find((row) => row.pattern === 'completeness/confirm')!;
    assert.equal(confirm.description, 'tell the customer to confirm the change in the form');
    assert.equal((confirm.examples as unknown[]).length, 4);

    const suggestions = await harness.db
      .selectFrom('instruction_suggestions')
      .selectAll()
      .where('source', '=', 'eval')
      .orderBy('category')
      .execute();
    assert.deepEqual(
      suggestions.map((s) => `${s.category} ${s.pattern} ${s.frequency} ${s.status}`),
      [
        'shipping_tracking completeness/tracking 3 pending',
        'subscription_pause completeness/confirm 4 pending',
      ],
    );
    const pause = suggestions.find((s) => s.category === 'subscription_pause')!;
    assert.match(pause.suggested_instruction, /confirm it in the form/);
    assert.match(pause.rationale ?? '', /4 subscription_pause drafts/);
    assert.equal(pause.eval_run_id, result.runId);
    assert.equal(confirm.suggestion_id, pause.id, 'the pattern points at its suggestion');

    const alerts = await harness.db
      .selectFrom('alerts')
      .selectAll()
      .where('kind', '=', 'eval_patterns')
      .execute();
    assert.equal(alerts.length, 1);
    assert.equal(alerts[0]!.category, 'damaged_item');
    assert.match(alerts[0]!.message, /6 recurring failure patterns in damaged_item/);
    assert.equal(byCategory.get('damaged_item')?.alertId, alerts[0]!.id);

    const run = await harness.db
      .selectFrom('eval_runs')
      .selectAll()
      .where('id', '=', result.runId)
      .executeTakeFirstOrThrow();
    assert.equal(run.run_type, 'eval_learning');
    assert.equal(run.status, 'completed');
    assert.deepEqual((run.metrics as any).totals, {
      patterns: 9,
      suggestions: 2,
      newSuggestions: 2,
      alerts: 1,
    });

    const again = await runWeekly(weeklyEvalLearningWorkflow, { windowEnd: WINDOW_END.toISOString() });
    assert.notEqual(again.runId, result.runId);
    const suggestionsAfter = await harness.db
      .selectFrom('instruction_suggestions')
      .select(['id', 'eval_run_id'])
      .where('source', '=', 'eval')
      .execute();
    assert.deepEqual(
      suggestionsAfter.map((s) => s.id).sort(),
      suggestions.map((s) => s.id).sort(),
      'a re-run queues no second suggestion',
    );
    assert.ok(
      suggestionsAfter.every((s) => s.eval_run_id === again.runId),
      'the pending ones are refreshed',
    );
    assert.ok(again.categories.flatMap((c) => c.suggestions).every((s) => !s.created));
    const patternCount = await harness.db
      .selectFrom('qa_failure_patterns')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(patternCount.n), 9, 'the same window stores its patterns once');
    const alertsAfter = await harness.db
      .selectFrom('alerts')
      .select('id')
      .where('kind', '=', 'eval_patterns')
      .execute();
    assert.equal(alertsAfter.length, 1, 'and raises its alert once');
  });

  test('approving a suggestion deploys a new version that the next turn answers with', async () => {
    const pause = await harness.db
      .selectFrom('instruction_suggestions')
      .selectAll()
      .where('category', '=', 'subscription_pause')
      .where('status', '=', 'pending')
      .executeTakeFirstOrThrow();
    const approved = await operatorCall(harness.url, 'POST', `/api/suggestions/${pause.id}/approve`, {
      token: TOKEN,
      body: { reviewer: 'ai-ops lead' },
    });
    assert.equal(approved.status, 200);
    assert.equal(approved.body.deployed.version, 2);
    assert.match(approved.body.deployed.content, /confirm it in the form/);

    const conversationId = 55_001; // a conversation id no other test file uses
    const response = await postWebhook(
      harness.url,
      customerMessage({
        conversationId,
        messageId: 5_200_001,
        content: 'Hi, I would like to pause my subscription for two months please.',
        email: 'rachel.goldberg@example.com',
      }),
      { deliveryId: randomUUID() },
    );
    assert.equal(response.status, 200);
    const workflowId = `conversation-1-${conversationId}`;
    const turn = await eventually(
      () =>
        harness.db
          .selectFrom('conversation_turns')
          .selectAll()
          .where('conversation_id', '=', workflowId)
          .executeTakeFirst(),
      45_000,
      'the turn',
    );
    assert.equal(turn.category, 'subscription_pause');
    assert.equal(turn.instruction_version, 2);
    const reply = await harness.db
      .selectFrom('messages')
      .select('instruction_version')
      .where('conversation_id', '=', workflowId)
      .where('author', '=', 'ai')
      .executeTakeFirstOrThrow();
    assert.equal(reply.instruction_version, 2);
  });
});

describe('weekly correction learning', () => {
  test('recurring corrections of a category become suggestions', async () => {
    const correction = (classification: string, issue: string | null, hours: number) => ({
      category: 'refund_request',
      original_draft: 'Your refund of $45.00 has been issued and will arrive tomorrow.',
      human_text: 'I have asked our billing team to review a refund; they will reply within 1 business day.',
      classification: classification as 'safety' | 'tone',
      specific_issue: issue,
      quality_score: 0.8,
      created_at: hoursBefore(hours),
    });
    await harness.db
      .insertInto('corrections')
      .values([
        correction('safety', 'promised an action or outcome without confirmation', 1),
        correction('safety', 'promised an action or outcome without confirmation', 2),
        correction('safety', 'promised an outcome without confirmation', 3),
        correction('tone', 'too long', 4),
        correction('tone', 'too long', 5),
        // Outside the window.
        correction('safety', 'promised an action or outcome without confirmation', 9 * 24),
      ])
      .execute();
    // Captured but not classified yet: not counted.
    await harness.db
      .insertInto('corrections')
      .values({
        category: 'refund_request',
        original_draft: 'a',
        human_text: 'b',
        created_at: hoursBefore(1),
      })
      .execute();

    const result = await runWeekly(weeklyCorrectionLearningWorkflow, { windowEnd: WINDOW_END.toISOString() });
    const refunds = result.categories.find((outcome) => outcome.category === 'refund_request')!;
    assert.deepEqual(refunds.patterns, [
      { pattern: 'safety: promised an action or outcome without confirmation', frequency: 3 },
      { pattern: 'tone: too long', frequency: 2 },
    ]);
    assert.equal(refunds.suggestions.length, 1);
    assert.equal(refunds.alertId, null, 'corrections alert as they come (correction workflow), not weekly');

    const suggestion = await harness.db
      .selectFrom('instruction_suggestions')
      .selectAll()
      .where('source', '=', 'corrections')
      .executeTakeFirstOrThrow();
    assert.equal(suggestion.id, refunds.suggestions[0]!.suggestionId);
    assert.equal(suggestion.category, 'refund_request');
    assert.equal(suggestion.pattern, 'safety: promised an action or outcome without confirmation');
    assert.equal(suggestion.frequency, 3);
    assert.match(suggestion.suggested_instruction, /Never promise an action or outcome/);
    assert.equal((suggestion.evidence as Array<{ after: string }>).length, 3);
    assert.match((suggestion.evidence as Array<{ after: string }>)[0]!.after, /billing team/);

    const run = await harness.db
      .selectFrom('eval_runs')
      .selectAll()
      .where('id', '=', result.runId)
      .executeTakeFirstOrThrow();
    assert.equal(run.run_type, 'correction_learning');
    assert.equal(run.status, 'completed');
    assert.equal((run.metrics as any).totals.suggestions, 1);
  });

  test('an unknown category is refused before anything runs', async () => {
    await assert.rejects(
      runWeekly(weeklyCorrectionLearningWorkflow, {
        windowEnd: WINDOW_END.toISOString(),
        categories: ['no_such_category'],
      }),
      (error: Error & { cause?: Error & { cause?: Error & { type?: string } } }) => {
        // WorkflowFailedError ← ActivityFailure ← the activity's non-retryable ApplicationFailure.
        assert.equal(error.cause?.cause?.type, 'ValidationError');
        assert.match(error.cause?.cause?.message ?? '', /unknown categories: no_such_category/);
        return true;
      },
    );
  });
});

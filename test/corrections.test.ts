import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client, Connection } from '@temporalio/client';
import pino from 'pino';
import { createChatwootClient } from '../activities/chatwoot/chatwoot-client';
import { KESHER_KEY_ATTRIBUTE } from '../activities/chatwoot/deliver-message';
import { deliverAlert } from '../activities/learning/alerts/deliver-alert';
import type { CorrectionOutcome } from '../activities/learning/corrections/correction-types';
import { learningOfflineHandlers } from '../activities/offline/learning/handlers';
import { insertAlertOnce } from '../activities/repos/alerts-repo';
import { bestRecentCorrections } from '../activities/repos/corrections-repo';
import type { Correction } from '../schema/tables';
import { correctionWorkflowId } from '../workflows/correction-workflow';
import { createApp } from '../api/app';
import { HealthState } from '../api/health-state';
import { forwardDelivery } from '../api/inbox/forward-delivery';
import { createWebhookInbox } from '../api/inbox/webhook-inbox';
import { correctionTriggerOf } from '../api/learning/correction-trigger';
import { parseChatwootWebhook } from '../api/chatwoot/parse-webhook';
import { CHATWOOT_TOKEN, eventually, startHarness, type Harness } from './support/kesher-harness';
import { operatorCall, seedConversation } from './support/learning-fixtures';
import { chatwootPayload, humanMessage, postWebhook } from './support/webhooks';

const TOKEN = 'operator-token-for-tests';
/** The corrections are stored with the real clock, so the few-shot window is read on the real day. */
const TODAY = new Date().toISOString().slice(0, 10);

/** A local HTTP server standing in for the operators' alert webhook. */
interface AlertReceiver {
  url: string;
  received: Array<{ headers: IncomingHttpHeaders; body: any }>;
  close(): Promise<void>;
}

async function startAlertReceiver(): Promise<AlertReceiver> {
  const received: AlertReceiver['received'] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/alerts`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Chatwoot's message_updated of Kesher's draft (a private note carrying Kesher's key) with new text. */
function draftUpdated(conversationId: number, messageId: number, kesherKey: string, content: string) {
  const payload = chatwootPayload('message_updated.input_select_submitted');
  payload.id = messageId;
  payload.content = content;
  payload.content_type = 'text';
  payload.content_attributes = { [KESHER_KEY_ATTRIBUTE]: kesherKey };
  payload.private = true;
  payload.sender = { id: 3, name: 'Kesher', type: 'user' };
  payload.conversation.id = conversationId;
  return payload;
}

describe('corrections captured from Chatwoot, classified, and turned into alerts', () => {
  let harness: Harness;
  let receiver: AlertReceiver;
  let nextConversation = 9100;
  let nextMessage = 910_000;

  /** A conversation the AI answered with a draft (private note) or an automatic reply. */
  async function answered(options: {
    category: string;
    customer: string;
    ai: string;
    draft: boolean;
  }): Promise<{ conversationId: number; aiChatwootId: number; kesherKey: string }> {
    const conversationId = nextConversation++;
    const aiChatwootId = nextMessage++;
    const workflowId = `conversation-1-${conversationId}`;
    await seedConversation(harness.db, {
      id: workflowId,
      accountId: 1,
      chatwootConversationId: conversationId,
      email: 'emily.carter@example.net',
      category: 'other',
      specialist: 'general',
      messages: [
        { author: 'customer', content: options.customer, chatwootMessageId: nextMessage++ },
        {
          author: 'ai',
          content: options.ai,
          private: options.draft,
          chatwootMessageId: aiChatwootId,
          // The turn's own category and specialist, and the instruction version it was made with.
          contentAttributes: { category: options.category, specialist: 'billing' },
          instructionVersion: 3,
        },
      ],
    });
    return { conversationId, aiChatwootId, kesherKey: `${workflowId}:seed:1` };
  }

  /** The correction check's outcome; with `afterRun`, of the run started after that one. */
  async function outcomeOf(chatwootMessageId: number, afterRun?: string): Promise<CorrectionOutcome> {
    const workflowId = correctionWorkflowId(chatwootMessageId);
    const run = await eventually(
      async () => {
        try {
          const { runId } = await harness.system.client.workflow.getHandle(workflowId).describe();
          return runId !== afterRun ? runId : undefined;
        } catch {
          return undefined;
        }
      },
      20_000,
      `the correction workflow of ${chatwootMessageId}${afterRun ? ` after run ${afterRun}` : ''}`,
    );
    return (await harness.system.client.workflow.getHandle(workflowId, run).result()) as CorrectionOutcome;
  }

  /** The id of the correction check's latest run. */
  async function runOf(chatwootMessageId: number): Promise<string> {
    const handle = harness.system.client.workflow.getHandle(correctionWorkflowId(chatwootMessageId));
    return (await handle.describe()).runId;
  }

  async function correctionOf(chatwootMessageId: number): Promise<Correction | undefined> {
    return harness.db
      .selectFrom('corrections')
      .selectAll()
      .where('chatwoot_message_id', '=', chatwootMessageId)
      .executeTakeFirst();
  }

  async function post(payload: Record<string, unknown>): Promise<string> {
    const response = await postWebhook(harness.url, payload, { deliveryId: randomUUID() });
    assert.equal(response.status, 200);
    return ((await response.json()) as { status: string }).status;
  }

  before(async () => {
    receiver = await startAlertReceiver();
    harness = await startHarness({
      env: { ADMIN_API_TOKEN: TOKEN, ALERT_WEBHOOK_URL: receiver.url },
      offlineHandlers: learningOfflineHandlers(),
    });
  });
  after(async () => {
    await harness?.close();
    await receiver?.close();
  });

  test('a human reply that replaces an AI draft is captured once and classified', async () => {
    const { conversationId, aiChatwootId } = await answered({
      category: 'refund_request',
      customer: 'My October box never arrived, I want my money back.',
      ai: "I've refunded your October box, the money is on its way to your card.",
      draft: true,
    });
    const reply = nextMessage++;
    const humanText =
      'I am sorry your October box never arrived. I have passed your refund request to our billing team, who decide within 1 business day.';
    assert.equal(await post(humanMessage(conversationId, reply, humanText, false)), 'accepted');

    const outcome = await outcomeOf(reply);
    assert.equal(outcome.capture.status, 'captured');
    const correction = await correctionOf(reply);
    assert.ok(correction);
    assert.equal(correction.conversation_id, `conversation-1-${conversationId}`);
    assert.equal(
      correction.original_draft,
      "I've refunded your October box, the money is on its way to your card.",
    );
    assert.equal(correction.human_text, humanText);
    assert.equal(correction.edit_type, 'replaced');
    assert.equal(correction.category, 'refund_request');
    assert.equal(correction.specialist, 'billing');
    assert.equal(correction.instruction_version, 3);
    assert.equal(correction.agent_name, 'Sam Agent');
    const aiMessage = await harness.db
      .selectFrom('messages')
      .select('id')
      .where('chatwoot_message_id', '=', aiChatwootId)
      .executeTakeFirstOrThrow();
    assert.equal(correction.message_id, aiMessage.id);

    assert.equal(correction.classification, 'safety');
    assert.equal(correction.specific_issue, 'promised an action or outcome without confirmation');
    assert.deepEqual(correction.key_changes[0], {
      kind: 'removed',
      what: 'promise',
      from: "I've refunded",
      to: null,
    });
    assert.ok(correction.quality_score! > 0.5);
    assert.equal(correction.classifier_model, 'offline:kesher-offline-1');
    assert.ok(correction.classified_at);

    // The same message delivered again (e.g. to an agent bot too) is not a second correction.
    await post(humanMessage(conversationId, reply, humanText, false));
    await sleep(500);
    const rows = await harness.db
      .selectFrom('corrections')
      .select('id')
      .where('chatwoot_message_id', '=', reply)
      .execute();
    assert.equal(rows.length, 1);
  });

  test('with Temporal unreachable the webhook still answers; the stored check starts with the next API', async () => {
    // A category no other test here counts corrections of.
    const { conversationId } = await answered({
      category: 'subscription_frequency',
      customer: 'Can I get my box every two months instead?',
      ai: "I've changed your box to every two months.",
      draft: true,
    });
    const reply = nextMessage++;
    const humanText = 'I can change your box to every two months once you confirm it in the form below.';
    // An API whose Temporal is down (nothing listens on port 1): Chatwoot would not retry a failure.
    // No retry interceptor, so each forward fails at once instead of after the client's backoff.
    const unreachable = new Client({
      connection: Connection.lazy({ address: '127.0.0.1:1', interceptors: [] }),
    });
    const ctx = {
      config: harness.config,
      db: harness.db,
      temporal: unreachable,
      log: pino({ level: 'silent' }),
      health: new HealthState([]),
    };
    const inbox = createWebhookInbox({
      db: harness.db,
      log: ctx.log,
      retry: { initialMs: 20, maxMs: 50 },
      forward: (delivery) => forwardDelivery(ctx, delivery),
    });
    const server = await new Promise<Server>((resolve) => {
      const listening = createApp(ctx, { inbox }).listen(0, '127.0.0.1', () => resolve(listening));
    });
    const key = `delivery-${randomUUID()}`;
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const response = await postWebhook(url, humanMessage(conversationId, reply, humanText, false), {
        deliveryId: key,
      });
      assert.equal(response.status, 200);
      assert.equal(((await response.json()) as { status: string }).status, 'accepted');
      const stored = await eventually(async () => {
        const row = await harness.db
          .selectFrom('webhook_deliveries')
          .select(['event', 'workflow_id', 'forwarded_at', 'attempts', 'last_error'])
          .where('delivery_key', '=', `${key}:correction`)
          .executeTakeFirst();
        return row && row.attempts >= 1 ? row : undefined;
      });
      assert.equal(stored.event, 'start_correction');
      assert.equal(stored.workflow_id, correctionWorkflowId(reply));
      assert.equal(stored.forwarded_at, null, 'not forwarded while Temporal is down');
      assert.ok(stored.last_error, 'the failed attempt is recorded');
    } finally {
      await inbox.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await unreachable.connection.close();
    }
    assert.equal(await correctionOf(reply), undefined, 'nothing captured yet');

    // The next API start forwards what the inbox holds: the check runs and captures the correction.
    const next = createWebhookInbox({
      db: harness.db,
      log: pino({ level: 'silent' }),
      forward: (delivery) => forwardDelivery({ ...ctx, temporal: harness.system.client }, delivery),
    });
    try {
      assert.ok((await next.resume()) >= 1);
      await next.idle();
    } finally {
      await next.close();
    }
    const outcome = await outcomeOf(reply);
    assert.equal(outcome.capture.status, 'captured');
    assert.equal((await correctionOf(reply))?.human_text, humanText);
  });

  test('a draft sent unchanged is no correction', async () => {
    const draft = 'Your next charge is on 1 December 2026: $89.00.';
    const { conversationId } = await answered({
      category: 'billing_payment',
      customer: 'When is my next charge?',
      ai: draft,
      draft: true,
    });
    const reply = nextMessage++;
    await post(humanMessage(conversationId, reply, draft, false));
    const outcome = await outcomeOf(reply);
    assert.deepEqual(outcome.capture, { status: 'skipped', reason: 'the draft was sent unchanged' });
    assert.equal(await correctionOf(reply), undefined);
  });

  test('a private note after an automatically sent AI reply is captured as its correction', async () => {
    const { conversationId } = await answered({
      category: 'shipping_tracking',
      customer: 'When will my box reach London?',
      ai: 'Your box travels with Israel Post and arrives within 2-4 business days.',
      draft: false,
    });
    const note = nextMessage++;
    assert.equal(
      await post(
        humanMessage(conversationId, note, 'Israel Post to the UK takes 7-12 business days, not 2-4.', true),
      ),
      'accepted',
    );
    const outcome = await outcomeOf(note);
    assert.equal(outcome.capture.status, 'captured');
    const correction = (await correctionOf(note))!;
    assert.equal(correction.edit_type, 'replaced');
    assert.equal(
      correction.original_draft,
      'Your box travels with Israel Post and arrives within 2-4 business days.',
    );
    assert.equal(correction.classification, 'accuracy');
    assert.equal(correction.specific_issue, 'wrong time frame');
    assert.deepEqual(correction.key_changes[0], {
      kind: 'changed',
      what: 'duration',
      from: '2-4 business days',
      to: '7-12 business days',
    });
  });

  test('an AI draft edited in Chatwoot (message_updated) is captured when its text changed', async () => {
    const draft = 'Your box ships between the 2nd and 6th of December.';
    const { conversationId, aiChatwootId, kesherKey } = await answered({
      category: 'shipping_tracking',
      customer: 'When does my December box ship?',
      ai: draft,
      draft: true,
    });
    // An update that leaves the text as it was (a label, a read receipt) teaches nothing.
    assert.equal(await post(draftUpdated(conversationId, aiChatwootId, kesherKey, draft)), 'ignored');
    const unchanged = await outcomeOf(aiChatwootId);
    assert.deepEqual(unchanged.capture, { status: 'skipped', reason: 'the draft text did not change' });
    const uneditedRun = await runOf(aiChatwootId);

    const edited = `${draft} You will receive the tracking link by email on dispatch day.`;
    assert.equal(await post(draftUpdated(conversationId, aiChatwootId, kesherKey, edited)), 'ignored');
    // The check starts after the webhook is answered: wait for the edit's run, not the first one.
    const outcome = await outcomeOf(aiChatwootId, uneditedRun);
    assert.equal(outcome.capture.status, 'captured');
    const correction = (await correctionOf(aiChatwootId))!;
    assert.equal(correction.edit_type, 'edited');
    assert.equal(correction.original_draft, draft);
    assert.equal(correction.human_text, edited);
    assert.equal(correction.classification, 'completeness');
    assert.equal(correction.specific_issue, 'missing next steps');
  });

  test('three corrections of one kind in 7 days raise exactly one alert, delivered to the webhook', async () => {
    const alertsOf = (category: string) =>
      harness.db.selectFrom('alerts').selectAll().where('category', '=', category).execute();
    const correctAmount = async (category: string): Promise<CorrectionOutcome> => {
      const { conversationId } = await answered({
        category,
        customer: 'How much will you refund for the leaking olive oil?',
        ai: 'A claim for the olive oil is refunded at its item value of $45.00.',
        draft: true,
      });
      const reply = nextMessage++;
      await post(
        humanMessage(
          conversationId,
          reply,
          'A claim for the olive oil is refunded at its item value of $18.00.',
          false,
        ),
      );
      return outcomeOf(reply);
    };

    const first = await correctAmount('damaged_item');
    assert.equal(first.classification?.classification, 'accuracy');
    assert.equal(first.classification?.specificIssue, 'wrong amount');
    await correctAmount('damaged_item');
    assert.deepEqual(await alertsOf('damaged_item'), [], 'two corrections are no pattern yet');

    const third = await correctAmount('damaged_item');
    assert.equal(third.alertIds.length, 1);
    assert.deepEqual(third.delivered, third.alertIds);
    const [alert] = await alertsOf('damaged_item');
    assert.ok(alert);
    assert.equal(alert.kind, 'correction_pattern');
    assert.equal(alert.severity, 'warning');
    assert.equal(alert.delivered, true);
    assert.ok(alert.delivered_at);
    assert.equal(alert.details['count'], 3);
    assert.equal(alert.details['classification'], 'accuracy');
    assert.equal(alert.details['specificIssue'], 'wrong amount');
    assert.match(alert.message, /3 times in 7 days in damaged_item/);

    assert.equal(receiver.received.length, 1);
    const [delivery] = receiver.received;
    assert.equal(delivery!.headers['idempotency-key'], `kesher-alert-${alert.id}`);
    assert.equal(delivery!.body.alert.id, alert.id);
    assert.equal(delivery!.body.alert.kind, 'correction_pattern');
    assert.equal(delivery!.body.alert.category, 'damaged_item');
    assert.equal(delivery!.body.alert.details.correctionIds.length, 3);

    const fourth = await correctAmount('damaged_item');
    assert.deepEqual(fourth.alertIds, []);
    assert.equal(
      (await alertsOf('damaged_item')).length,
      1,
      'the same pattern in the same window alerts once',
    );
    assert.equal(receiver.received.length, 1);

    // The same mistake in another category is another pattern, still below the threshold.
    await correctAmount('refund_request');
    await correctAmount('refund_request');
    assert.deepEqual(await alertsOf('refund_request'), []);

    const listed = await operatorCall(harness.url, 'GET', '/api/alerts?kind=correction_pattern', {
      token: TOKEN,
    });
    assert.equal(listed.status, 200);
    assert.deepEqual(
      listed.body.alerts.map((a: { id: number }) => a.id),
      [alert.id],
    );
  });

  test('the best recent corrections of a category become its specialist’s examples', async () => {
    const examples = await bestRecentCorrections(harness.db, { category: 'damaged_item', today: TODAY });
    assert.equal(examples.length, 4);
    assert.deepEqual(examples[0], {
      customerMessage: 'How much will you refund for the leaking olive oil?',
      aiDraft: 'A claim for the olive oil is refunded at its item value of $45.00.',
      humanReply: 'A claim for the olive oil is refunded at its item value of $18.00.',
      lesson: 'accuracy: wrong amount (say $18.00, not $45.00)',
    });
    assert.equal(
      (await bestRecentCorrections(harness.db, { category: 'damaged_item', today: TODAY, limit: 2 })).length,
      2,
    );

    // Older than the window: no longer an example.
    await harness.db
      .updateTable('corrections')
      .set({ created_at: new Date(Date.parse(`${TODAY}T12:00:00Z`) - 40 * 86_400_000) })
      .where('category', '=', 'damaged_item')
      .execute();
    assert.deepEqual(await bestRecentCorrections(harness.db, { category: 'damaged_item', today: TODAY }), []);
    // Equally good examples: the newest first; a better one (quality score) goes before them.
    const safety =
      'safety: promised an action or outcome without confirmation (never write "I\'ve refunded")';
    const byRecency = await bestRecentCorrections(harness.db, { category: 'refund_request', today: TODAY });
    assert.deepEqual(
      byRecency.map((example) => example.lesson.split(':')[0]),
      ['accuracy', 'accuracy', 'safety'],
    );
    await harness.db
      .updateTable('corrections')
      .set({ quality_score: 0.99 })
      .where('category', '=', 'refund_request')
      .where('classification', '=', 'safety')
      .execute();
    const byQuality = await bestRecentCorrections(harness.db, { category: 'refund_request', today: TODAY });
    assert.equal(byQuality[0]!.lesson, safety);
    assert.equal(byQuality[0]!.customerMessage, 'My October box never arrived, I want my money back.');
  });

  test('an alert goes to a Chatwoot conversation as a private note when no webhook is set', async () => {
    const { alert } = await insertAlertOnce(harness.db, {
      kind: 'correction_pattern',
      category: 'gratitude',
      severity: 'info',
      message: 'Humans corrected the AI 3 times in 7 days in gratitude for the same tone issue: too long.',
      details: { classification: 'tone', specificIssue: 'too long', correctionIds: [1, 2, 3] },
      dedupeKey: `test-alert-${randomUUID()}`,
    });
    const deps = {
      db: harness.db,
      chatwoot: createChatwootClient({ baseUrl: harness.chatwoot.url, apiToken: CHATWOOT_TOKEN }),
      channels: { chatwoot: { accountId: 1, conversationId: 4242 } },
    };
    assert.deepEqual(await deliverAlert(deps, alert.id), { status: 'delivered', channel: 'chatwoot' });
    assert.deepEqual(await deliverAlert(deps, alert.id), { status: 'already_delivered' });
    const notes = harness.chatwoot.messages(1, 4242);
    assert.equal(notes.length, 1);
    assert.equal(notes[0]!.private, true);
    assert.match(notes[0]!.content ?? '', /Kesher alert \(correction_pattern, gratitude\)/);
    assert.match(notes[0]!.content ?? '', /Issue: too long/);

    const { alert: unsent } = await insertAlertOnce(harness.db, {
      kind: 'correction_pattern',
      category: 'gratitude',
      severity: 'info',
      message: 'stored only',
      details: {},
      dedupeKey: `test-alert-${randomUUID()}`,
    });
    assert.deepEqual(await deliverAlert({ ...deps, channels: {} }, unsent.id), {
      status: 'stored',
      reason: 'no alert channel is configured',
    });
  });
});

describe('which Chatwoot events start a correction check', () => {
  const trigger = (payload: Record<string, unknown>) => {
    const parsed = parseChatwootWebhook(payload);
    assert.ok(parsed.ok);
    return correctionTriggerOf(parsed.payload, { botName: 'Kesher' });
  };

  test('a human agent’s message or note, and an edit of Kesher’s draft, do', () => {
    const reply = trigger(humanMessage(17, 501, 'Hello!', false));
    assert.deepEqual(
      {
        event: reply?.event,
        private: reply?.private,
        agent: reply?.agentName,
        conversation: reply?.conversationId,
      },
      { event: 'human_message', private: false, agent: 'Sam Agent', conversation: 'conversation-1-17' },
    );
    assert.equal(trigger(humanMessage(17, 502, 'Wrong amount.', true))?.private, true);
    const edit = trigger(draftUpdated(17, 503, 'conversation-1-17:reply:cw-9', 'Edited text.'));
    assert.equal(edit?.event, 'draft_edited');
    assert.equal(edit?.kesherKey, 'conversation-1-17:reply:cw-9');
  });

  test('customer messages, bots, Kesher’s own echoes and edits of other messages do not', () => {
    assert.equal(trigger(chatwootPayload('message_created.incoming.from_contact')), null);
    assert.equal(trigger(chatwootPayload('message_created.outgoing.from_agent_bot')), null);
    const echo = humanMessage(17, 504, 'Our reply', false);
    echo.content_attributes = { [KESHER_KEY_ATTRIBUTE]: 'conversation-1-17:reply:cw-1' };
    assert.equal(trigger(echo), null);
    const botUser = humanMessage(17, 505, 'Posted with the bot user token', false);
    botUser.sender.name = 'Kesher';
    assert.equal(trigger(botUser), null);
    assert.equal(trigger(chatwootPayload('message_updated.input_select_submitted')), null);
  });
});

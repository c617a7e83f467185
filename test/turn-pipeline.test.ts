/**
 * The turn pipeline's one-change rule when a model asks for two changes in one step: the tool
 * calls of a step run together, and only the first write becomes a proposal.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { turnSettingsFrom } from '../workers/activity-deps';
import { planTurn } from '../workflows/turn-pipeline';
import { startHarness, type Harness, harnessActivities } from './support/kesher-harness';
import { seedConversation } from './support/learning-fixtures';

let harness: Harness;
before(async () => {
  harness = await startHarness({ worker: false });
});
after(async () => {
  await harness?.close();
});

describe('the turn pipeline', () => {
  test('two changes asked in one model step: the first is proposed, the second queued behind it, one audit row', async () => {
    const activities = harnessActivities(harness);
    let steps = 0;
    const conversationId = 'conversation-1-57001';
    await seedConversation(harness.db, {
      id: conversationId,
      email: 'sarah.mitchell@example.com',
      messages: [{ author: 'customer', content: 'Pause for two months and skip January, please.' }],
    });
    const plan = await planTurn(
      {
        ...activities,
        // A model that asks for a pause and a skip at once, then answers.
        agentStep: async () =>
          ++steps === 1
            ? {
                text: '',
                model: 'scripted',
                toolCalls: [
                  { id: 'call_pause', name: 'pause_subscription', arguments: { months: 2 } },
                  { id: 'call_skip', name: 'skip_month', arguments: { month: '2027-01' } },
                ],
              }
            : { text: 'Please confirm the pause in the form.', model: 'scripted', toolCalls: [] },
      },
      {
        conversationId,
        turn: 1,
        channel: 'chatwoot',
        message: {
          messageId: 'cw-570010',
          chatwootMessageId: 570_010,
          content: 'Pause for two months and skip January, please.',
          attachments: [],
          sentAt: '2026-11-23T09:00:00Z',
          customer: { email: 'sarah.mitchell@example.com', name: null, chatwootContactId: null },
        },
        customerEmail: 'sarah.mitchell@example.com',
        route: {
          category: 'subscription_pause',
          secondaryIntents: ['subscription_skip'],
          sentiment: 'neutral',
          escalationSignal: false,
          language: 'en',
          confidence: 0.95,
          specialist: 'retention',
          alwaysEscalate: false,
          autoSendThreshold: 0.9,
        },
        arm: 'specialists',
        inRollout: true,
        settings: turnSettingsFrom(harness.config),
        record: true,
      },
    );
    assert.equal(plan.proposal?.toolName, 'pause_subscription');
    const outcomes = Object.fromEntries(
      plan.toolOutcomes.map((o) => [o.name, (o.result as { status: string }).status]),
    );
    assert.deepEqual(outcomes, { pause_subscription: 'awaiting_confirmation', skip_month: 'queued' });
    assert.deepEqual(plan.proposal?.next, [
      {
        actionId: `${conversationId}.cw-570010.call_skip`,
        toolName: 'skip_month',
        args: { month: '2027-01' },
      },
    ]);
    const rows = await harness.db
      .selectFrom('tool_executions')
      .select(['tool_name', 'status'])
      .where('conversation_id', '=', conversationId)
      .where('kind', '=', 'write')
      .execute();
    assert.deepEqual(rows, [{ tool_name: 'pause_subscription', status: 'pending' }]);
  });

  test("a turn's tools are the specialist's own and those its secondary intents lend; a call to any other is refused, not run", async () => {
    const activities = harnessActivities(harness);
    const offered: string[][] = [];
    let steps = 0;
    const conversationId = 'conversation-1-57002';
    const content = 'Pause for two months and send me the tracking number, please.';
    await seedConversation(harness.db, {
      id: conversationId,
      email: 'sarah.mitchell@example.com',
      messages: [{ author: 'customer', content }],
    });
    const plan = await planTurn(
      {
        ...activities,
        agentStep: async (input) => {
          offered.push([...input.task.tools]);
          return ++steps === 1
            ? {
                text: '',
                model: 'scripted',
                toolCalls: [
                  { id: 'call_track', name: 'track_package', arguments: {} },
                  {
                    id: 'call_address',
                    name: 'change_address',
                    arguments: {
                      line1: '1 Main St',
                      city: 'Austin',
                      postal_code: '78701',
                      country: 'US',
                      region: 'TX',
                    },
                  },
                ],
              }
            : { text: 'Here is your tracking number.', model: 'scripted', toolCalls: [] };
        },
      },
      {
        conversationId,
        turn: 1,
        channel: 'chatwoot',
        message: {
          messageId: 'cw-570020',
          chatwootMessageId: 570_020,
          content,
          attachments: [],
          sentAt: '2026-11-23T09:00:00Z',
          customer: { email: 'sarah.mitchell@example.com', name: null, chatwootContactId: null },
        },
        customerEmail: 'sarah.mitchell@example.com',
        route: {
          category: 'subscription_pause',
          secondaryIntents: ['shipping_tracking'],
          sentiment: 'neutral',
          escalationSignal: false,
          language: 'en',
          confidence: 0.95,
          specialist: 'retention',
          alwaysEscalate: false,
          autoSendThreshold: 0.9,
        },
        arm: 'specialists',
        inRollout: true,
        settings: turnSettingsFrom(harness.config),
        record: true,
      },
    );
    assert.deepEqual(offered[0], [
      'get_subscription',
      'get_payment_history',
      'get_order_history',
      'pause_subscription',
      'skip_month',
      'change_frequency',
      'track_package',
    ]);
    const [track, address] = plan.toolOutcomes;
    assert.equal((track?.result as { ok?: boolean }).ok, true, 'the lent read ran');
    assert.deepEqual(address?.result, {
      status: 'refused',
      code: 'not_offered',
      message: "change_address is not one of this turn's tools.",
    });
    assert.equal(plan.proposal, null);
    const writes = await harness.db
      .selectFrom('tool_executions')
      .select('tool_name')
      .where('conversation_id', '=', conversationId)
      .where('kind', '=', 'write')
      .execute();
    assert.deepEqual(writes, []);
  });
});

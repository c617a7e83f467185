/**
 * The turn pipeline's tool rules when a model asks for several tools in one step: a second change
 * is queued behind the first proposal, and only the turn's own tools (the specialist's, and those
 * its secondary intents lend) run.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { AgentStepResult } from '../activities/agents/agent-contract';
import { turnSettingsFrom } from '../workers/activity-deps';
import { planTurn } from '../workflows/turn-pipeline';
import type { TurnPlan } from '../workflows/turn-types';
import { startHarness, type Harness, harnessActivities } from './support/kesher-harness';
import { seedConversation } from './support/learning-fixtures';

let harness: Harness;
before(async () => {
  harness = await startHarness({ worker: false });
});
after(async () => {
  await harness?.close();
});

const SARAH = 'sarah.mitchell@example.com';

/**
 * Plans one pause turn of Sarah's whose model asks for `toolCalls` in its first step and then
 * answers; returns the plan and the tools each step was offered.
 */
async function scriptedPauseTurn(input: {
  conversationId: string;
  messageNumber: number;
  content: string;
  secondaryIntents: string[];
  toolCalls: AgentStepResult['toolCalls'];
  answer: string;
}): Promise<{ plan: TurnPlan; offered: string[][] }> {
  const offered: string[][] = [];
  let steps = 0;
  await seedConversation(harness.db, {
    id: input.conversationId,
    email: SARAH,
    messages: [{ author: 'customer', content: input.content }],
  });
  const plan = await planTurn(
    {
      ...harnessActivities(harness),
      agentStep: async ({ task }) => {
        offered.push([...task.tools]);
        return ++steps === 1
          ? { text: '', model: 'scripted', toolCalls: input.toolCalls }
          : { text: input.answer, model: 'scripted', toolCalls: [] };
      },
    },
    {
      conversationId: input.conversationId,
      turn: 1,
      channel: 'chatwoot',
      message: {
        messageId: `cw-${input.messageNumber}`,
        chatwootMessageId: input.messageNumber,
        content: input.content,
        attachments: [],
        sentAt: '2026-11-23T09:00:00Z',
        customer: { email: SARAH, name: null, chatwootContactId: null },
      },
      customerEmail: SARAH,
      route: {
        category: 'subscription_pause',
        secondaryIntents: input.secondaryIntents,
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
  return { plan, offered };
}

/** The write audit rows of a conversation. */
const writeRows = (conversationId: string) =>
  harness.db
    .selectFrom('tool_executions')
    .select(['tool_name', 'status'])
    .where('conversation_id', '=', conversationId)
    .where('kind', '=', 'write')
    .execute();

describe('the turn pipeline', () => {
  test('two changes asked in one model step: the first is proposed, the second queued behind it, one audit row', async () => {
    const conversationId = 'conversation-1-57001';
    // A model that asks for a pause and a skip at once, then answers.
    const { plan } = await scriptedPauseTurn({
      conversationId,
      messageNumber: 570_010,
      content: 'Pause for two months and skip January, please.',
      secondaryIntents: ['subscription_skip'],
      toolCalls: [
        { id: 'call_pause', name: 'pause_subscription', arguments: { months: 2 } },
        { id: 'call_skip', name: 'skip_month', arguments: { month: '2027-01' } },
      ],
      answer: 'Please confirm the pause in the form.',
    });
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
    assert.deepEqual(await writeRows(conversationId), [
      { tool_name: 'pause_subscription', status: 'pending' },
    ]);
  });

  test("a turn's tools are the specialist's own and those its secondary intents lend; a call to any other is refused, not run", async () => {
    const conversationId = 'conversation-1-57002';
    const { plan, offered } = await scriptedPauseTurn({
      conversationId,
      messageNumber: 570_020,
      content: 'Pause for two months and send me the tracking number, please.',
      secondaryIntents: ['shipping_tracking'],
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
      answer: 'Here is your tracking number.',
    });
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
    assert.deepEqual(await writeRows(conversationId), []);
  });
});

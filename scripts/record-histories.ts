/**
 * Records real conversation runs as JSON histories under test/histories/, for the replay test.
 * Run against a dev server: `TEMPORAL_ADDRESS=127.0.0.1:7233 npx tsx scripts/record-histories.ts`.
 * Re-record only for a deliberate, patched() change, and keep the old files: old histories must keep
 * replaying. `-- --suffix <name>` writes `<history>.<name>.json` beside them.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { conversationViewQuery } from '../workflows/messages';
import { eventually, startHarness, type Harness } from '../test/support/kesher-harness';
import { chatwootPayload, customerMessage, postWebhook } from '../test/support/webhooks';

const OUT = new URL('../test/histories/', import.meta.url);
const { suffix } = parseArgs({ options: { suffix: { type: 'string' } } }).values;

async function settle(harness: Harness, workflowId: string, turns: number): Promise<void> {
  const handle = harness.system.client.workflow.getHandle(workflowId);
  await eventually(
    async () => {
      const view = await handle.query(conversationViewQuery);
      return view.turnCount >= turns && !view.busy && view.queuedMessages === 0 ? view : undefined;
    },
    30_000,
    `${workflowId} to settle`,
  );
}

async function save(harness: Harness, workflowId: string, name: string): Promise<void> {
  const handle = harness.system.client.workflow.getHandle(workflowId);
  await handle.terminate('recorded for replay');
  // The CLI writes the standard JSON history format every Temporal SDK's replayer reads.
  const json = execFileSync(
    process.env.TEMPORAL_CLI ?? 'temporal',
    [
      'workflow',
      'show',
      '--workflow-id',
      workflowId,
      '--address',
      process.env.TEMPORAL_ADDRESS!,
      '--output',
      'json',
    ],
    { encoding: 'utf8' },
  );
  writeFileSync(new URL(`${name}${suffix ? `.${suffix}` : ''}.json`, OUT), json);
  console.log(`recorded ${name} (${(JSON.parse(json) as { events: unknown[] }).events.length} events)`);
}

/** Posts a webhook as Chatwoot would: signed, with a fresh delivery id. */
async function post(harness: Harness, payload: Record<string, unknown>): Promise<void> {
  await postWebhook(harness.url, payload, { deliveryId: randomUUID() });
}

async function main(): Promise<void> {
  const harness = await startHarness();
  try {
    // Two customer turns, a duplicate delivery and an agent's private note (from a customer with no
    // outstanding problem: a late parcel would hand the first turn over, and the second would be silent).
    await post(
      harness,
      customerMessage({
        conversationId: 101,
        messageId: 1,
        content: 'Where is my November box?',
        email: 'sarah.mitchell@example.com',
      }),
    );
    await settle(harness, 'conversation-1-101', 1);
    const again = customerMessage({
      conversationId: 101,
      messageId: 2,
      content: 'Thanks! Also, when is my next charge?',
      email: 'sarah.mitchell@example.com',
    });
    await post(harness, again);
    await post(harness, again);
    const note = chatwootPayload('message_created.private_note.from_agent');
    note.conversation.id = 101;
    note.id = 3;
    await post(harness, note);
    await settle(harness, 'conversation-1-101', 2);
    await save(harness, 'conversation-1-101', 'two-turns-duplicate-and-note');

    // A customer asking for a person: handoff, then silence, then handed back to the bot.
    await post(
      harness,
      customerMessage({
        conversationId: 102,
        messageId: 10,
        content: 'I want to talk to a real person please',
        email: 'sarah.mitchell@example.com',
      }),
    );
    await settle(harness, 'conversation-1-102', 1);
    await post(
      harness,
      customerMessage({
        conversationId: 102,
        messageId: 11,
        content: 'Hello? Anyone there?',
        email: 'sarah.mitchell@example.com',
      }),
    );
    await settle(harness, 'conversation-1-102', 1);
    const handBack = chatwootPayload('conversation_status_changed.pending_to_open');
    handBack.id = 102;
    handBack.status = 'pending';
    await post(harness, handBack);
    await post(
      harness,
      customerMessage({
        conversationId: 102,
        messageId: 12,
        content: 'Can you skip my January box?',
        email: 'sarah.mitchell@example.com',
      }),
    );
    await settle(harness, 'conversation-1-102', 2);
    await save(harness, 'conversation-1-102', 'handoff-and-hand-back');
  } finally {
    await harness.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

/**
 * The conversation so far in a turn's context: the newest messages verbatim, the older ones
 * condensed by the summarizer role, which reads them in the prompt's own labelled lines.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pino from 'pino';
import { createActivities } from '../activities/create-activities';
import { loadConfig } from '../config/config';
import { buildActivityDeps } from '../workers/activity-deps';
import { appendMessages, seedConversation, type SeedMessage } from './support/learning-fixtures';
import { createTestDatabase, type TestDatabase } from './support/test-db';

let testDb: TestDatabase;
let activities: ReturnType<typeof createActivities>;

before(async () => {
  testDb = await createTestDatabase({ seed: true });
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  activities = createActivities(buildActivityDeps({ config, db: testDb.db, log: pino({ level: 'silent' }) }));
});
after(async () => {
  await testDb?.destroy();
});

const chatter = (topic: string): string =>
  `Thanks so much for getting back to me about ${topic}, I really appreciate how quickly your team answers, ` +
  'we have been with you for a while now and have always enjoyed the boxes and the little notes inside them.';
const filler = (n: number): string =>
  `Message ${n}: the ${n % 2 ? 'cheese' : 'olive oil'} in this box was lovely and arrived well packed. `.repeat(
    6,
  );

/** A conversation long enough to need a summary: the charge's facts in its older part. */
function longConversation(): SeedMessage[] {
  return [
    { author: 'customer', content: chatter('my box') },
    { author: 'ai', content: chatter('your question') },
    { author: 'customer', content: chatter('the delivery') },
    { author: 'ai', content: chatter('the courier') },
    { author: 'customer', content: 'My order ord_10234 was charged twice on 1 November 2026.' },
    { author: 'ai', content: 'I see the second charge of $89 on ord_10234; a refund request is open.' },
    ...Array.from({ length: 18 }, (_, n): SeedMessage => ({
      author: n % 2 ? 'ai' : 'customer',
      content: filler(n),
    })),
    { author: 'customer', content: 'Has the refund gone through yet?' },
  ];
}

/** The conversation so far as the next turn's context has it. */
async function historyOf(conversationId: string): Promise<string> {
  const context = await activities.gatherContext({
    conversationId,
    customerEmail: 'sarah.mitchell@example.com',
    category: 'billing_payment',
    agent: 'billing',
  });
  return context.history;
}

let batches = 0;
/** Messages that arrive after the seeded ones, stored as the workflow stores them. */
async function append(conversationId: string, messages: SeedMessage[]): Promise<void> {
  await appendMessages(testDb.db, conversationId, messages, `appended-${batches++}`);
}

const summarizerCalls = async (conversationId: string): Promise<number> =>
  (
    await testDb.db
      .selectFrom('llm_usage')
      .select('id')
      .where('conversation_id', '=', conversationId)
      .where('role', '=', 'summarizer')
      .execute()
  ).length;

const storedSummaries = (conversationId: string) =>
  testDb.db
    .selectFrom('conversation_summaries')
    .select(['through_message_id', 'summary', 'model'])
    .where('conversation_id', '=', conversationId)
    .orderBy('through_message_id')
    .execute();

describe('the conversation so far', () => {
  test('older turns reach the summarizer as labelled lines, so the summary keeps their facts', async () => {
    await seedConversation(testDb.db, { id: 'conversation-1-77001', messages: longConversation() });
    const history = await historyOf('conversation-1-77001');
    const [first, ...rest] = history.split('\n');
    assert.match(first ?? '', /^Summary of the earlier conversation: /);
    // Each older turn is read by its label; the charge's facts survive the condensing.
    assert.match(first ?? '', /Customer: My order ord_10234 was charged twice on 1 November 2026\./);
    assert.match(first ?? '', /Assistant: I see the second charge of \$89 on ord_10234/);
    assert.ok(
      rest.length > 0 && rest.every((line) => /^(Customer|Assistant): /.test(line)),
      'then the recent turns',
    );
    assert.ok(!history.includes('Has the refund gone through yet?'), 'the message answered travels apart');
  });

  test('later turns reuse the summary while the new messages fit beside it; then it is extended', async () => {
    const id = 'conversation-1-77002';
    await seedConversation(testDb.db, { id, messages: longConversation() });
    const firstHistory = await historyOf(id);
    assert.equal(await summarizerCalls(id), 1);
    const [summary] = await storedSummaries(id);
    assert.ok(summary);
    assert.equal(summary.model, 'offline:kesher-offline-1');
    assert.ok(firstHistory.startsWith(`Summary of the earlier conversation: ${summary.summary}`));

    // Two turns later the newer messages still fit beside it: no new summarizer call.
    for (const turn of [1, 2]) {
      await append(id, [
        { author: 'ai', content: `The refund is on its way (update ${turn}).` },
        { author: 'customer', content: `Thanks, one more question (${turn}).` },
      ]);
      const history = await historyOf(id);
      assert.equal(await summarizerCalls(id), 1, `turn ${turn} reused the summary`);
      assert.ok(history.startsWith(`Summary of the earlier conversation: ${summary.summary}`));
      assert.ok(history.includes(`The refund is on its way (update ${turn}).`));
    }

    // Many long messages later it no longer fits: the next older messages are folded into it,
    // with the summary before them, so the early charge is still there.
    await append(
      id,
      Array.from({ length: 14 }, (_, n): SeedMessage => ({
        author: n % 2 ? 'ai' : 'customer',
        content: filler(100 + n),
      })),
    );
    const later = await historyOf(id);
    assert.equal(await summarizerCalls(id), 2);
    const summaries = await storedSummaries(id);
    assert.equal(summaries.length, 2);
    assert.ok(summaries[1]!.through_message_id > summaries[0]!.through_message_id);
    assert.match(later.split('\n')[0] ?? '', /^Summary of the earlier conversation: .*ord_10234/);
  });
});

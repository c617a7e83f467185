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
import { seedConversation, type SeedMessage } from './support/learning-fixtures';
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

describe('the conversation so far', () => {
  test('older turns reach the summarizer as labelled lines, so the summary keeps their facts', async () => {
    const messages: SeedMessage[] = [
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
    await seedConversation(testDb.db, { id: 'conversation-1-77001', messages });
    const context = await activities.gatherContext({
      conversationId: 'conversation-1-77001',
      customerEmail: 'sarah.mitchell@example.com',
      category: 'billing_payment',
      agent: 'billing',
    });
    const [first, ...rest] = context.history.split('\n');
    assert.match(first ?? '', /^Summary of the earlier conversation: /);
    // Each older turn is read by its label; the charge's facts survive the condensing.
    assert.match(first ?? '', /Customer: My order ord_10234 was charged twice on 1 November 2026\./);
    assert.match(first ?? '', /Assistant: I see the second charge of \$89 on ord_10234/);
    assert.ok(
      rest.length > 0 && rest.every((line) => /^(Customer|Assistant): /.test(line)),
      'then the recent turns',
    );
    assert.ok(
      !context.history.includes('Has the refund gone through yet?'),
      'the message answered travels apart',
    );
  });
});

import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { loadConfig } from '../../config/config';
import { createActivities } from '../../activities/create-activities';
import { createTestDatabase } from '../../test/support/test-db';
import { buildActivityDeps } from '../../workers/activity-deps';
import { createDb } from '../../schema/db';
import { migrateToLatest } from '../../schema/migrate';
import { prepareDatabase } from '../../workers/prepare-database';
import { BENCH_TEXTS } from './webhook-driver';

const database = await createTestDatabase({ migrate: false });
const { db, close } = await createDb({ url: database.url });
await migrateToLatest(db);
await prepareDatabase(db, pino({ level: 'silent' }));
const config = loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: database.url });
const deps = await buildActivityDeps({ config, db, log: pino({ level: 'silent' }) });
const a = createActivities(deps);
const ref = { workflowId: 'conversation-1-5', channel: 'chatwoot' as const, accountId: 1, chatwootConversationId: 5 };
const customer = { email: 'james.whitfield@example.net', name: 'James', chatwootContactId: null };
await a.openConversation({ ref, customer });
for (let i = 0; i < 18; i++) {
  const message = { messageId: `cw-${i}`, chatwootMessageId: i, content: BENCH_TEXTS[i % 6]!, attachments: [], sentAt: new Date().toISOString(), customer };
  const t = [performance.now()];
  await a.recordIncomingMessage({ conversationId: ref.workflowId, message }); t.push(performance.now());
  const route = await a.routeMessage({ conversationId: ref.workflowId, message, previousCategory: null }); t.push(performance.now());
  const draft = await a.draftReply({ conversationId: ref.workflowId, message, route, customer }); t.push(performance.now());
  await a.deliverMessage({ idempotencyKey: `k${i}`, ref, content: draft.text, private: false }); t.push(performance.now());
  console.log(t.slice(1).map((x, j) => (x - t[j]!).toFixed(1)).join(' '), route.category);
}
await close();
await database.destroy();

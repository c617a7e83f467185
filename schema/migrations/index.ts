import type { Migration } from 'kysely';
import * as conversations from './2026-11-23-0001-conversations';
import * as turnRecords from './2026-11-23-0002-turn-records';
import * as commerce from './2026-11-23-0003-commerce';
import * as knowledge from './2026-11-23-0004-knowledge';
import * as learning from './2026-11-23-0005-learning';
import * as operations from './2026-11-23-0006-operations';
import * as instructionReplay from './2026-11-23-0007-instruction-replay';
import * as webhookInbox from './2026-11-23-0008-webhook-inbox';
import * as conversationSummaries from './2026-11-24-0001-conversation-summaries';
import * as heldWriteActions from './2026-11-25-0001-held-write-actions';
import * as identityChecks from './2026-11-25-0002-identity-checks';
import * as outboxContact from './2026-11-25-0003-outbox-contact';

/**
 * Every migration by name. Names sort in the order they run; a new migration gets a new,
 * later-dated file and an entry here. Listed explicitly (no folder scan) so bundles work.
 */
export const migrations: Readonly<Record<string, Migration>> = {
  '2026-11-23-0001-conversations': conversations,
  '2026-11-23-0002-turn-records': turnRecords,
  '2026-11-23-0003-commerce': commerce,
  '2026-11-23-0004-knowledge': knowledge,
  '2026-11-23-0005-learning': learning,
  '2026-11-23-0006-operations': operations,
  '2026-11-23-0007-instruction-replay': instructionReplay,
  '2026-11-23-0008-webhook-inbox': webhookInbox,
  '2026-11-24-0001-conversation-summaries': conversationSummaries,
  '2026-11-25-0001-held-write-actions': heldWriteActions,
  '2026-11-25-0002-identity-checks': identityChecks,
  '2026-11-25-0003-outbox-contact': outboxContact,
};

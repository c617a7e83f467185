import { after, before } from 'node:test';
import type { CommerceAdapter } from '../../activities/commerce/commerce-adapter';
import { createPostgresCommerce } from '../../activities/commerce/postgres-commerce';
import { createTestDatabase, type TestDatabase } from './test-db';

/** The demo "today" every fixture is written against. */
export const FIXTURE_TODAY = '2026-11-23';

/**
 * Registers the file's hooks: a fresh seeded database before its tests, dropped after them; the
 * commerce adapter over it is handed to `ready`.
 */
export function useSeededCommerce(ready: (commerce: CommerceAdapter) => void): void {
  let testDb: TestDatabase | undefined;
  before(async () => {
    testDb = await createTestDatabase({ seed: true });
    ready(createPostgresCommerce(testDb.db));
  });
  after(async () => {
    await testDb?.destroy();
  });
}

import type { Migration } from 'kysely';
import * as core from './2026-11-23-0001-core';
import * as commerce from './2026-11-23-0002-commerce';
import * as knowledge from './2026-11-23-0003-knowledge';
import * as learning from './2026-11-23-0004-learning';

/**
 * Every migration by name. Names sort in the order they run; a new migration gets a new,
 * later-dated file and an entry here. Listed explicitly (no folder scan) so bundles work.
 */
export const migrations: Readonly<Record<string, Migration>> = {
  '2026-11-23-0001-core': core,
  '2026-11-23-0002-commerce': commerce,
  '2026-11-23-0003-knowledge': knowledge,
  '2026-11-23-0004-learning': learning,
};

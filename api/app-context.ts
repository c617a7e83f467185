import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/config';
import type { Database } from '../schema/tables';
import type { HealthState } from './health-state';

/** The API's composition root: everything a route needs, built once per process (or per test). */
export interface AppContext {
  config: AppConfig;
  db: Kysely<Database>;
  temporal: Client;
  log: Logger;
  health: HealthState;
}

import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/config';
import type { Database } from '../schema/tables';
import type { HealthState } from './health-state';
import type { WebhookInbox } from './inbox/webhook-inbox';

/** The API's composition root: everything a route needs, built once per process (or per test). */
export interface AppContext {
  config: AppConfig;
  db: Kysely<Database>;
  temporal: Client;
  log: Logger;
  health: HealthState;
  /** Where Chatwoot deliveries wait until they reach Temporal; createApp builds one when absent. */
  inbox?: WebhookInbox;
}

import type { RunAgentInput } from '@ag-ui/core';
import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { AppConfig } from '../../config/config';
import type { Database } from '../../schema/tables';
import type { ConversationTarget } from './conversation-target';
import type { AguiEventStream } from './event-stream';
import type { RunIntent } from './run-request';
import type { TranscriptItem } from './transcript';
import type { TurnWaitLimits } from './turn-wait';

/** What the AG-UI runs need from the process. */
export interface AguiDeps {
  db: Kysely<Database>;
  temporal: Client;
  config: AppConfig;
  log: Logger;
  limits: TurnWaitLimits;
  /** The clock, read at the edge and handed to the logic. */
  now: () => Date;
  /** The company's calendar day (`YYYY-MM-DD`), for the widget's date checks. */
  today: () => string;
}

/** One accepted request: validated, authorised, its conversation found, its stream ready. */
export interface AguiRun {
  input: RunAgentInput;
  intent: RunIntent;
  target: ConversationTarget;
  token: string;
  stream: AguiEventStream;
}

/** What a run's body leaves for its common ending. */
export interface RunBodyResult {
  /** Whether the run ends with a MESSAGES_SNAPSHOT even without a pending action. */
  snapshot: boolean;
  /** Items streamed that the database does not hold (yet); a snapshot keeps them. */
  extras: TranscriptItem[];
  /** The transcript as the body last read it, after its turn or answers; the ending reuses it. */
  transcript?: TranscriptItem[];
}

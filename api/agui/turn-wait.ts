import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Database } from '../../schema/tables';
import type { ConversationView } from '../../workflows/types';
import { isIncomingRecorded } from './conversation-records';
import { AguiRunError, ClientGoneError } from './run-error';
import { readConversationView, readPendingActions } from './workflow-reads';

/** How long a run waits for the workflow, and how often it looks. */
export interface TurnWaitLimits {
  timeoutMs: number;
  pollMs: number;
}

interface WaitDeps {
  db: Kysely<Database>;
  temporal: Client;
}

async function pause(ms: number, signal: AbortSignal): Promise<void> {
  try {
    await sleep(ms, undefined, { signal });
  } catch {
    throw new ClientGoneError();
  }
}

/**
 * Waits until the workflow has handled customer message `messageId`: the message is recorded
 * and the workflow is idle again (or already waits for the customer on an action the message led
 * to). Bounded by `limits.timeoutMs`; stops at once when `signal` aborts (the client left).
 */
export async function waitForTurn(
  deps: WaitDeps,
  input: { workflowId: string; messageId: string; now: () => Date },
  limits: TurnWaitLimits,
  signal: AbortSignal,
): Promise<ConversationView | null> {
  const deadline = Date.now() + limits.timeoutMs;
  for (;;) {
    if (signal.aborted) throw new ClientGoneError();
    if (await isIncomingRecorded(deps.db, input.workflowId, input.messageId)) {
      const view = await readConversationView(deps.temporal, input.workflowId);
      if (view && !view.busy && view.queuedMessages === 0) return view;
      const pending = await readPendingActions(deps.temporal, input.workflowId, input.now());
      if (pending.some((action) => action.sourceMessageId === input.messageId)) return view;
    }
    if (Date.now() > deadline) {
      throw new AguiRunError(
        'TURN_TIMEOUT',
        `No answer within ${Math.round(limits.timeoutMs / 1000)} s; reload to see it when it arrives.`,
      );
    }
    await pause(limits.pollMs, signal);
  }
}

/** Waits (bounded) while the workflow is mid-turn, so a reload shows the answer being prepared. */
export async function waitWhileBusy(
  deps: WaitDeps,
  workflowId: string,
  limits: TurnWaitLimits,
  signal: AbortSignal,
): Promise<ConversationView | null> {
  const deadline = Date.now() + limits.timeoutMs;
  for (;;) {
    if (signal.aborted) throw new ClientGoneError();
    const view = await readConversationView(deps.temporal, workflowId);
    if (!view || (!view.busy && view.queuedMessages === 0) || Date.now() > deadline) return view;
    await pause(limits.pollMs, signal);
  }
}

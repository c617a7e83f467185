import { EventType, type Interrupt } from '@ag-ui/core';
import type { PendingAction } from '../../workflows/action-types';
import { ANSWER_RESPONSE_SCHEMA } from './action-answers';
import { conversationLanguage } from './conversation-records';
import { loadTranscript, pendingForms, withItems } from './load-transcript';
import type { AguiDeps, AguiRun, RunBodyResult } from './run-context';
import { RUN_BODIES } from './run-bodies';
import { AguiRunError, ClientGoneError } from './run-error';
import type { RunIntent } from './run-request';
import { transcriptMessages } from './transcript-encoding';
import { readConversationView, readPendingActions } from './workflow-reads';

/** One interrupt per pending action; the form's tool call carries the same id. */
function interruptOf(action: PendingAction): Interrupt {
  return {
    id: action.actionId,
    reason: 'tool_call',
    toolCallId: action.actionId,
    message: action.summary,
    expiresAt: action.expiresAt,
    responseSchema: ANSWER_RESPONSE_SCHEMA,
    metadata: { toolName: action.toolName },
  };
}

function runBody(deps: AguiDeps, run: AguiRun): Promise<RunBodyResult> {
  const body = RUN_BODIES[run.intent.kind] as (
    deps: AguiDeps,
    run: AguiRun,
    intent: RunIntent,
  ) => Promise<RunBodyResult>;
  return body(deps, run, run.intent);
}

/**
 * The common ending: the state (pending actions, the workflow's view), the messages when the run
 * needs them, and RUN_FINISHED. While actions wait for the customer the run ends with the
 * interrupt outcome (snapshots first, as the protocol requires). Kesher's actions are independent
 * and long-lived (an email's form link may be opened days later), so a new message or an answer to
 * one action is accepted while others wait; each run lists the ones still open.
 */
async function finish(deps: AguiDeps, run: AguiRun, body: RunBodyResult): Promise<void> {
  const { threadId, runId } = run.input;
  const workflowId = run.target.ref.workflowId;
  const [pending, view, language] = await Promise.all([
    readPendingActions(deps.temporal, workflowId, deps.now()),
    readConversationView(deps.temporal, workflowId),
    conversationLanguage(deps.db, workflowId),
  ]);
  if (body.snapshot || pending.length > 0) {
    // The body's own read after its turn is current: the pending actions' forms are added to it.
    const transcript = body.transcript
      ? withItems(body.transcript, pendingForms(pending))
      : await loadTranscript(deps.db, workflowId, pending);
    const items = withItems(transcript, body.extras);
    run.stream.emit({ type: EventType.MESSAGES_SNAPSHOT, messages: transcriptMessages(items) });
  }
  run.stream.emit({
    type: EventType.STATE_SNAPSHOT,
    snapshot: {
      conversationId: workflowId,
      channel: run.target.ref.channel,
      today: deps.today(),
      pendingActions: pending,
      conversation: view,
      language,
    },
  });
  run.stream.emit({
    type: EventType.RUN_FINISHED,
    threadId,
    runId,
    outcome:
      pending.length > 0 ? { type: 'interrupt', interrupts: pending.map(interruptOf) } : { type: 'success' },
  });
}

/**
 * Streams one AG-UI run. Everything after the headers ends in RUN_FINISHED or RUN_ERROR; a client
 * that disconnects stops the run's waiting and polling, and nothing is written after it left.
 */
export async function streamRun(deps: AguiDeps, run: AguiRun): Promise<void> {
  const { stream, input } = run;
  stream.open();
  try {
    stream.emit({ type: EventType.RUN_STARTED, threadId: input.threadId, runId: input.runId });
    await finish(deps, run, await runBody(deps, run));
  } catch (error) {
    if (error instanceof ClientGoneError || stream.signal.aborted) return;
    const known = error instanceof AguiRunError ? error : null;
    if (!known) deps.log.error({ err: error, threadId: input.threadId }, 'AG-UI run failed');
    try {
      stream.emit({
        type: EventType.RUN_ERROR,
        code: known?.code ?? 'INTERNAL_ERROR',
        message: known?.message ?? 'Something went wrong on our side; reload to see the conversation.',
      });
    } catch (emitError) {
      deps.log.error({ err: emitError }, 'could not send RUN_ERROR');
    }
  } finally {
    stream.end();
  }
}

import type { ConfirmActionResult } from '../../workflows/action-types';
import { dispatchCustomerMessage } from '../conversation-dispatch';
import { confirmAction } from './confirm-action';
import { findToolRecord, isIncomingRecorded } from './conversation-records';
import { loadTranscript } from './load-transcript';
import type { AguiDeps, AguiRun, RunBodyResult } from './run-context';
import { AguiRunError } from './run-error';
import type { RunIntent } from './run-request';
import { itemKey, type TranscriptItem } from './transcript';
import { transcriptEvents } from './transcript-encoding';
import { waitForTurn, waitWhileBusy } from './turn-wait';
import { readPendingActions } from './workflow-reads';

type Body<Kind extends RunIntent['kind']> = (
  deps: AguiDeps,
  run: AguiRun,
  intent: Extract<RunIntent, { kind: Kind }>,
) => Promise<RunBodyResult>;

/** Statuses of a write action that has been answered and handled. */
const DECIDED = new Set(['rejected', 'expired', 'succeeded', 'failed']);

const keysOf = (items: readonly TranscriptItem[]): Set<string> => new Set(items.map(itemKey));

/** A page (re)load: once any turn in progress is done, the ending sends the snapshots. */
const load: Body<'load'> = async (deps, run) => {
  await waitWhileBusy(deps, run.target.ref.workflowId, deps.limits, run.stream.signal);
  return { snapshot: true, extras: [] };
};

/**
 * A new customer message: hand it to the workflow, wait for the turn, then stream what the turn
 * added (cards, the reply, forms). A message the workflow already recorded (a retried request)
 * is not sent again: the run shows the conversation as it is.
 */
const message: Body<'message'> = async (deps, run, intent) => {
  const { ref, customer } = run.target;
  if (await isIncomingRecorded(deps.db, ref.workflowId, intent.messageId))
    return load(deps, run, { kind: 'load' });
  const before = keysOf(await loadTranscript(deps.db, ref.workflowId));
  try {
    await dispatchCustomerMessage(deps, ref, {
      messageId: intent.messageId,
      chatwootMessageId: null,
      content: intent.content,
      attachments: [],
      sentAt: deps.now().toISOString(),
      customer,
    });
  } catch (error) {
    deps.log.error(
      { err: error, workflowId: ref.workflowId },
      'could not hand the widget message to Temporal',
    );
    throw new AguiRunError(
      'TEMPORAL_UNAVAILABLE',
      'The conversation engine is unavailable; try again shortly.',
    );
  }
  await waitForTurn(
    deps,
    { workflowId: ref.workflowId, messageId: intent.messageId, now: deps.now },
    deps.limits,
    run.stream.signal,
  );
  const after = await loadTranscript(deps.db, ref.workflowId);
  const added = after.filter(
    (item) => !before.has(itemKey(item)) && !(item.kind === 'user' && item.id === intent.messageId),
  );
  for (const event of transcriptEvents(added)) run.stream.emit(event);
  return { snapshot: false, extras: [], transcript: after };
};

/**
 * The customer's answers to pending actions: each becomes the workflow's `confirmAction` update;
 * the run streams each action's result and the reply that followed. An answer to an action that
 * was already handled (a replayed request) is not sent again; the snapshot shows its outcome.
 */
const answer: Body<'answer'> = async (deps, run, intent) => {
  const workflowId = run.target.ref.workflowId;
  const pending = await readPendingActions(deps.temporal, workflowId, deps.now());
  const before = keysOf(await loadTranscript(deps.db, workflowId, pending));
  const results: ConfirmActionResult[] = [];
  for (const given of intent.answers) {
    const actionId = given.actionId ?? (pending.length === 1 ? pending[0]!.actionId : null);
    if (!actionId) {
      throw new AguiRunError(
        'ACTION_REQUIRED',
        'Name the action this answer is for (interruptId or toolCallId).',
      );
    }
    if (!pending.some((action) => action.actionId === actionId)) {
      const stored = await findToolRecord(deps.db, workflowId, actionId);
      if (stored?.kind === 'write' && DECIDED.has(stored.status)) continue;
    }
    results.push(await confirmAction(deps.temporal, workflowId, { ...given, actionId }, run.token));
  }

  const after = await loadTranscript(deps.db, workflowId);
  const added = after.filter((item) => !before.has(itemKey(item)));
  // The workflow's answer is authoritative; the database may record it a moment later.
  const extras: TranscriptItem[] = [];
  for (const result of results) {
    if (!after.some((item) => item.kind === 'outcome' && item.toolCallId === result.actionId)) {
      const content = JSON.stringify({
        actionId: result.actionId,
        status: result.status,
        result: result.result ?? null,
        error: result.error,
      });
      extras.push({ kind: 'outcome', toolCallId: result.actionId, content });
    }
    if (result.reply && !added.some((item) => item.kind === 'text' && item.content === result.reply)) {
      extras.push({ kind: 'text', id: `${result.actionId}:reply`, content: result.reply });
    }
  }
  for (const event of transcriptEvents([...added, ...extras])) run.stream.emit(event);
  return { snapshot: true, extras, transcript: after };
};

/** The body of each kind of run. */
export const RUN_BODIES: { [Kind in RunIntent['kind']]: Body<Kind> } = { load, message, answer };

import {
  allHandlersFinished,
  condition,
  continueAsNew,
  patched,
  proxyActivities,
  setCurrentDetails,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type { createActivities } from '../activities/create-activities';
import { DATABASE_ACTIVITY, LLM_ACTIVITY } from './activity-options';
import { ConversationState } from './conversation-state';
import { runCustomerTurn } from './customer-turn';
import { settleAction } from './action-settlement';
import {
  confirmActionUpdate,
  conversationViewQuery,
  customerMessageSignal,
  heldActionsQuery,
  humanMessageSignal,
  pendingActionsQuery,
  statusChangedSignal,
} from './messages';
import { orLogFailure } from './logged-failure';
import { offersHeldChange } from './pending-actions';
import { upsertChanged } from './publish-attributes';
import { ConversationStatusKey, EscalatedKey } from './search-attributes';
import { turnSettingsOf } from './turn-settings';
import type { ConversationInput, ConversationView } from './types';

type Activities = ReturnType<typeof createActivities>;
const store = proxyActivities<Activities>(DATABASE_ACTIVITY);
const learning = proxyActivities<Activities>(LLM_ACTIVITY);

/**
 * One customer conversation, for as long as it lives. Messages queue and are handled one turn at
 * a time; an idle conversation completes after the idle timeout (the next message starts a new
 * run, which restores the persisted summary); a long one continues as new with a summary.
 */
export async function conversationWorkflow(input: ConversationInput): Promise<ConversationView> {
  const state = new ConversationState(input);
  setHandler(customerMessageSignal, (message) => {
    state.enqueue(message);
  });
  setHandler(humanMessageSignal, (message) => {
    state.addHumanMessage(message);
  });
  setHandler(statusChangedSignal, (change) => {
    state.applyStatus(change);
  });
  setHandler(conversationViewQuery, () => state.view());
  setHandler(pendingActionsQuery, () => state.actions.pending());
  setHandler(heldActionsQuery, () => state.actions.held());
  let tokenKey: string | null = input.tokenKey ?? null;
  setHandler(
    confirmActionUpdate,
    async (answer) => {
      state.actions.answer(answer, Date.now());
      await condition(() => state.actions.get(answer.actionId)?.outcome != null);
      return state.actions.get(answer.actionId)!.outcome!;
    },
    { validator: (answer) => state.actions.validate(answer, state.ref.workflowId, tokenKey, Date.now()) },
  );

  const opened = await store.openConversation({ ref: input.ref, customer: input.customer });
  if (!input.carried && opened.persisted) state.restore(opened.persisted);
  const { settings } = opened;
  tokenKey = opened.tokenKey ?? tokenKey;
  if (settings.actionTimeoutMs) state.actionTimeoutMs = settings.actionTimeoutMs;
  const turnSettings = turnSettingsOf(settings);
  publish(state);
  // The status change this run last acted on: one that arrives during a turn is acted on after it.
  let handledStatusVersion = 0;
  const besideTurns = new BesideTurns();

  for (;;) {
    await recordHumanMessages(state);
    for (const record of state.actions.answered()) await settleAction(state, record, 'answered');
    for (const record of state.actions.due(Date.now())) await settleAction(state, record, 'expired');
    const next = state.queue.shift();
    if (next) {
      state.busy = true;
      try {
        await runCustomerTurn(state, next, turnSettings);
      } finally {
        state.busy = false;
      }
      publish(state);
      await rememberLongConversation(state, settings.memoryEveryNTurns, besideTurns);
      continue;
    }

    const info = workflowInfo();
    if (info.continueAsNewSuggested || info.historyLength > settings.historyEventLimit) {
      // A confirmation's update handler waits for this loop to carry it out: serve it first.
      await condition(() => allHandlersFinished() || state.actions.answered().length > 0);
      await besideTurns.finished();
      if (
        state.queue.length === 0 &&
        state.humanMessages.length === 0 &&
        state.actions.answered().length === 0
      ) {
        await store.saveConversation({ conversationId: state.ref.workflowId, carried: state.carry() });
        await continueAsNew<typeof conversationWorkflow>({
          ...input,
          customer: state.customer,
          carried: state.carry(),
          ...(tokenKey ? { tokenKey } : {}),
        });
      }
      continue;
    }

    const statusVersion = patched('status-across-turns') ? handledStatusVersion : state.statusVersion;
    const untilExpiry = state.actions.msUntilNextExpiry(Date.now());
    const woke = await condition(
      () =>
        state.queue.length > 0 ||
        state.humanMessages.length > 0 ||
        state.statusVersion !== statusVersion ||
        state.actions.answered().length > 0,
      untilExpiry === null ? settings.idleTimeout : Math.max(1, untilExpiry),
    );
    if (state.statusVersion !== statusVersion) {
      handledStatusVersion = state.statusVersion;
      await store.saveConversation({ conversationId: state.ref.workflowId, carried: state.carry() });
      publish(state);
      // A resolved conversation teaches: the customer's memory, and facts from human answers.
      if (state.status === 'resolved' && patched('learn-on-resolve')) {
        await besideTurns.finished();
        await learnOrLog('memory', () =>
          learning.extractCustomerMemory({ conversationId: state.ref.workflowId }),
        );
        await learnOrLog('learned facts', () =>
          learning.proposeLearnedFacts({ conversationId: state.ref.workflowId }),
        );
      }
    }
    // A proposed change keeps the run alive until it is answered or expires.
    if (!woke && !state.actions.hasOpen()) {
      await besideTurns.finished();
      await store.saveConversation({ conversationId: state.ref.workflowId, carried: state.carry() });
      await condition(() => allHandlersFinished() || state.actions.answered().length > 0);
      // A message that slipped in while we saved keeps the run going.
      if (state.queue.length === 0 && state.humanMessages.length === 0 && !state.actions.hasOpen()) {
        return state.view();
      }
    }
  }
}

/**
 * Steps that run beside the conversation's turns instead of before the next one, one at a time in
 * the order they were added. A run waits for them before it continues as new or completes.
 */
class BesideTurns {
  private last: Promise<void> = Promise.resolve();

  add(step: () => Promise<unknown>): void {
    this.last = this.last.then(step).then(() => undefined);
  }

  finished(): Promise<void> {
    return this.last;
  }
}

/**
 * A long conversation teaches before it is resolved: its memory every N customer turns. With a real
 * model an extraction takes seconds, which the customer's next message should not wait for, so it
 * runs beside the next turns. Runs recorded before that replay with the extraction awaited in line.
 */
async function rememberLongConversation(
  state: ConversationState,
  everyN: number | undefined,
  besideTurns: BesideTurns,
): Promise<void> {
  if (!everyN || state.turnCount === 0 || state.turnCount === state.memoryTurn) return;
  if (state.turnCount % everyN !== 0 || !patched('memory-every-n-turns')) return;
  state.memoryTurn = state.turnCount;
  const extract = () => learning.extractCustomerMemory({ conversationId: state.ref.workflowId });
  if (!patched('memory-beside-turns')) {
    await extract();
    return;
  }
  besideTurns.add(() => learnOrLog('memory', extract));
}

/**
 * Runs a learning step; when it fails for good (every model and retry spent) the failure is
 * logged and the conversation goes on: what it would have learned is not worth the customer's run.
 */
function learnOrLog(what: string, step: () => Promise<unknown>): Promise<unknown> {
  return orLogFailure('a learning step failed; the conversation goes on without it', { what }, step);
}

async function recordHumanMessages(state: ConversationState): Promise<void> {
  const messages = state.takeHumanMessages();
  for (const message of messages) {
    await store.recordHumanMessage({ conversationId: state.ref.workflowId, message });
    // After the reply is stored, so the form follows it in the customer's transcript.
    if (offersHeldChange(message, state.ref.workflowId)) {
      for (const record of state.actions.release(Date.now())) {
        await store.holdWriteAction({ actionId: record.actionId, held: false });
      }
    }
  }
}

/** Keeps the run's search attributes and current details in step with its state. */
function publish(state: ConversationState): void {
  upsertChanged(state.publishedAttributes, [
    { key: ConversationStatusKey, value: state.escalated ? 'escalated' : state.status },
    { key: EscalatedKey, value: state.escalated },
  ]);
  setCurrentDetails(state.details());
}

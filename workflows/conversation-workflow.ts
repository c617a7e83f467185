import {
  allHandlersFinished,
  condition,
  continueAsNew,
  proxyActivities,
  setCurrentDetails,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { createActivities } from '../activities/create-activities';
import { DATABASE_ACTIVITY } from './activity-options';
import { ConversationState } from './conversation-state';
import { runCustomerTurn } from './customer-turn';
import {
  conversationViewQuery,
  customerMessageSignal,
  humanMessageSignal,
  statusChangedSignal,
} from './messages';
import { ConversationStatusKey, EscalatedKey } from './search-attributes';
import type { ConversationInput, ConversationView } from './types';

type Activities = ReturnType<typeof createActivities>;
const store = proxyActivities<Activities>(DATABASE_ACTIVITY);

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

  const opened = await store.openConversation({ ref: input.ref, customer: input.customer });
  if (!input.carried && opened.persisted) state.restore(opened.persisted);
  const { settings } = opened;
  publish(state);

  for (;;) {
    await recordHumanMessages(state);
    const next = state.queue.shift();
    if (next) {
      state.busy = true;
      try {
        await runCustomerTurn(state, next);
      } finally {
        state.busy = false;
      }
      publish(state);
      continue;
    }

    const info = workflowInfo();
    if (info.continueAsNewSuggested || info.historyLength > settings.historyEventLimit) {
      await condition(allHandlersFinished);
      if (state.queue.length === 0 && state.humanMessages.length === 0) {
        await store.saveConversation({ conversationId: state.ref.workflowId, carried: state.carry() });
        await continueAsNew<typeof conversationWorkflow>({
          ...input,
          customer: state.customer,
          carried: state.carry(),
        });
      }
      continue;
    }

    const statusVersion = state.statusVersion;
    const woke = await condition(
      () => state.queue.length > 0 || state.humanMessages.length > 0 || state.statusVersion !== statusVersion,
      settings.idleTimeout,
    );
    if (state.statusVersion !== statusVersion) {
      await store.saveConversation({ conversationId: state.ref.workflowId, carried: state.carry() });
      publish(state);
    }
    if (!woke) {
      await store.saveConversation({ conversationId: state.ref.workflowId, carried: state.carry() });
      await condition(allHandlersFinished);
      // A message that slipped in while we saved keeps the run going.
      if (state.queue.length === 0 && state.humanMessages.length === 0) return state.view();
    }
  }
}

async function recordHumanMessages(state: ConversationState): Promise<void> {
  const messages = state.takeHumanMessages();
  for (const message of messages) {
    await store.recordHumanMessage({ conversationId: state.ref.workflowId, message });
  }
}

/** Keeps the run's search attributes and current details in step with its state. */
function publish(state: ConversationState): void {
  upsertSearchAttributes([
    { key: ConversationStatusKey, value: state.escalated ? 'escalated' : state.status },
    { key: EscalatedKey, value: state.escalated },
  ]);
  setCurrentDetails(state.details());
}

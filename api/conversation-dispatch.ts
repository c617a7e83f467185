import { WorkflowNotFoundError } from '@temporalio/client';
import { conversationWorkflow } from '../workflows/conversation-workflow';
import { customerMessageSignal, humanMessageSignal, statusChangedSignal } from '../workflows/messages';
import {
  ChannelKey,
  ConversationStatusKey,
  CustomerEmailKey,
  EscalatedKey,
} from '../workflows/search-attributes';
import type {
  ConversationRef,
  CustomerRef,
  HumanMessage,
  IncomingMessage,
  StatusChange,
} from '../workflows/types';
import type { AppContext } from './app-context';

type Deps = Pick<AppContext, 'temporal' | 'config'>;

function startOptions(deps: Deps, ref: ConversationRef, customer: CustomerRef) {
  const who = customer.name ?? customer.email ?? 'unknown customer';
  const where =
    ref.channel === 'web'
      ? 'web widget'
      : `Chatwoot account ${ref.accountId}, conversation ${ref.chatwootConversationId}`;
  return {
    workflowId: ref.workflowId,
    taskQueue: deps.config.temporal.taskQueue,
    args: [{ ref, customer }] as [Parameters<typeof conversationWorkflow>[0]],
    typedSearchAttributes: [
      { key: ChannelKey, value: ref.channel },
      { key: ConversationStatusKey, value: 'open' },
      { key: EscalatedKey, value: false },
      ...(customer.email ? [{ key: CustomerEmailKey, value: customer.email }] : []),
    ],
    staticSummary: `Conversation with ${who} (${where})`,
  };
}

/**
 * Hands a customer message to its conversation workflow, starting the workflow when it is not
 * running (signal-with-start), so the webhook only talks to Temporal and answers at once.
 */
export async function dispatchCustomerMessage(
  deps: Deps,
  ref: ConversationRef,
  message: IncomingMessage,
): Promise<void> {
  await deps.temporal.workflow.signalWithStart(conversationWorkflow, {
    ...startOptions(deps, ref, message.customer),
    signal: customerMessageSignal,
    signalArgs: [message],
  });
}

/** Records a human agent's message in the conversation's workflow (starting it if needed). */
export async function dispatchHumanMessage(
  deps: Deps,
  ref: ConversationRef,
  customer: CustomerRef,
  message: HumanMessage,
): Promise<void> {
  await deps.temporal.workflow.signalWithStart(conversationWorkflow, {
    ...startOptions(deps, ref, customer),
    signal: humanMessageSignal,
    signalArgs: [message],
  });
}

/** Tells a running conversation its status changed; a conversation with no run has nothing to update. */
export async function dispatchStatusChange(
  deps: Deps,
  ref: ConversationRef,
  change: StatusChange,
): Promise<boolean> {
  try {
    await deps.temporal.workflow.getHandle(ref.workflowId).signal(statusChangedSignal, change);
    return true;
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return false;
    throw error;
  }
}

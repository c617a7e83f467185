import type { Client } from '@temporalio/client';
import type { PendingAction } from '../../workflows/action-types';
import { conversationViewQuery, pendingActionsQuery } from '../../workflows/messages';
import type { ConversationView } from '../../workflows/types';

/*
 * Queries of the conversation workflow. A conversation whose workflow does not exist (yet), or a
 * query a running version does not know, reads as "nothing": the endpoint then streams what the
 * database holds.
 */

/** The workflow's read model, or null when it cannot be read. */
export async function readConversationView(
  temporal: Client,
  workflowId: string,
): Promise<ConversationView | null> {
  try {
    return await temporal.workflow.getHandle(workflowId).query(conversationViewQuery);
  } catch {
    return null;
  }
}

/** The actions that still wait for the customer at `now` (expired ones can no longer be answered). */
export async function readPendingActions(
  temporal: Client,
  workflowId: string,
  now: Date,
): Promise<PendingAction[]> {
  try {
    const actions = await temporal.workflow.getHandle(workflowId).query(pendingActionsQuery);
    return actions.filter(
      (action) => action.status === 'pending' && Date.parse(action.expiresAt) > now.getTime(),
    );
  } catch {
    return [];
  }
}

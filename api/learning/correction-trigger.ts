import { KESHER_KEY_ATTRIBUTE } from '../../activities/chatwoot/deliver-message';
import type { CorrectionTrigger } from '../../activities/learning/corrections/correction-types';
import { conversationWorkflowId } from '../chatwoot/delivery-key';
import type { ChatwootWebhook } from '../chatwoot/webhook-schemas';

/**
 * Decides, without I/O, whether a Chatwoot delivery may carry a human's correction of the AI and
 * so starts the correction workflow: a human agent's outgoing message or private note
 * (`message_created`), or an edit of one of Kesher's own private-note drafts (`message_updated`,
 * recognised by the key Kesher stamps in `content_attributes`). Whether it really corrects
 * something is decided later against the conversation's messages.
 */
export function correctionTriggerOf(
  payload: ChatwootWebhook,
  options: { botName: string },
): CorrectionTrigger | null {
  if (payload.event !== 'message_created' && payload.event !== 'message_updated') return null;
  if (payload.message_type !== 'outgoing') return null;
  const content = payload.content ?? '';
  if (!content.trim()) return null;
  const attributes = payload.content_attributes ?? {};
  const kesherKey =
    typeof attributes[KESHER_KEY_ATTRIBUTE] === 'string'
      ? (attributes[KESHER_KEY_ATTRIBUTE] as string)
      : null;
  const base = {
    conversationId: conversationWorkflowId(payload.account.id, payload.conversation.id),
    accountId: payload.account.id,
    chatwootConversationId: payload.conversation.id,
    chatwootMessageId: payload.id,
    content,
    private: payload.private,
    at: payload.created_at,
  };

  if (payload.event === 'message_updated') {
    // Only an edit of our own draft is a correction; a deleted draft teaches nothing.
    if (!kesherKey || !payload.private || attributes['deleted'] === true) return null;
    return { ...base, event: 'draft_edited', kesherKey, agentName: null };
  }
  const sender = payload.sender;
  if (kesherKey || sender?.type !== 'user') return null;
  if (sender.name && sender.name.trim().toLowerCase() === options.botName.trim().toLowerCase()) return null;
  return { ...base, event: 'human_message', kesherKey: null, agentName: sender.name ?? null };
}

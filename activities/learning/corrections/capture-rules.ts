import { sameText, textSimilarity } from '../text-similarity';
import type { CorrectionCase, CorrectionTrigger } from './correction-types';

/** A stored message as the capture rules read it. */
export interface CaseMessage {
  id: number;
  chatwootMessageId: number | null;
  author: string;
  private: boolean;
  content: string;
  contentAttributes: Record<string, unknown> | null;
  instructionVersion: number | null;
  idempotencyKey: string | null;
}

/** A human's correction found in the conversation. */
export interface FoundCorrection {
  correctionCase: CorrectionCase;
  /** The AI message corrected. */
  aiMessage: CaseMessage;
  original: string;
  humanText: string;
  editType: 'edited' | 'replaced';
}

export type CaptureDecision = { capture: true; found: FoundCorrection } | { capture: false; reason: string };

/** A human text this alike the draft is an edit of it; less alike, a replacement. */
const EDITED = 0.5;

/** An AI private note that is a reply draft (not a handoff note or another notice). */
export function isDraft(message: CaseMessage): boolean {
  const attributes = message.contentAttributes ?? {};
  return (
    message.author === 'ai' && message.private && !('handoff' in attributes) && attributes['draft'] !== false
  );
}

/**
 * Decides, without I/O, whether a Chatwoot event is a human correcting the AI, from the
 * conversation's recent messages (oldest first):
 * - a human's outgoing message after an AI draft (private note) that no human answered yet: the
 *   draft was replaced or edited before sending (a copy sent unchanged is no correction);
 * - a human's private note after an AI reply that was sent automatically: the note corrects it;
 * - an AI draft whose text changed (Chatwoot `message_updated`): the draft was edited in place.
 */
export function decideCapture(trigger: CorrectionTrigger, messages: readonly CaseMessage[]): CaptureDecision {
  if (!trigger.content.trim()) return { capture: false, reason: 'empty message' };
  if (trigger.event === 'draft_edited') return editedDraft(trigger, messages);
  const before = messages.filter((message) => message.chatwootMessageId !== trigger.chatwootMessageId);
  return trigger.private ? noteOnReply(trigger, before) : replacedDraft(trigger, before);
}

function editedDraft(trigger: CorrectionTrigger, messages: readonly CaseMessage[]): CaptureDecision {
  const draft = messages.find(
    (message) =>
      message.author === 'ai' &&
      (message.chatwootMessageId === trigger.chatwootMessageId ||
        (trigger.kesherKey !== null && message.idempotencyKey === trigger.kesherKey)),
  );
  if (!draft) return { capture: false, reason: 'the edited message is not a recorded AI message' };
  if (!isDraft(draft)) return { capture: false, reason: 'the edited AI message is not a draft' };
  if (sameText(draft.content, trigger.content))
    return { capture: false, reason: 'the draft text did not change' };
  return {
    capture: true,
    found: {
      correctionCase: 'draft_edited',
      aiMessage: draft,
      original: draft.content,
      humanText: trigger.content,
      editType: 'edited',
    },
  };
}

function replacedDraft(trigger: CorrectionTrigger, before: readonly CaseMessage[]): CaptureDecision {
  for (let index = before.length - 1; index >= 0; index--) {
    const message = before[index]!;
    if (message.author === 'human' && !message.private) {
      return { capture: false, reason: 'a human already answered after the last AI message' };
    }
    if (message.author !== 'ai') continue;
    if (!isDraft(message)) return { capture: false, reason: 'the last AI message is not a draft' };
    if (sameText(message.content, trigger.content))
      return { capture: false, reason: 'the draft was sent unchanged' };
    return {
      capture: true,
      found: {
        correctionCase: 'draft_replaced',
        aiMessage: message,
        original: message.content,
        humanText: trigger.content,
        editType: textSimilarity(message.content, trigger.content) >= EDITED ? 'edited' : 'replaced',
      },
    };
  }
  return { capture: false, reason: 'no AI draft before the message' };
}

function noteOnReply(trigger: CorrectionTrigger, before: readonly CaseMessage[]): CaptureDecision {
  for (let index = before.length - 1; index >= 0; index--) {
    const message = before[index]!;
    if (message.author === 'human') {
      return { capture: false, reason: 'a human wrote after the last AI message' };
    }
    if (message.author !== 'ai') continue;
    if (message.private)
      return { capture: false, reason: 'the last AI message was not sent to the customer' };
    return {
      capture: true,
      found: {
        correctionCase: 'note_on_reply',
        aiMessage: message,
        original: message.content,
        humanText: trigger.content,
        editType: 'replaced',
      },
    };
  }
  return { capture: false, reason: 'no AI reply before the note' };
}

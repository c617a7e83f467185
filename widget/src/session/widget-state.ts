import type { PendingAction } from '../../../workflows/action-types';
import type { ConversationView } from '../../../workflows/types';

/** The run state the endpoint sends in STATE_SNAPSHOT. */
export interface WidgetState {
  conversationId: string;
  /** 'web' conversations chat here; others only answer forms (the chat goes on in Chatwoot or email). */
  channel: string;
  /** The company's calendar day (`YYYY-MM-DD`): forms check dates against it, not the browser's clock. */
  today: string;
  pendingActions: PendingAction[];
  conversation: ConversationView | null;
  /** The customer's language as Kesher last read it (a code such as `he`), or null. */
  language?: string | null;
}

/** Reads the agent's state, which is `{}` until the first STATE_SNAPSHOT arrives. */
export function widgetStateOf(state: unknown): WidgetState | null {
  const candidate = state as Partial<WidgetState> | null;
  return candidate && Array.isArray(candidate.pendingActions) && typeof candidate.today === 'string'
    ? (candidate as WidgetState)
    : null;
}

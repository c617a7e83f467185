/**
 * Pending write actions: a change an agent proposed that waits for the customer's confirmation.
 * Pure types only: imported by workflow code, the API and the widget's server side.
 */

/** The write tools an agent may propose (each runs only after approval). */
export type WriteToolName =
  'pause_subscription' | 'skip_month' | 'change_frequency' | 'change_address' | 'file_damage_claim';

/**
 * The values the policy accepts today for a form's choice field (field → values), such as the
 * months a skip can name: the form offers these and no others.
 */
export type ActionChoices = Record<string, Array<string | number>>;

/**
 * A further change the same message asked for ("skip January and February"): one form at a time,
 * so it is proposed once the customer has confirmed the change before it.
 */
export interface QueuedChange {
  /** The tool-call id its proposal will carry. */
  actionId: string;
  toolName: WriteToolName;
  args: Record<string, unknown>;
}

export type ActionStatus = 'pending' | 'approved' | 'rejected' | 'expired' | 'succeeded' | 'failed';

/** One proposed change; `actionId` is the tool-call id of the proposal. */
export interface PendingAction {
  actionId: string;
  toolName: WriteToolName;
  /** The arguments the agent proposed (shown pre-filled in the form). */
  proposedArgs: Record<string, unknown>;
  /** One sentence for the customer: what will happen. */
  summary: string;
  /** The form's choices the policy allows (absent for a tool without a choice field). */
  choices?: ActionChoices;
  /** ISO timestamps (workflow time). */
  createdAt: string;
  expiresAt: string;
  status: ActionStatus;
  /** The customer message that led to the proposal. */
  sourceMessageId: string;
}

/** The customer's answer to a pending action (the `confirmAction` update's argument). */
export interface ConfirmActionInput {
  actionId: string;
  decision: 'approve' | 'reject';
  /** Edited arguments; validated again against the tool's schema. */
  args?: Record<string, unknown>;
  /** The per-conversation signed token the widget or form link carries. */
  token: string;
}

/** What the confirmation led to, returned by the update once the action has been handled. */
export interface ConfirmActionResult {
  actionId: string;
  status: Exclude<ActionStatus, 'pending' | 'approved'>;
  /** The tool's result on success, or the error shown to the customer on failure. */
  result: unknown;
  error: string | null;
  /** The reply the customer got about it. */
  reply: string | null;
}

import type { WriteToolName } from '../../../workflows/action-types';
import type { ActionDecision } from '../session/kesher-conversation';
import type { SessionParams } from '../session/session-params';

/** A proposed change the customer is asked to confirm (a write tool call without a result). */
export interface FormAction {
  actionId: string;
  toolName: WriteToolName;
  proposedArgs: Record<string, unknown>;
  /** The workflow's one-line description of the change, when it is still pending. */
  summary: string | null;
  expiresAt: string | null;
}

/** What every form gets. */
export interface FormProps {
  action: FormAction;
  /** The company's calendar day, `YYYY-MM-DD`. */
  today: string;
  session: SessionParams;
  /** True while a run is under way: the buttons wait. */
  busy: boolean;
  onAnswer: (decision: ActionDecision) => void;
}

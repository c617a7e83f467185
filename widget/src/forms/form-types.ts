import type { ActionChoices, WriteToolName } from '../../../workflows/action-types';
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
  /** The values the policy accepts for the form's choice field; null: the form's own list. */
  choices: ActionChoices | null;
}

/** The values offered for `field`: the policy's choices when known, else `all`. */
export function offered<Value extends string | number>(
  action: FormAction,
  field: string,
  all: readonly Value[],
): Value[] {
  const allowed = action.choices?.[field]?.map(String);
  return allowed ? all.filter((value) => allowed.includes(String(value))) : [...all];
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

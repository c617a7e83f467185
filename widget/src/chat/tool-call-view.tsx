import type { ReactElement } from 'react';
import type { ToolCall } from '@ag-ui/client';
import { CARDS } from '../cards/card-registry';
import type { FailedResult } from '../cards/card-types';
import { ActionOutcome, ClosedAction } from '../forms/action-outcome';
import { FORMS, isFormTool } from '../forms/form-registry';
import { useText } from '../i18n';
import type { ActionDecision } from '../session/kesher-conversation';
import type { SessionParams } from '../session/session-params';
import type { WidgetState } from '../session/widget-state';

interface ToolCallViewProps {
  call: ToolCall;
  /** The content of the tool message answering this call, if any. */
  result: string | undefined;
  state: WidgetState | null;
  session: SessionParams;
  busy: boolean;
  onAnswer: (actionId: string, decision: ActionDecision) => void;
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * One tool call in the chat: a read tool's card, or a write tool's form while the action is
 * pending, its outcome once decided.
 */
export function ToolCallView({
  call,
  result,
  state,
  session,
  busy,
  onAnswer,
}: ToolCallViewProps): ReactElement | null {
  const text = useText();
  const name = call.function.name;
  if (isFormTool(name)) {
    const title = text.form.titles[name];
    if (result !== undefined) return <ActionOutcome title={title} content={result} />;
    const pending = state?.pendingActions.find((action) => action.actionId === call.id);
    if (!pending) return state ? <ClosedAction title={title} /> : null;
    const Form = FORMS[name];
    return (
      <Form
        action={{
          actionId: call.id,
          toolName: name,
          proposedArgs:
            (parseJson(call.function.arguments) as Record<string, unknown> | undefined) ??
            pending.proposedArgs,
          summary: pending.summary,
          expiresAt: pending.expiresAt,
          choices: pending.choices ?? null,
        }}
        today={state?.today ?? ''}
        session={session}
        busy={busy}
        onAnswer={(decision) => onAnswer(call.id, decision)}
      />
    );
  }
  const Card = CARDS[name];
  const parsed = parseJson(result) as { ok?: boolean } | undefined;
  if (!Card || !parsed) return null;
  if (parsed.ok === false) {
    const failed = parsed as FailedResult;
    return (
      <p className="kesher-card kesher-hint" role="note">
        {failed.message ?? failed.error ?? text.chat.nothingFound}
      </p>
    );
  }
  return <Card result={parsed as never} />;
}

import { useState, type ReactElement } from 'react';
import { useText } from '../i18n';
import { Field, FormShell } from './form-shell';
import { PAUSE_LENGTHS } from '../../../workflows/write-tool-args';
import { offered, type FormProps } from './form-types';
import { checkArgs, type FieldErrors } from './validation';

/** Pause the subscription for 1 to 3 months (those the policy allows), pre-filled with the agent's proposal. */
export function PauseSubscriptionForm({ action, today, busy, onAnswer }: FormProps): ReactElement {
  const proposed = action.proposedArgs;
  const [months, setMonths] = useState(String(proposed.months ?? ''));
  const startMonth = typeof proposed.start_month === 'string' ? proposed.start_month : undefined;
  const [errors, setErrors] = useState<FieldErrors>({});
  const text = useText();
  const lengths = offered(action, 'months', PAUSE_LENGTHS).map(String);

  const confirm = (): void => {
    const checked = checkArgs('pause_subscription', { months, start_month: startMonth }, today, text);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    onAnswer({ decision: 'approve', args: checked.args });
  };

  return (
    <FormShell
      title={text.form.titles.pause_subscription}
      summary={action.summary}
      busy={busy}
      onConfirm={confirm}
      onReject={() => onAnswer({ decision: 'reject' })}
    >
      <Field label={text.form.fields.months} error={errors.months} hint={text.form.pauseHint}>
        {({ id, describedBy, invalid }) => (
          <select
            id={id}
            value={months}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(event) => setMonths(event.target.value)}
          >
            {lengths.includes(months) ? null : <option value={months}>{text.form.choose}</option>}
            {lengths.map((count) => (
              <option key={count} value={count}>
                {text.form.months(Number(count))}
              </option>
            ))}
          </select>
        )}
      </Field>
      {startMonth ? <p className="kesher-hint">{text.form.startsWith(text.month(startMonth))}</p> : null}
      {errors.start_month ? <p className="kesher-error">{errors.start_month}</p> : null}
    </FormShell>
  );
}

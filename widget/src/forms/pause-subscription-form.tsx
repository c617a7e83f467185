import { useState, type ReactElement } from 'react';
import { monthLabel } from '../../../workflows/write-tool-args';
import { Field, FormShell } from './form-shell';
import type { FormProps } from './form-types';
import { checkArgs, type FieldErrors } from './validation';

/** Pause the subscription for 1 to 3 months, pre-filled with the months the agent proposed. */
export function PauseSubscriptionForm({ action, today, busy, onAnswer }: FormProps): ReactElement {
  const proposed = action.proposedArgs;
  const [months, setMonths] = useState(String(proposed.months ?? ''));
  const startMonth = typeof proposed.start_month === 'string' ? proposed.start_month : undefined;
  const [errors, setErrors] = useState<FieldErrors>({});

  const confirm = (): void => {
    const checked = checkArgs('pause_subscription', { months, start_month: startMonth }, today);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    onAnswer({ decision: 'approve', args: checked.args });
  };

  return (
    <FormShell
      title="Pause subscription"
      summary={action.summary}
      busy={busy}
      onConfirm={confirm}
      onReject={() => onAnswer({ decision: 'reject' })}
    >
      <Field label="Months to pause" error={errors.months} hint="A pause lasts 1 to 3 months.">
        {({ id, describedBy, invalid }) => (
          <select
            id={id}
            value={months}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(event) => setMonths(event.target.value)}
          >
            {months === '' || !['1', '2', '3'].includes(months) ? (
              <option value={months}>Choose…</option>
            ) : null}
            <option value="1">1 month</option>
            <option value="2">2 months</option>
            <option value="3">3 months</option>
          </select>
        )}
      </Field>
      {startMonth ? <p className="kesher-hint">Starting with the {monthLabel(startMonth)} box.</p> : null}
      {errors.start_month ? <p className="kesher-error">{errors.start_month}</p> : null}
    </FormShell>
  );
}

import { useState, type ReactElement } from 'react';
import { Field, FormShell } from './form-shell';
import type { FormProps } from './form-types';
import { checkArgs, monthOf, type FieldErrors } from './validation';

/** Skip one month's box: a month after the current one, as YYYY-MM. */
export function SkipMonthForm({ action, today, busy, onAnswer }: FormProps): ReactElement {
  const [month, setMonth] = useState(String(action.proposedArgs.month ?? ''));
  const [errors, setErrors] = useState<FieldErrors>({});

  const confirm = (): void => {
    const checked = checkArgs('skip_month', { month }, today);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    onAnswer({ decision: 'approve', args: checked.args });
  };

  return (
    <FormShell
      title="Skip a month"
      summary={action.summary}
      busy={busy}
      onConfirm={confirm}
      onReject={() => onAnswer({ decision: 'reject' })}
    >
      <Field
        label="Month to skip"
        error={errors.month}
        hint={`A month after ${monthOf(today)}, e.g. 2027-01.`}
      >
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type="month"
            value={month}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(event) => setMonth(event.target.value)}
          />
        )}
      </Field>
    </FormShell>
  );
}

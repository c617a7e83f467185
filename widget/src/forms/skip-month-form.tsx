import { useState, type ReactElement } from 'react';
import { useText } from '../i18n';
import { Field, FormShell } from './form-shell';
import type { FormProps } from './form-types';
import { checkArgs, monthOf, type FieldErrors } from './validation';

/** Skip one month's box: a month after the current one, as YYYY-MM. */
export function SkipMonthForm({ action, today, busy, onAnswer }: FormProps): ReactElement {
  const [month, setMonth] = useState(String(action.proposedArgs.month ?? ''));
  const [errors, setErrors] = useState<FieldErrors>({});
  const text = useText();

  const confirm = (): void => {
    const checked = checkArgs('skip_month', { month }, today, text);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    onAnswer({ decision: 'approve', args: checked.args });
  };

  return (
    <FormShell
      title={text.form.titles.skip_month}
      summary={action.summary}
      busy={busy}
      onConfirm={confirm}
      onReject={() => onAnswer({ decision: 'reject' })}
    >
      <Field label={text.form.fields.month} error={errors.month} hint={text.form.skipHint(monthOf(today))}>
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

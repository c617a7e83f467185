import { useState, type ReactElement } from 'react';
import { SKIP_HORIZON_MONTHS } from '../../../workflows/write-tool-args';
import { useText } from '../i18n';
import { Field, FormShell } from './form-shell';
import { offered, type FormProps } from './form-types';
import { checkArgs, skippableMonths, type FieldErrors } from './validation';

/**
 * Skip one month's box: a month after the current one, as YYYY-MM, named in the widget's language.
 * Only the months the policy allows are offered (not one already skipped, nor one with no box).
 */
export function SkipMonthForm({ action, today, busy, onAnswer }: FormProps): ReactElement {
  const proposed = String(action.proposedArgs.month ?? '');
  const [month, setMonth] = useState(proposed);
  const [errors, setErrors] = useState<FieldErrors>({});
  const text = useText();
  const choices = offered(action, 'month', skippableMonths(today, proposed));

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
      <Field
        label={text.form.fields.month}
        error={errors.month}
        hint={text.form.skipHint(SKIP_HORIZON_MONTHS)}
      >
        {({ id, describedBy, invalid }) => (
          <select
            id={id}
            value={month}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(event) => setMonth(event.target.value)}
          >
            {choices.includes(month) ? null : <option value={month}>{text.form.choose}</option>}
            {choices.map((choice) => (
              <option key={choice} value={choice}>
                {text.month(choice)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </FormShell>
  );
}

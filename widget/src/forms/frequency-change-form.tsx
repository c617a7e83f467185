import { useId, useState, type ReactElement } from 'react';
import { useText } from '../i18n';
import { FormShell } from './form-shell';
import { FREQUENCIES } from '../../../workflows/write-tool-args';
import { offered, type FormProps } from './form-types';
import { checkArgs, type FieldErrors } from './validation';

/** Change how often boxes come: one of the plans the policy allows (never the current one). */
export function FrequencyChangeForm({ action, today, busy, onAnswer }: FormProps): ReactElement {
  const [frequency, setFrequency] = useState(String(action.proposedArgs.frequency ?? ''));
  const [errors, setErrors] = useState<FieldErrors>({});
  const name = useId();
  const text = useText();
  const options = offered(action, 'frequency', FREQUENCIES);

  const confirm = (): void => {
    const checked = checkArgs('change_frequency', { frequency }, today, text);
    if (!checked.ok) return setErrors({ frequency: text.form.frequencyChoose });
    setErrors({});
    onAnswer({ decision: 'approve', args: checked.args });
  };

  return (
    <FormShell
      title={text.form.titles.change_frequency}
      summary={action.summary}
      busy={busy}
      onConfirm={confirm}
      onReject={() => onAnswer({ decision: 'reject' })}
    >
      <fieldset className="kesher-field" aria-invalid={Boolean(errors.frequency)}>
        <legend>{text.form.fields.frequency}</legend>
        {options.map((option) => (
          <label key={option} className="kesher-radio">
            <input
              type="radio"
              name={name}
              value={option}
              checked={frequency === option}
              onChange={() => setFrequency(option)}
            />
            {text.form.frequencies[option]}
          </label>
        ))}
        {errors.frequency ? (
          <small className="kesher-error" role="alert">
            {errors.frequency}
          </small>
        ) : null}
      </fieldset>
    </FormShell>
  );
}

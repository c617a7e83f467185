import { useId, useState, type ReactElement } from 'react';
import { FormShell } from './form-shell';
import type { FormProps } from './form-types';
import { checkArgs, type FieldErrors } from './validation';

const FREQUENCIES = [
  { value: 'monthly', label: 'Every month' },
  { value: 'bimonthly', label: 'Every 2 months' },
  { value: 'quarterly', label: 'Every 3 months' },
] as const;

/** Change how often boxes come: one of the three plans. */
export function FrequencyChangeForm({ action, today, busy, onAnswer }: FormProps): ReactElement {
  const [frequency, setFrequency] = useState(String(action.proposedArgs.frequency ?? ''));
  const [errors, setErrors] = useState<FieldErrors>({});
  const name = useId();

  const confirm = (): void => {
    const checked = checkArgs('change_frequency', { frequency }, today);
    if (!checked.ok) return setErrors({ frequency: 'Choose how often you want a box.' });
    setErrors({});
    onAnswer({ decision: 'approve', args: checked.args });
  };

  return (
    <FormShell
      title="Change delivery frequency"
      summary={action.summary}
      busy={busy}
      onConfirm={confirm}
      onReject={() => onAnswer({ decision: 'reject' })}
    >
      <fieldset className="kesher-field" aria-invalid={Boolean(errors.frequency)}>
        <legend>Delivery frequency</legend>
        {FREQUENCIES.map((option) => (
          <label key={option.value} className="kesher-radio">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={frequency === option.value}
              onChange={() => setFrequency(option.value)}
            />
            {option.label}
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

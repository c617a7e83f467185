import { useState, type ReactElement } from 'react';
import { useText } from '../i18n';
import { failureOf, validateAddress } from '../session/api-client';
import { Field, FormShell } from './form-shell';
import type { FormProps } from './form-types';
import { addressProblemMessage, checkArgs, type FieldErrors } from './validation';

const FIELDS = [
  { name: 'name', hint: 'recipientHint' },
  { name: 'line1' },
  { name: 'line2' },
  { name: 'city' },
  { name: 'region' },
  { name: 'postal_code' },
  { name: 'country', hint: 'countryHint' },
] as const;

type AddressField = (typeof FIELDS)[number]['name'];

const filled = (value: string): string | undefined => (value.trim() ? value.trim() : undefined);

/**
 * A new shipping address: required fields and the country's postal format are checked here,
 * then the address-validation endpoint checks deliverability before the form is sent.
 */
export function ChangeAddressForm({ action, today, session, busy, onAnswer }: FormProps): ReactElement {
  const [address, setAddress] = useState<Record<AddressField, string>>(() => {
    const proposed = action.proposedArgs;
    const value = (name: AddressField): string =>
      typeof proposed[name] === 'string' ? String(proposed[name]) : '';
    return Object.fromEntries(FIELDS.map((field) => [field.name, value(field.name)])) as Record<
      AddressField,
      string
    >;
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [reviewing, setReviewing] = useState(false);
  const text = useText();

  const confirm = async (): Promise<void> => {
    const raw = Object.fromEntries(FIELDS.map((field) => [field.name, filled(address[field.name])]));
    const checked = checkArgs('change_address', raw, today, text);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    setFormError(null);
    setChecking(true);
    try {
      const verdict = await validateAddress(session, checked.args as Record<string, string | undefined>);
      if (!verdict.valid || !verdict.address) {
        const onFields: FieldErrors = {};
        for (const problem of verdict.problems) {
          onFields[problem.field] ??= addressProblemMessage(problem, text);
        }
        setErrors(onFields);
        setFormError(onFields.address ?? text.form.addressUnverified);
        return;
      }
      const normalized = verdict.address;
      const changed = FIELDS.some(
        (field) => (normalized[field.name] ?? '') !== (filled(address[field.name]) ?? ''),
      );
      if (verdict.needsConfirmation && changed && !reviewing) {
        // The provider corrected the address: show its version and let the customer confirm that.
        setAddress(
          Object.fromEntries(
            FIELDS.map((field) => [field.name, normalized[field.name] ?? '']),
          ) as typeof address,
        );
        setReviewing(true);
        setFormError(text.form.addressAdjusted);
        return;
      }
      onAnswer({ decision: 'approve', args: { ...checked.args, ...normalized } });
    } catch (error) {
      setFormError(text.form.addressCheckUnavailable(text.failure(failureOf(error))));
    } finally {
      setChecking(false);
    }
  };

  return (
    <FormShell
      title={text.form.titles.change_address}
      summary={action.summary}
      busy={busy || checking}
      formError={formError}
      onConfirm={() => void confirm()}
      onReject={() => onAnswer({ decision: 'reject' })}
    >
      {FIELDS.map((field) => (
        <Field
          key={field.name}
          label={text.form.fields[field.name]}
          error={errors[field.name]}
          hint={'hint' in field ? text.form[field.hint] : undefined}
        >
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="text"
              autoComplete={field.name === 'postal_code' ? 'postal-code' : 'on'}
              value={address[field.name]}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(event) => setAddress({ ...address, [field.name]: event.target.value })}
            />
          )}
        </Field>
      ))}
    </FormShell>
  );
}

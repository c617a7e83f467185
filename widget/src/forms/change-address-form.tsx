import { useState, type ReactElement } from 'react';
import { validateAddress } from '../session/api-client';
import { Field, FormShell } from './form-shell';
import type { FormProps } from './form-types';
import { checkArgs, type FieldErrors } from './validation';

const FIELDS = [
  { name: 'name', label: 'Recipient name', hint: 'Leave empty to keep the current recipient.' },
  { name: 'line1', label: 'Address line 1' },
  { name: 'line2', label: 'Address line 2' },
  { name: 'city', label: 'City' },
  { name: 'region', label: 'State, province or region' },
  { name: 'postal_code', label: 'Postal code' },
  { name: 'country', label: 'Country code', hint: 'Two letters, e.g. US, GB, DE.' },
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

  const confirm = async (): Promise<void> => {
    const raw = Object.fromEntries(FIELDS.map((field) => [field.name, filled(address[field.name])]));
    const checked = checkArgs('change_address', raw, today);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    setFormError(null);
    setChecking(true);
    try {
      const verdict = await validateAddress(session, checked.args as Record<string, string | undefined>);
      if (!verdict.valid || !verdict.address) {
        const onFields: FieldErrors = {};
        for (const problem of verdict.problems) onFields[problem.field] ??= problem.message;
        setErrors(onFields);
        setFormError(onFields.address ?? 'The address could not be verified; please check it.');
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
        setFormError('We adjusted the address to match the postal records. Check it, then confirm again.');
        return;
      }
      onAnswer({ decision: 'approve', args: { ...checked.args, ...normalized } });
    } catch (error) {
      setFormError(`The address check is unavailable: ${(error as Error).message}`);
    } finally {
      setChecking(false);
    }
  };

  return (
    <FormShell
      title="Change shipping address"
      summary={action.summary}
      busy={busy || checking}
      formError={formError}
      onConfirm={() => void confirm()}
      onReject={() => onAnswer({ decision: 'reject' })}
    >
      {FIELDS.map((field) => (
        <Field
          key={field.name}
          label={field.label}
          error={errors[field.name]}
          hint={'hint' in field ? field.hint : undefined}
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

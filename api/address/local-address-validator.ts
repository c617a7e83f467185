import { changeAddressArgs } from '../../workflows/write-tool-args';
import type { AddressInput, AddressProblem, AddressValidator, AddressVerdict } from './address-validator';

const FIELDS = new Set(['name', 'line1', 'line2', 'city', 'region', 'postal_code', 'country']);

/**
 * The local rules, the same ones the `change_address` tool and the workflow's validator apply:
 * required fields, the region where the country needs one, and postal-code formats.
 */
export function validateLocally(address: AddressInput): AddressVerdict {
  const parsed = changeAddressArgs.safeParse(address);
  if (parsed.success) {
    return { valid: true, address: parsed.data, problems: [], needsConfirmation: false, provider: 'local' };
  }
  const problems: AddressProblem[] = parsed.error.issues.map((issue) => {
    const field = String(issue.path[0] ?? 'address');
    const missing =
      issue.code === 'invalid_type' || (issue.code === 'too_small' && issue.origin === 'string');
    return {
      field: (FIELDS.has(field) ? field : 'address') as AddressProblem['field'],
      code: missing ? 'required' : 'invalid',
      message: missing ? `${field.replace('_', ' ')} is required` : issue.message,
    };
  });
  return { valid: false, address: null, problems, needsConfirmation: false, provider: 'local' };
}

/** The validator used when no provider is configured. */
export function createLocalAddressValidator(): AddressValidator {
  return {
    async validate(address) {
      return validateLocally(address);
    },
  };
}

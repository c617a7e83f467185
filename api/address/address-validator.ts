import { z } from 'zod';

/** An address as the form sends it (the `change_address` argument names); any part may be missing. */
export const addressInputSchema = z.object({
  name: z.string().max(120).optional(),
  line1: z.string().max(200).optional(),
  line2: z.string().max(200).optional(),
  city: z.string().max(120).optional(),
  region: z.string().max(120).optional(),
  postal_code: z.string().max(20).optional(),
  country: z.string().max(10).optional(),
});
export type AddressInput = z.infer<typeof addressInputSchema>;

/** A complete address, normalized (upper-case country, canonical postal code). */
export interface ValidAddress {
  name?: string;
  line1: string;
  line2?: string;
  city: string;
  region?: string;
  postal_code: string;
  country: string;
}

/** One thing to fix, on the form field it belongs to. */
export interface AddressProblem {
  field: keyof AddressInput | 'address';
  message: string;
}

/** A validator's answer. */
export interface AddressVerdict {
  valid: boolean;
  /** The normalized address (the provider's spelling when it corrected it); null when invalid. */
  address: ValidAddress | null;
  problems: AddressProblem[];
  /** The provider inferred, replaced or could not confirm parts: show the customer the result first. */
  needsConfirmation: boolean;
  provider: 'local' | 'google';
  /** Set when the configured provider failed and the local rules answered instead. */
  providerError?: string;
}

/**
 * Checks a shipping address before the form is sent. The local rules (required fields, postal-code
 * formats per country) always run; a provider such as Google Address Validation can be plugged in.
 */
export interface AddressValidator {
  validate(address: AddressInput): Promise<AddressVerdict>;
}

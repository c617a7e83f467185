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

/**
 * What is wrong, as a code the widget words in the customer's language:
 * - `required`, `invalid`: the local rules (a field is empty, or breaks its country's format);
 * - `missing`: the provider found a part of the address missing (`value`: the provider's part type);
 * - `unconfirmed`: the provider could not confirm a part and finds it suspicious (`value`: that part);
 * - `unknown_part`: text the provider could not place in the address (`value`: that text);
 * - `unverified`: the provider refused the address without saying which part.
 */
export type AddressProblemCode =
  'required' | 'invalid' | 'missing' | 'unconfirmed' | 'unknown_part' | 'unverified';

/** One thing to fix, on the form field it belongs to; `message` is the English sentence. */
export interface AddressProblem {
  field: keyof AddressInput | 'address';
  code: AddressProblemCode;
  /** The text or part type the problem is about, for the widget's sentence. */
  value?: string;
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

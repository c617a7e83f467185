import type { AppConfig } from '../../config/config';
import type { AddressValidator } from './address-validator';
import { createGoogleAddressValidator } from './google-address-validator';
import { createLocalAddressValidator } from './local-address-validator';

/** Google Address Validation when a key is configured, else the local rules. */
export function createAddressValidator(
  config: AppConfig,
  options: { fetch?: typeof fetch } = {},
): AddressValidator {
  const google = config.widget.googleAddressValidation;
  return google
    ? createGoogleAddressValidator({ ...google, fetch: options.fetch })
    : createLocalAddressValidator();
}

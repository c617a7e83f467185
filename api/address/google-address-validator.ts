import type {
  AddressInput,
  AddressProblem,
  AddressValidator,
  AddressVerdict,
  ValidAddress,
} from './address-validator';
import { validateLocally } from './local-address-validator';

/** The parts of Google's `validateAddress` response this adapter reads. */
interface GoogleResponse {
  result?: {
    verdict?: {
      addressComplete?: boolean;
      hasUnconfirmedComponents?: boolean;
      hasInferredComponents?: boolean;
      hasReplacedComponents?: boolean;
      hasSpellCorrectedComponents?: boolean;
      possibleNextAction?: 'FIX' | 'CONFIRM_ADD_SUBPREMISES' | 'CONFIRM' | 'ACCEPT';
    };
    address?: {
      formattedAddress?: string;
      postalAddress?: {
        regionCode?: string;
        postalCode?: string;
        administrativeArea?: string;
        locality?: string;
        addressLines?: string[];
      };
      addressComponents?: Array<{
        componentName?: { text?: string };
        componentType?: string;
        confirmationLevel?: 'CONFIRMED' | 'UNCONFIRMED_BUT_PLAUSIBLE' | 'UNCONFIRMED_AND_SUSPICIOUS';
      }>;
      missingComponentTypes?: string[];
      unresolvedTokens?: string[];
    };
  };
}

/** Google's component types, by the form field the customer fixes them in. */
const FIELD_BY_COMPONENT: Record<string, AddressProblem['field']> = {
  street_number: 'line1',
  route: 'line1',
  premise: 'line1',
  subpremise: 'line2',
  locality: 'city',
  postal_town: 'city',
  administrative_area_level_1: 'region',
  postal_code: 'postal_code',
  country: 'country',
};

const fieldOf = (componentType: string | undefined): AddressProblem['field'] =>
  FIELD_BY_COMPONENT[componentType ?? ''] ?? 'address';

/** The request body: Google's PostalAddress built from the form's fields. */
function requestBody(address: ValidAddress): unknown {
  return {
    address: {
      regionCode: address.country,
      postalCode: address.postal_code,
      ...(address.region ? { administrativeArea: address.region } : {}),
      locality: address.city,
      addressLines: [address.line1, ...(address.line2 ? [address.line2] : [])],
      ...(address.name ? { recipients: [address.name] } : {}),
    },
  };
}

/** Reads Google's verdict into ours; the address keeps the customer's recipient name. */
export function fromGoogleResponse(input: ValidAddress, response: GoogleResponse): AddressVerdict {
  const verdict = response.result?.verdict ?? {};
  const result = response.result?.address ?? {};
  const problems: AddressProblem[] = [
    ...(result.missingComponentTypes ?? []).map((type) => ({
      field: fieldOf(type),
      code: 'missing' as const,
      value: type,
      message: `${type.replaceAll('_', ' ')} is missing`,
    })),
    ...(result.addressComponents ?? [])
      .filter((component) => component.confirmationLevel === 'UNCONFIRMED_AND_SUSPICIOUS')
      .map((component) => ({
        field: fieldOf(component.componentType),
        code: 'unconfirmed' as const,
        value: component.componentName?.text ?? '',
        message: `"${component.componentName?.text ?? ''}" could not be confirmed`,
      })),
    ...(result.unresolvedTokens ?? []).map((token) => ({
      field: 'address' as const,
      code: 'unknown_part' as const,
      value: token,
      message: `"${token}" is not part of a known address`,
    })),
  ];
  // Google's own recommendation wins; without it, a complete address with nothing suspicious passes.
  const valid = verdict.possibleNextAction
    ? verdict.possibleNextAction !== 'FIX'
    : verdict.addressComplete === true && problems.length === 0;
  const postal = result.postalAddress;
  const lines = postal?.addressLines?.length
    ? postal.addressLines
    : [input.line1, ...(input.line2 ? [input.line2] : [])];
  const [line1 = input.line1, ...rest] = lines;
  const normalized: ValidAddress = {
    ...(input.name ? { name: input.name } : {}),
    line1,
    ...(rest.length ? { line2: rest.join(', ') } : {}),
    city: postal?.locality ?? input.city,
    ...((postal?.administrativeArea ?? input.region)
      ? { region: postal?.administrativeArea ?? input.region }
      : {}),
    postal_code: postal?.postalCode ?? input.postal_code,
    country: postal?.regionCode ?? input.country,
  };
  return {
    valid,
    address: valid ? normalized : null,
    problems: valid
      ? []
      : problems.length
        ? problems
        : [{ field: 'address', code: 'unverified', message: 'This address could not be verified.' }],
    needsConfirmation:
      valid &&
      (verdict.possibleNextAction?.startsWith('CONFIRM') === true ||
        verdict.hasInferredComponents === true ||
        verdict.hasReplacedComponents === true ||
        verdict.hasSpellCorrectedComponents === true),
    provider: 'google',
  };
}

/**
 * Google Address Validation (`POST {baseUrl}/v1:validateAddress?key=...`). The local rules run first,
 * so a plainly incomplete address costs no call; if Google fails, the local verdict answers with
 * `providerError` set rather than blocking the customer.
 */
export function createGoogleAddressValidator(options: {
  apiKey: string;
  baseUrl: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}): AddressValidator {
  const doFetch = options.fetch ?? fetch;
  return {
    async validate(address: AddressInput) {
      const local = validateLocally(address);
      if (!local.valid || !local.address) return local;
      const url = `${options.baseUrl}/v1:validateAddress?key=${encodeURIComponent(options.apiKey)}`;
      try {
        const response = await doFetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(requestBody(local.address)),
          signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
        });
        if (!response.ok) throw new Error(`Google Address Validation answered HTTP ${response.status}`);
        return fromGoogleResponse(local.address, (await response.json()) as GoogleResponse);
      } catch (error) {
        return { ...local, providerError: (error as Error).message };
      }
    },
  };
}

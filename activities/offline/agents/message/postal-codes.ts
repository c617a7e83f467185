/**
 * Postal code formats by country (kb-004) and the regions that need a state or province, so an
 * address change is only proposed with a code that can be valid.
 */

/** Countries whose addresses need a state, province or region (kb-004). */
export const REGION_REQUIRED = new Set(['US', 'CA', 'AU', 'BR', 'MX']);

/** A country's postal codes, and how a reply describes them: their digits, or else their shape. */
export interface PostalFormat {
  pattern: RegExp;
  /** A code the customer can follow. */
  example: string;
  digits?: number;
  /** Codes that are not only digits, e.g. "A1A 1A1". */
  shape?: string;
}

/** The full postal code pattern per country. */
export const POSTAL_FORMATS: Readonly<Record<string, PostalFormat>> = {
  US: { pattern: /^\d{5}(?:-\d{4})?$/, example: '78756', digits: 5 },
  CA: { pattern: /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/i, example: 'R3M 2S4', shape: 'A1A 1A1' },
  GB: { pattern: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i, example: 'LS6 3BJ', shape: 'AA1 1AA' },
  DE: { pattern: /^\d{5}$/, example: '80636', digits: 5 },
  FR: { pattern: /^\d{5}$/, example: '75011', digits: 5 },
  ES: { pattern: /^\d{5}$/, example: '28004', digits: 5 },
  MX: { pattern: /^\d{5}$/, example: '44100', digits: 5 },
  AU: { pattern: /^\d{4}$/, example: '3053', digits: 4 },
  ZA: { pattern: /^\d{4}$/, example: '8001', digits: 4 },
  IL: { pattern: /^\d{7}$/, example: '3457112', digits: 7 },
  BR: { pattern: /^\d{5}-?\d{3}$/, example: '01304-001', shape: '00000-000' },
  AT: { pattern: /^\d{4}$/, example: '1060', digits: 4 },
  CH: { pattern: /^\d{4}$/, example: '8001', digits: 4 },
  BE: { pattern: /^\d{4}$/, example: '1000', digits: 4 },
  IT: { pattern: /^\d{5}$/, example: '00184', digits: 5 },
};

/** US state and Canadian and Australian region codes, to tell a region from a word. */
const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(
    ' ',
  ),
);
const CA_PROVINCES = new Set('AB BC MB NB NL NS NT NU ON PE QC SK YT'.split(' '));
const AU_STATES = new Set('ACT NSW NT QLD SA TAS VIC WA'.split(' '));

/** The country a region code belongs to, if it is one. */
export function countryOfRegion(code: string): string | null {
  const upper = code.toUpperCase();
  if (CA_PROVINCES.has(upper)) return 'CA';
  if (US_STATES.has(upper)) return 'US';
  if (AU_STATES.has(upper)) return 'AU';
  return null;
}

/** Is `code` a valid postal code for `country` (countries without a rule accept anything)? */
export function isValidPostalCode(country: string, code: string): boolean {
  const format = POSTAL_FORMATS[country];
  return format ? format.pattern.test(code.trim()) : code.trim().length > 0;
}

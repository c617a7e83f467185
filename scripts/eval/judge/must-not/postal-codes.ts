/** Postal-code formats by ISO country, to spot an address change proposed with an invalid code. */
const FORMATS: Readonly<Record<string, RegExp>> = {
  US: /^\d{5}(?:-\d{4})?$/,
  CA: /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/i,
  GB: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i,
  IL: /^\d{7}$/,
  DE: /^\d{5}$/,
  FR: /^\d{5}$/,
  ES: /^\d{5}$/,
  IT: /^\d{5}$/,
  MX: /^\d{5}$/,
  BR: /^\d{5}-?\d{3}$/,
  AU: /^\d{4}$/,
  ZA: /^\d{4}$/,
  AT: /^\d{4}$/,
  CH: /^\d{4}$/,
  BE: /^\d{4}$/,
  NL: /^\d{4} ?[A-Z]{2}$/i,
  AR: /^(?:[A-Z]\d{4}[A-Z]{3}|\d{4})$/i,
};

/** Whether `postalCode` is well formed for `country`; unknown countries only need a non-empty code. */
export function isValidPostalCode(country: unknown, postalCode: unknown): boolean {
  if (typeof postalCode !== 'string' || postalCode.trim() === '') return false;
  const format = typeof country === 'string' ? FORMATS[country.trim().toUpperCase()] : undefined;
  return format ? format.test(postalCode.trim()) : true;
}

import { z } from 'zod';
import type { WriteToolName } from './action-types';

/**
 * The write tools' argument schemas. Pure (zod only, no I/O): the conversation workflow's
 * `confirmAction` validator, the activities and the widget's server side all check edited
 * arguments with the same rules. Policy checks that need data (deadlines, limits) live with the
 * tools in `activities/commerce/write-tools/`.
 */

const yearMonth = z
  .string()
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM, e.g. 2027-01');

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value ? value : undefined));

/** Postal-code formats of the countries the address policy names (KB "Changing your shipping address"). */
const POSTAL_FORMATS: Record<
  string,
  { pattern: RegExp; example: string; normalize?: (code: string) => string }
> = {
  US: { pattern: /^\d{5}(-\d{4})?$/, example: '78756' },
  CA: {
    pattern: /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/,
    example: 'R3M 2S4',
    normalize: (code) => code.replace(/^(.{3}) ?(.{3})$/, '$1 $2'),
  },
  GB: {
    pattern: /^(GIR ?0AA|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})$/,
    example: 'LS6 3BJ',
    normalize: (code) => code.replace(/^(.+?) ?(\d[A-Z]{2})$/, '$1 $2'),
  },
  DE: { pattern: /^\d{5}$/, example: '80636' },
  FR: { pattern: /^\d{5}$/, example: '75011' },
  ES: { pattern: /^\d{5}$/, example: '46006' },
  MX: { pattern: /^\d{5}$/, example: '06700' },
  AU: { pattern: /^\d{4}$/, example: '3053' },
  ZA: { pattern: /^\d{4}$/, example: '8001' },
  IL: { pattern: /^\d{7}$/, example: '3457112' },
  BR: {
    pattern: /^\d{5}-?\d{3}$/,
    example: '01304-001',
    normalize: (code) => code.replace(/^(\d{5})-?(\d{3})$/, '$1-$2'),
  },
};

/** Countries where the state, province or region is part of a deliverable address. */
export const REGION_REQUIRED_COUNTRIES: readonly string[] = ['US', 'CA', 'AU', 'BR', 'MX'];

/** Why a postal code does not fit its country's format, or null when it fits (or the country has no known format). */
export function postalCodeProblem(country: string, postalCode: string): string | null {
  const format = POSTAL_FORMATS[country];
  if (!format || format.pattern.test(postalCode)) return null;
  return `"${postalCode}" is not a valid postal code for ${country} (for example ${format.example}).`;
}

/** The postal code in its country's canonical spelling (upper case, standard spacing). */
export function normalizePostalCode(country: string, postalCode: string): string {
  const upper = postalCode.trim().toUpperCase().replace(/\s+/g, ' ');
  const format = POSTAL_FORMATS[country];
  return format?.normalize && format.pattern.test(upper) ? format.normalize(upper) : upper;
}

const countryCode = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  // The most common mistake first, with the fix, before the generic format message.
  .refine((value) => value !== 'UK', 'use the ISO code GB for the United Kingdom')
  .refine((value) => /^[A-Z]{2}$/.test(value), 'expected a two-letter ISO country code, e.g. US, GB, DE');

/** How long a pause can last, in whole months (KB "Pausing your subscription"). */
export const PAUSE_LENGTHS = [1, 2, 3] as const;

/** Arguments of `pause_subscription`: 1 to 3 whole months. */
export const pauseSubscriptionArgs = z.object({
  months: z.coerce
    .number()
    .int()
    .min(Math.min(...PAUSE_LENGTHS), 'a pause lasts 1 to 3 months')
    .max(Math.max(...PAUSE_LENGTHS), 'a pause lasts 1 to 3 months'),
  /** The first paused box month; the policy fills in the earliest possible month when omitted. */
  start_month: yearMonth.optional(),
});

/** KB "Skipping a month": a skip can be set for a box due in the next 3 months. */
export const SKIP_HORIZON_MONTHS = 3;

/** Arguments of `skip_month`. */
export const skipMonthArgs = z.object({ month: yearMonth });

/** The delivery frequencies a subscription can have. */
export const FREQUENCIES = ['monthly', 'bimonthly', 'quarterly'] as const;

/** Arguments of `change_frequency`. */
export const changeFrequencyArgs = z.object({ frequency: z.enum(FREQUENCIES) });

/** Arguments of `change_address`: the new shipping address, checked against the country's rules. */
export const changeAddressArgs = z
  .object({
    /** The recipient; kept from the current address when omitted. */
    name: optionalText(120),
    line1: text(200),
    line2: optionalText(200),
    city: text(120),
    region: optionalText(120),
    postal_code: text(20),
    country: countryCode,
  })
  .transform((address) => ({
    ...address,
    postal_code: normalizePostalCode(address.country, address.postal_code),
  }))
  .superRefine((address, ctx) => {
    const problem = postalCodeProblem(address.country, address.postal_code);
    if (problem) ctx.addIssue({ code: 'custom', path: ['postal_code'], message: problem });
    if (REGION_REQUIRED_COUNTRIES.includes(address.country) && !address.region) {
      ctx.addIssue({
        code: 'custom',
        path: ['region'],
        message: `a state, province or region is required for ${address.country}`,
      });
    }
  });

/** The most photos one claim carries (KB "Damage claims": at least 1, up to 6). */
export const MAX_CLAIM_PHOTOS = 6;

/** Arguments of `file_damage_claim`. */
export const fileDamageClaimArgs = z
  .object({
    order_id: text(40),
    description: z
      .string()
      .trim()
      .min(10, 'describe the damage in a few words (10 characters or more)')
      .max(2000),
    /** Product ids from the order that are affected. */
    items: z.array(text(40)).max(20).optional(),
    /** Keys of photos uploaded through the widget (`POST /api/conversations/:id/uploads`). */
    photo_keys: z.array(text(300)).max(MAX_CLAIM_PHOTOS).optional(),
    /** Ids of photos the customer attached to a Chatwoot message. */
    photo_ids: z.array(text(100)).max(MAX_CLAIM_PHOTOS).optional(),
  })
  .refine((claim) => (claim.photo_keys?.length ?? 0) + (claim.photo_ids?.length ?? 0) <= MAX_CLAIM_PHOTOS, {
    path: ['photo_keys'],
    message: `a claim carries at most ${MAX_CLAIM_PHOTOS} photos`,
  });

/** The argument schema of each write tool, by tool name. */
export const WRITE_TOOL_ARGS = {
  pause_subscription: pauseSubscriptionArgs,
  skip_month: skipMonthArgs,
  change_frequency: changeFrequencyArgs,
  change_address: changeAddressArgs,
  file_damage_claim: fileDamageClaimArgs,
} as const satisfies Record<WriteToolName, z.ZodType>;

/** The parsed (normalized) arguments of a write tool. */
export type WriteToolArgs<Name extends WriteToolName = WriteToolName> = z.output<
  (typeof WRITE_TOOL_ARGS)[Name]
>;

/** The outcome of checking raw arguments. */
export type ParsedWriteToolArgs<Name extends WriteToolName> =
  { ok: true; args: WriteToolArgs<Name> } | { ok: false; message: string };

/** Is this the name of a write tool (e.g. from a model's tool call)? */
export function isWriteToolName(name: string): name is WriteToolName {
  return Object.hasOwn(WRITE_TOOL_ARGS, name);
}

/** Checks raw arguments (from the model or an edited form) against the tool's schema. */
export function parseWriteToolArgs<Name extends WriteToolName>(
  name: Name,
  raw: unknown,
): ParsedWriteToolArgs<Name> {
  const schema = WRITE_TOOL_ARGS[name] as unknown as z.ZodType<WriteToolArgs<Name>>;
  const parsed = schema.safeParse(raw ?? {});
  return parsed.success
    ? { ok: true, args: parsed.data }
    : { ok: false, message: z.prettifyError(parsed.error) };
}

/** Upload keys are scoped to their conversation, so a claim cannot borrow another customer's photos. */
export function uploadKeyPrefix(conversationId: string): string {
  return `conversations/${conversationId}/`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** `2027-01` as "January 2027". */
export function monthLabel(month: string): string {
  const [year, index] = month.split('-');
  return `${MONTHS[Number(index) - 1] ?? month} ${year}`;
}

/**
 * Shipping and customs rules of the knowledge base ("Shipping times and carriers", "My tracking
 * hasn't updated", "Customs duties and VAT", "Lost package policy") as data and small decisions.
 */
import type { Tier } from '../../../commerce/types';
import { addBusinessDays, businessDaysBetween, dayIn } from './calendar';

/** The destination groups the shipping tables are written for. */
export type Region = 'IL' | 'US' | 'CA' | 'GB' | 'EU' | 'AU' | 'ROW';

const EU = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '),
);

/** The shipping region of an ISO alpha-2 country. */
export function regionOf(country: string): Region {
  const code = country.toUpperCase();
  if (code === 'IL' || code === 'US' || code === 'CA' || code === 'GB' || code === 'AU') return code;
  return EU.has(code) ? 'EU' : 'ROW';
}

/** Transit in business days from dispatch: standard (Basic, Premium) and Deluxe (kb-001). */
const TRANSIT: Readonly<Record<Region, { standard: [number, number]; deluxe: [number, number] }>> = {
  IL: { standard: [2, 4], deluxe: [2, 4] },
  US: { standard: [6, 10], deluxe: [3, 5] },
  CA: { standard: [7, 12], deluxe: [3, 6] },
  GB: { standard: [7, 12], deluxe: [2, 4] },
  EU: { standard: [7, 15], deluxe: [2, 4] },
  AU: { standard: [7, 12], deluxe: [4, 7] },
  ROW: { standard: [12, 25], deluxe: [5, 8] },
};

/** The standard carrier per region (Deluxe always goes by DHL Express, Israel by Israel Post). */
const STANDARD_CARRIER: Readonly<Record<Region, string>> = {
  IL: 'Israel Post',
  US: 'UPS',
  CA: 'UPS',
  GB: 'Israel Post',
  EU: 'Israel Post',
  AU: 'FedEx',
  ROW: 'Israel Post',
};

/** Which carrier delivers a tier's box to a country, and in how many business days. */
export function shippingFor(country: string, tier: Tier): { carrier: string; days: [number, number] } {
  const region = regionOf(country);
  const deluxe = tier === 'deluxe' && region !== 'IL';
  return {
    carrier: deluxe ? 'DHL Express' : STANDARD_CARRIER[region],
    days: deluxe ? TRANSIT[region].deluxe : TRANSIT[region].standard,
  };
}

/** The days of its month a box is dispatched on, from the first to the last (kb-001). */
export const DISPATCH_DAYS = { first: 2, last: 6 } as const;

/**
 * When a month's box (`YYYY-MM`) arrives: its transit range (`days`, business days) from the first
 * and the last dispatch day.
 */
export function arrivalWindow(month: string, days: readonly [number, number]): { from: string; to: string } {
  return {
    from: addBusinessDays(dayIn(month, DISPATCH_DAYS.first), days[0]),
    to: addBusinessDays(dayIn(month, DISPATCH_DAYS.last), days[1]),
  };
}

/** Transit of both services to a country, for pre-sales questions. */
export function transitTable(country: string): {
  standard: { carrier: string; days: [number, number] };
  deluxe: { carrier: string; days: [number, number] };
} {
  return { standard: shippingFor(country, 'basic'), deluxe: shippingFor(country, 'deluxe') };
}

/** Duties paid by us (DDP) for Israel, the USA, the UK, the EU and Australia; elsewhere DAP (kb-014). */
export function isDutiesPaid(country: string): boolean {
  return regionOf(country) !== 'ROW' && regionOf(country) !== 'CA';
}

/** The DAP countries the knowledge base says what customs usually charges for (kb-014). */
const IMPORT_TAX_COUNTRIES = ['CA', 'BR', 'ZA', 'MX'] as const;
export type ImportTaxCountry = (typeof IMPORT_TAX_COUNTRIES)[number];

/** Whether kb-014 gives guidance on a country's import taxes. */
export const hasImportTaxGuide = (country: string): country is ImportTaxCountry =>
  (IMPORT_TAX_COUNTRIES as readonly string[]).includes(country);

/** Customs inspections can add this many business days anywhere (kb-001, kb-002). */
export const CUSTOMS_DELAY_DAYS: [number, number] = [2, 10];

/** Courier services (as opposed to the postal service) have shorter normal quiet periods. */
export const isCourier = (carrier: string): boolean => carrier !== 'Israel Post';

/** When a parcel qualifies for a trace, and how long the trace takes (kb-002). */
export interface TraceRule {
  quietDays: number;
  traceDays: string;
}

/** The trace thresholds of a carrier. */
export function traceRule(carrier: string): TraceRule {
  return isCourier(carrier) ? { quietDays: 5, traceDays: '3-5' } : { quietDays: 10, traceDays: '10' };
}

/**
 * Whether a parcel in transit qualifies for a trace today: no scan for the carrier's quiet period,
 * or five or more business days past its estimated delivery.
 */
export function traceDue(input: {
  carrier: string;
  lastScan: string | null;
  estimatedDelivery: string | null;
  today: string;
}): boolean {
  const quiet = input.lastScan ? businessDaysBetween(input.lastScan, input.today) : 0;
  const late = input.estimatedDelivery ? businessDaysBetween(input.estimatedDelivery, input.today) : 0;
  return quiet >= traceRule(input.carrier).quietDays || late >= 5;
}

/** Days after a "delivered" scan within which a missing parcel must be reported (kb-002). */
export const DELIVERED_NOT_RECEIVED_DAYS = 7;

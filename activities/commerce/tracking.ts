import type { Shipment, TrackingEvent } from './types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 86_400_000;
const DAY_PATTERN = new RegExp(`\\b(\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})\\b`, 'g');

/** `2026-11-04` or `2026-11-04T21:10:00Z` as `4 Nov 2026` (the UTC calendar day). */
export function formatDay(value: string): string {
  const [year, month, day] = value.slice(0, 10).split('-');
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

/** The `D Mon YYYY` days of a text written with {@link formatDay} (a summary), as `YYYY-MM-DD`, in order. */
export function daysIn(text: string): string[] {
  return [...text.matchAll(DAY_PATTERN)].map(
    (m) =>
      `${m[3]}-${String(MONTHS.indexOf(m[2] ?? '') + 1).padStart(2, '0')}-${String(m[1]).padStart(2, '0')}`,
  );
}

/** `2026-12` as `Dec 2026`. */
export function formatMonth(month: string): string {
  const [year, mm] = month.split('-');
  return `${MONTHS[Number(mm) - 1] ?? mm} ${year}`;
}

/** Whole days from `from` to `to` (dates or timestamps, compared as UTC calendar days). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / DAY_MS);
}

/** The newest carrier scan, or null before the first one. */
export function lastEvent(shipment: Shipment): TrackingEvent | null {
  return shipment.events.at(-1) ?? null;
}

/** The newest scan with `status` ("delivered", "lost", "returned"), or null when there is none. */
export function lastScanWith(events: readonly TrackingEvent[], status: string): TrackingEvent | null {
  return events.findLast((event) => event.status === status) ?? null;
}

/** Still moving (or stuck) with the carrier, as opposed to delivered, lost or returned. */
export function isUnderway(shipment: Shipment): boolean {
  return (shipment.status === 'in_transit' || shipment.status === 'customs_hold') && !shipment.deliveredAt;
}

/**
 * Held by customs. Carriers do not always change the parcel's status for an inspection hold
 * (Olga Petrova's parcel is `in_transit` with a "Held for customs inspection" scan), so the last scan counts too.
 */
export function isCustomsHold(shipment: Shipment): boolean {
  if (!isUnderway(shipment)) return false;
  if (shipment.status === 'customs_hold') return true;
  const description = lastEvent(shipment)?.description ?? '';
  return /held (for|by|at) customs|customs (hold|inspection)|awaiting payment of import/i.test(description);
}

/** Underway and past its estimated delivery date. */
export function isLate(shipment: Shipment, today: string): boolean {
  return isUnderway(shipment) && shipment.estimatedDelivery !== null && shipment.estimatedDelivery < today;
}

/** Scans in the origin country (Israel) count as the first half of the journey. */
const AT_ORIGIN = /(,\s*IL$)|ISRAEL/i;

function eventProgress(event: TrackingEvent): number {
  switch (event.status) {
    case 'delivered':
      return 1;
    case 'out_for_delivery':
      return 0.9;
    case 'label_created':
      return 0.05;
    case 'accepted':
    case 'picked_up':
      return 0.15;
    default:
      if (!AT_ORIGIN.test(event.location)) return 0.65;
      return /depart/i.test(event.description) ? 0.4 : 0.3;
  }
}

/**
 * How far the parcel has come, 0..1, from its furthest scan: label 0.05, accepted 0.15, at origin
 * 0.3-0.4, in the destination country 0.65, out for delivery 0.9, delivered 1.
 */
export function shipmentProgress(shipment: Shipment): number {
  if (shipment.status === 'delivered' || shipment.deliveredAt) return 1;
  // A returned parcel's scans are back in Israel; its journey to the customer did not progress.
  if (shipment.status === 'returned_to_sender') return 0;
  const furthest = Math.max(0, ...shipment.events.map(eventProgress));
  return Math.min(furthest, 0.95);
}

/** One English sentence describing where the parcel is, with the concrete facts. */
export function describeShipment(shipment: Shipment, today: string): string {
  const via = `${shipment.carrier} (${shipment.trackingNumber})`;
  const last = lastEvent(shipment);
  const lastScan = last
    ? `last scan ${formatDay(last.timestamp)}: ${last.description}, ${last.location}`
    : 'no scans yet';
  const eta = shipment.estimatedDelivery ? formatDay(shipment.estimatedDelivery) : null;
  switch (shipment.status) {
    case 'delivered':
      return `Delivered by ${via} on ${formatDay(shipment.deliveredAt ?? last?.timestamp ?? '')}${last ? ` (${last.description}, ${last.location})` : ''}.`;
    case 'lost':
      return `Declared lost by ${via}${last ? ` on ${formatDay(last.timestamp)}` : ''}.`;
    case 'returned_to_sender':
      return `Returned to sender by ${via}; ${lastScan}.`;
    default: {
      const parts = [`${isCustomsHold(shipment) ? 'Held at customs' : 'In transit'} with ${via}`, lastScan];
      const idle = last ? daysBetween(last.timestamp, today) : 0;
      // A week without a scan is what makes a parcel look stuck to a customer.
      if (last && idle >= 7) parts.push(`no scan since ${formatDay(last.timestamp)} (${idle} days)`);
      if (eta && isLate(shipment, today)) {
        parts.push(
          `estimated delivery ${eta} has passed (${daysBetween(shipment.estimatedDelivery ?? today, today)} days late)`,
        );
      } else if (eta) {
        parts.push(`estimated delivery ${eta}, on schedule`);
      }
      return `${parts.join('; ')}.`;
    }
  }
}

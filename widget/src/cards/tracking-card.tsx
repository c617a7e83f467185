import type { ReactElement } from 'react';
import { formatDay, formatMonth, humanize } from './card-format';
import type { TrackingResult } from './card-types';

/** Where a parcel is: carrier, progress and every scan, newest first. */
export function TrackingCard({ result }: { result: TrackingResult }): ReactElement {
  const shipment = result.shipment;
  return (
    <section className="kesher-card" aria-label="Tracking">
      <h3>
        Order {result.orderId} · {formatMonth(result.boxMonth)} box
      </h3>
      {shipment ? (
        <>
          <p>
            <strong>{shipment.carrier}</strong>
            {shipment.service ? ` ${shipment.service}` : ''} · tracking <code>{shipment.trackingNumber}</code>
          </p>
          <p>
            Status: <strong>{humanize(shipment.status)}</strong>
            {shipment.late ? ' · running late' : ''}
            {shipment.customsHold ? ' · held at customs' : ''}
          </p>
          <label className="kesher-progress">
            Delivery progress
            <progress max={100} value={Math.round(shipment.progress * 100)}>
              {Math.round(shipment.progress * 100)}%
            </progress>
          </label>
          <p>
            {shipment.deliveredAt
              ? `Delivered ${formatDay(shipment.deliveredAt)}`
              : `Estimated delivery ${formatDay(shipment.estimatedDelivery)}`}
          </p>
          <ol className="kesher-events" aria-label="Tracking events">
            {[...shipment.events].reverse().map((event) => (
              <li key={`${event.timestamp}-${event.status}`}>
                <time dateTime={event.timestamp}>{formatDay(event.timestamp)}</time> {event.description}
                {event.location ? ` — ${event.location}` : ''}
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p>Not shipped yet ({humanize(result.orderStatus)}).</p>
      )}
      {result.orderNote ? <p className="kesher-hint">{result.orderNote}</p> : null}
    </section>
  );
}

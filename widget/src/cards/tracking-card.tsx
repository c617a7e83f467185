import type { ReactElement } from 'react';
import { useText } from '../i18n';
import type { TrackingResult } from './card-types';

/** Where a parcel is: carrier, progress and every scan, newest first. */
export function TrackingCard({ result }: { result: TrackingResult }): ReactElement {
  const text = useText();
  const words = text.cards;
  const shipment = result.shipment;
  return (
    <section className="kesher-card" aria-label={words.tracking}>
      <h3>{words.trackingTitle(result.orderId, text.month(result.boxMonth))}</h3>
      {shipment ? (
        <>
          <p>
            <strong>{shipment.carrier}</strong>
            {shipment.service ? ` ${shipment.service}` : ''} · {words.trackingNumber}{' '}
            <code>{shipment.trackingNumber}</code>
          </p>
          <p>
            {words.status} <strong>{text.code(shipment.status)}</strong>
            {shipment.late ? ` · ${words.late}` : ''}
            {shipment.customsHold ? ` · ${words.customs}` : ''}
          </p>
          <label className="kesher-progress">
            {words.progress}
            <progress max={100} value={Math.round(shipment.progress * 100)}>
              {Math.round(shipment.progress * 100)}%
            </progress>
          </label>
          <p>
            {shipment.deliveredAt
              ? words.delivered(text.day(shipment.deliveredAt))
              : words.estimated(text.day(shipment.estimatedDelivery))}
          </p>
          <ol className="kesher-events" aria-label={words.events}>
            {[...shipment.events].reverse().map((event) => (
              <li key={`${event.timestamp}-${event.status}`}>
                <time dateTime={event.timestamp}>{text.day(event.timestamp)}</time> {event.description}
                {event.location ? ` — ${event.location}` : ''}
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p>{words.notShipped(text.code(result.orderStatus))}</p>
      )}
      {result.orderNote ? <p className="kesher-hint">{result.orderNote}</p> : null}
    </section>
  );
}

import type { ReactElement } from 'react';
import { formatDay, formatMoney, humanize } from './card-format';
import type { SubscriptionResult } from './card-types';

/** The subscription at a glance. */
export function SubscriptionCard({ result }: { result: SubscriptionResult }): ReactElement {
  const subscription = result.subscription;
  return (
    <section className="kesher-card" aria-label="Subscription">
      <h3>Your subscription</h3>
      <p>
        <strong>{humanize(subscription.status)}</strong> · {humanize(subscription.tier)} ·{' '}
        {humanize(subscription.frequency)} · {formatMoney(subscription.priceUsd, subscription.currency)} per
        box
      </p>
      {subscription.pausedUntil ? <p>Paused until {formatDay(subscription.pausedUntil)}</p> : null}
      {subscription.nextChargeDate ? <p>Next charge {formatDay(subscription.nextChargeDate)}</p> : null}
    </section>
  );
}

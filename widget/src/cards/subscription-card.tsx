import type { ReactElement } from 'react';
import { useText } from '../i18n';
import type { SubscriptionResult } from './card-types';

/** The subscription at a glance. */
export function SubscriptionCard({ result }: { result: SubscriptionResult }): ReactElement {
  const text = useText();
  const words = text.cards;
  const subscription = result.subscription;
  return (
    <section className="kesher-card" aria-label={words.subscription}>
      <h3>{words.yourSubscription}</h3>
      <p>
        <strong>{text.code(subscription.status)}</strong> · {text.code(subscription.tier)} ·{' '}
        {text.code(subscription.frequency)} ·{' '}
        {words.perBox(text.money(subscription.priceUsd, subscription.currency))}
      </p>
      {subscription.pausedUntil ? <p>{words.pausedUntil(text.day(subscription.pausedUntil))}</p> : null}
      {subscription.nextChargeDate ? <p>{words.nextCharge(text.day(subscription.nextChargeDate))}</p> : null}
    </section>
  );
}

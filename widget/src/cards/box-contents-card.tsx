import type { ReactElement } from 'react';
import { useText } from '../i18n';
import type { BoxContentsResult } from './card-types';

/** What is (or will be) in a box, with the customer's substitutions explained. */
export function BoxContentsCard({ result }: { result: BoxContentsResult }): ReactElement {
  const text = useText();
  const words = text.cards;
  return (
    <section className="kesher-card" aria-label={words.boxContents}>
      <h3>{words.boxTitle(text.month(result.month), result.theme)}</h3>
      <p>
        {words.tier(text.code(result.tier))}
        {result.orderId ? ` · ${words.boxOrder(result.orderId)}` : ''}
      </p>
      <ul>
        {result.items.map((item, index) => (
          <li key={`${item.productId ?? 'tbd'}-${index}`}>
            {item.name}
            {item.substitutedFor
              ? ` (${words.insteadOf(item.substitutedFor.name)}${item.note ? `: ${item.note}` : ''})`
              : ''}
          </li>
        ))}
      </ul>
      {result.higherTierExtras.length > 0 ? (
        <p className="kesher-hint">{words.higherTiers(result.higherTierExtras.join(', '))}</p>
      ) : null}
      {result.boxNotes ? <p className="kesher-hint">{result.boxNotes}</p> : null}
    </section>
  );
}

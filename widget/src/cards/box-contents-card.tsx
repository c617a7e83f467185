import type { ReactElement } from 'react';
import { formatMonth, humanize } from './card-format';
import type { BoxContentsResult } from './card-types';

/** What is (or will be) in a box, with the customer's substitutions explained. */
export function BoxContentsCard({ result }: { result: BoxContentsResult }): ReactElement {
  return (
    <section className="kesher-card" aria-label="Box contents">
      <h3>
        {formatMonth(result.month)} box · {result.theme}
      </h3>
      <p>
        {humanize(result.tier)} tier{result.orderId ? ` · order ${result.orderId}` : ''}
      </p>
      <ul>
        {result.items.map((item, index) => (
          <li key={`${item.productId ?? 'tbd'}-${index}`}>
            {item.name}
            {item.substitutedFor
              ? ` (instead of ${item.substitutedFor.name}${item.note ? `: ${item.note}` : ''})`
              : ''}
          </li>
        ))}
      </ul>
      {result.higherTierExtras.length > 0 ? (
        <p className="kesher-hint">Higher tiers also get: {result.higherTierExtras.join(', ')}.</p>
      ) : null}
      {result.boxNotes ? <p className="kesher-hint">{result.boxNotes}</p> : null}
    </section>
  );
}

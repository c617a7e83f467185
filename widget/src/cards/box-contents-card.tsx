import type { ReactElement } from 'react';
import { useText } from '../i18n';
import { boxLineText, knownIssueNotice } from './box-wording';
import type { BoxContentsResult } from './card-types';

/**
 * What is (or will be) in a box, with the customer's substitutions explained. The catalogue's own
 * notes are English and written for the agent, so they show only in English and only when no known
 * issue (which they describe) is shown instead.
 */
export function BoxContentsCard({ result }: { result: BoxContentsResult }): ReactElement {
  const text = useText();
  const words = text.cards;
  const notice = knownIssueNotice(result, text);
  const notes = notice ?? (text.language === 'en' ? result.boxNotes : null);
  return (
    <section className="kesher-card" aria-label={words.boxContents}>
      <h3>{words.boxTitle(text.month(result.month), result.theme)}</h3>
      <p>
        {words.tier(text.code(result.tier))}
        {result.orderId ? ` · ${words.boxOrder(result.orderId)}` : ''}
      </p>
      <ul>
        {result.items.map((item, index) => (
          <li key={`${item.productId ?? 'tbd'}-${index}`}>{boxLineText(item, text)}</li>
        ))}
      </ul>
      {result.higherTierExtras.length > 0 ? (
        <p className="kesher-hint">
          {words.higherTiers(result.higherTierExtras.map((extra) => extra.name).join(', '))}
        </p>
      ) : null}
      {notes ? <p className="kesher-hint">{notes}</p> : null}
    </section>
  );
}

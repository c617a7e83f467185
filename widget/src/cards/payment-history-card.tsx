import type { ReactElement } from 'react';
import { useText } from '../i18n';
import type { PaymentHistoryResult } from './card-types';

/** Recent payments: amounts, status, card, failures and refunds; double charges are flagged. */
export function PaymentHistoryCard({ result }: { result: PaymentHistoryResult }): ReactElement {
  const text = useText();
  const words = text.cards;
  return (
    <section className="kesher-card" aria-label={words.paymentHistory}>
      <h3>{words.paymentHistory}</h3>
      {result.duplicateCharges.length > 0 ? (
        <p role="note" className="kesher-warning">
          {words.chargedTwice}{' '}
          {result.duplicateCharges
            .map((charge) => words.chargedOrder(charge.orderId, text.money(charge.amount)))
            .join(', ')}
        </p>
      ) : null}
      <table>
        <caption className="kesher-visually-hidden">{words.payments}</caption>
        <thead>
          <tr>
            <th scope="col">{words.date}</th>
            <th scope="col">{words.amount}</th>
            <th scope="col">{words.statusColumn}</th>
            <th scope="col">{words.card}</th>
            <th scope="col">{words.details}</th>
          </tr>
        </thead>
        <tbody>
          {result.payments.map((payment) => (
            <tr key={payment.id}>
              <td>{text.day(payment.createdAt)}</td>
              <td>{text.money(payment.amount, payment.currency)}</td>
              <td>{text.code(payment.status)}</td>
              <td>{payment.cardBrand ? `${payment.cardBrand} ···· ${payment.cardLast4 ?? ''}` : '—'}</td>
              <td>
                {/* Failure reasons are the processor's codes, e.g. authentication_required. */}
                {payment.failureReason ? payment.failureReason.replaceAll('_', ' ') : ''}
                {payment.refundedAmount
                  ? words.refunded(
                      text.money(payment.refundedAmount, payment.currency),
                      text.day(payment.refundedAt),
                    )
                  : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

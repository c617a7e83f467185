import type { ReactElement } from 'react';
import { formatDay, formatMoney, humanize } from './card-format';
import type { PaymentHistoryResult } from './card-types';

/** Recent payments: amounts, status, card, failures and refunds; double charges are flagged. */
export function PaymentHistoryCard({ result }: { result: PaymentHistoryResult }): ReactElement {
  return (
    <section className="kesher-card" aria-label="Payment history">
      <h3>Payment history</h3>
      {result.duplicateCharges.length > 0 ? (
        <p role="note" className="kesher-warning">
          Charged twice:{' '}
          {result.duplicateCharges
            .map((charge) => `order ${charge.orderId} (${formatMoney(charge.amount)})`)
            .join(', ')}
        </p>
      ) : null}
      <table>
        <caption className="kesher-visually-hidden">Payments</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Amount</th>
            <th scope="col">Status</th>
            <th scope="col">Card</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {result.payments.map((payment) => (
            <tr key={payment.id}>
              <td>{formatDay(payment.createdAt)}</td>
              <td>{formatMoney(payment.amount, payment.currency)}</td>
              <td>{humanize(payment.status)}</td>
              <td>{payment.cardBrand ? `${payment.cardBrand} ···· ${payment.cardLast4 ?? ''}` : '—'}</td>
              <td>
                {/* Failure reasons are the processor's codes, e.g. authentication_required. */}
                {payment.failureReason ? humanize(payment.failureReason) : ''}
                {payment.refundedAmount
                  ? `Refunded ${formatMoney(payment.refundedAmount, payment.currency)} on ${formatDay(payment.refundedAt)}`
                  : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

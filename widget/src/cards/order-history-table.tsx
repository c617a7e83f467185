import { useId, useMemo, useState, type ReactElement } from 'react';
import { formatDay, formatMoney, formatMonth, humanize } from './card-format';
import type { OrderHistoryResult } from './card-types';

const ALL = 'all';

/** The customer's orders, newest first, filterable by status and box month. */
export function OrderHistoryTable({ result }: { result: OrderHistoryResult }): ReactElement {
  const [status, setStatus] = useState(ALL);
  const [month, setMonth] = useState(ALL);
  const statusId = useId();
  const monthId = useId();
  const statuses = useMemo(() => [...new Set(result.orders.map((order) => order.status))], [result]);
  const months = useMemo(() => [...new Set(result.orders.map((order) => order.boxMonth))], [result]);
  const shown = result.orders.filter(
    (order) => (status === ALL || order.status === status) && (month === ALL || order.boxMonth === month),
  );

  return (
    <section className="kesher-card" aria-label="Order history">
      <h3>Order history</h3>
      <div className="kesher-filters">
        <label htmlFor={statusId}>Filter by status</label>
        <select id={statusId} value={status} onChange={(event) => setStatus(event.target.value)}>
          <option value={ALL}>All statuses</option>
          {statuses.map((value) => (
            <option key={value} value={value}>
              {humanize(value)}
            </option>
          ))}
        </select>
        <label htmlFor={monthId}>Filter by month</label>
        <select id={monthId} value={month} onChange={(event) => setMonth(event.target.value)}>
          <option value={ALL}>All months</option>
          {months.map((value) => (
            <option key={value} value={value}>
              {formatMonth(value)}
            </option>
          ))}
        </select>
      </div>
      <table>
        <caption className="kesher-visually-hidden">Orders</caption>
        <thead>
          <tr>
            <th scope="col">Order</th>
            <th scope="col">Box</th>
            <th scope="col">Status</th>
            <th scope="col">Amount</th>
            <th scope="col">Charged</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((order) => (
            <tr key={order.orderId}>
              <td>{order.orderId}</td>
              <td>
                {formatMonth(order.boxMonth)}
                {order.theme ? ` · ${order.theme}` : ''}
              </td>
              <td>{humanize(order.status)}</td>
              <td>{formatMoney(order.totalUsd)}</td>
              <td>{formatDay(order.chargedAt)}</td>
            </tr>
          ))}
          {shown.length === 0 ? (
            <tr>
              <td colSpan={5}>No orders match these filters.</td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </section>
  );
}

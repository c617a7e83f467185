import { useId, useMemo, useState, type ReactElement } from 'react';
import { useText } from '../i18n';
import type { OrderHistoryResult } from './card-types';

const ALL = 'all';

/** The customer's orders, newest first, filterable by status and box month. */
export function OrderHistoryTable({ result }: { result: OrderHistoryResult }): ReactElement {
  const [status, setStatus] = useState(ALL);
  const [month, setMonth] = useState(ALL);
  const statusId = useId();
  const monthId = useId();
  const text = useText();
  const words = text.cards;
  const statuses = useMemo(() => [...new Set(result.orders.map((order) => order.status))], [result]);
  const months = useMemo(() => [...new Set(result.orders.map((order) => order.boxMonth))], [result]);
  const shown = result.orders.filter(
    (order) => (status === ALL || order.status === status) && (month === ALL || order.boxMonth === month),
  );

  return (
    <section className="kesher-card" aria-label={words.orderHistory}>
      <h3>{words.orderHistory}</h3>
      <div className="kesher-filters">
        <label htmlFor={statusId}>{words.filterStatus}</label>
        <select id={statusId} value={status} onChange={(event) => setStatus(event.target.value)}>
          <option value={ALL}>{words.allStatuses}</option>
          {statuses.map((value) => (
            <option key={value} value={value}>
              {text.code(value)}
            </option>
          ))}
        </select>
        <label htmlFor={monthId}>{words.filterMonth}</label>
        <select id={monthId} value={month} onChange={(event) => setMonth(event.target.value)}>
          <option value={ALL}>{words.allMonths}</option>
          {months.map((value) => (
            <option key={value} value={value}>
              {text.month(value)}
            </option>
          ))}
        </select>
      </div>
      <table>
        <caption className="kesher-visually-hidden">{words.orders}</caption>
        <thead>
          <tr>
            <th scope="col">{words.order}</th>
            <th scope="col">{words.box}</th>
            <th scope="col">{words.statusColumn}</th>
            <th scope="col">{words.amount}</th>
            <th scope="col">{words.charged}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((order) => (
            <tr key={order.orderId}>
              <td>{order.orderId}</td>
              <td>
                {text.month(order.boxMonth)}
                {order.theme ? ` · ${order.theme}` : ''}
              </td>
              <td>{text.code(order.status)}</td>
              <td>{text.money(order.totalUsd)}</td>
              <td>{text.day(order.chargedAt)}</td>
            </tr>
          ))}
          {shown.length === 0 ? (
            <tr>
              <td colSpan={5}>{words.noOrders}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </section>
  );
}

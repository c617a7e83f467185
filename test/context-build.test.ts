import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CommerceAdapter } from '../activities/commerce/commerce-adapter';
import {
  buildCustomerContext,
  monthsBetween,
  type KnownCustomerContext,
} from '../activities/context/build-context';
import { FIXTURE_TODAY, useSeededCommerce } from './support/seeded-commerce';

const TODAY = FIXTURE_TODAY;
let commerce: CommerceAdapter;
useSeededCommerce((adapter) => {
  commerce = adapter;
});

async function knownContext(email: string): Promise<KnownCustomerContext> {
  const context = await buildCustomerContext({ commerce, customerEmail: email, today: TODAY });
  assert.equal(context.known, true);
  return context as KnownCustomerContext;
}

describe('buildCustomerContext', () => {
  test('an unknown sender gets no data, only the instruction to ask for the account email or order number', async () => {
    const context = await buildCustomerContext({
      commerce,
      customerEmail: 'stranger@example.com',
      today: TODAY,
    });
    assert.equal(context.known, false);
    assert.deepEqual(Object.keys(context).sort(), ['instruction', 'known']);
    assert.match(
      !context.known ? context.instruction : '',
      /email address on the account or the order number/,
    );
  });

  test('the gift recipient, who is not a customer, is unknown too', async () => {
    const context = await buildCustomerContext({
      commerce,
      customerEmail: 'margaret.thompson@example.org',
      today: TODAY,
    });
    assert.equal(context.known, false);
  });

  test("reads the customer's records once: one shipment lookup serves the orders shown and the issues", async () => {
    const calls = new Map<string, number>();
    const counted = Object.fromEntries(
      Object.entries(commerce).map(([name, method]) => [
        name,
        (...args: unknown[]) => {
          calls.set(name, (calls.get(name) ?? 0) + 1);
          return (method as (...a: unknown[]) => unknown).apply(commerce, args);
        },
      ]),
    ) as unknown as CommerceAdapter;
    const context = await buildCustomerContext({
      commerce: counted,
      customerEmail: 'james.whitfield@example.net',
      today: TODAY,
    });
    assert.equal(context.known, true);
    assert.deepEqual(Object.fromEntries(calls), {
      findCustomerByEmail: 1,
      listOrders: 1,
      listPayments: 1,
      getSubscription: 1,
      getShipmentsForOrders: 1,
    });
  });

  test('a missing email is unknown', async () => {
    for (const customerEmail of [null, undefined, '  ']) {
      assert.equal((await buildCustomerContext({ commerce, customerEmail, today: TODAY })).known, false);
    }
  });

  test('a known customer gets profile, subscription, last 3 orders with shipments and outstanding issues', async () => {
    const context = await knownContext(' James.Whitfield@example.net ');
    assert.deepEqual(context.profile, {
      id: 'cus_1002',
      name: 'James Whitfield',
      joinDate: '2022-09-03',
      ltvUsd: 2802.5,
      tier: 'premium',
      language: 'en',
      country: 'GB',
      timezone: 'Europe/London',
      tenureMonths: 50,
    });
    assert.equal(context.subscription?.status, 'active');
    assert.equal(context.subscription?.nextChargeDate, '2026-12-01');
    assert.deepEqual(
      context.recentOrders.map((o) => o.orderId),
      ['ord_64208', 'ord_63471', 'ord_62510'],
    );
    assert.equal(context.recentOrders[0]?.shipment?.status, 'in_transit');
    assert.equal(context.recentOrders[0]?.shipment?.trackingNumber, 'CP002403824IL');
    assert.deepEqual(
      context.outstandingIssues.map((i) => i.kind),
      ['late_shipment'],
    );
  });

  test('a customer without problems has no outstanding issues', async () => {
    const context = await knownContext('sarah.mitchell@example.com');
    assert.equal(context.profile.tier, 'deluxe');
    assert.equal(context.recentOrders.length, 3);
    assert.deepEqual(context.outstandingIssues, []);
  });

  test('an unshipped order is listed without a shipment, next to its past-due issue', async () => {
    const context = await knownContext('rob.hayes@example.com');
    assert.equal(context.recentOrders[0]?.orderId, 'ord_64270');
    assert.equal(context.recentOrders[0]?.shipment, null);
    assert.equal(context.outstandingIssues[0]?.kind, 'past_due');
  });

  test('tenure counts whole months only', () => {
    assert.equal(monthsBetween('2019-04-12', '2026-11-23'), 91);
    assert.equal(monthsBetween('2026-10-24', '2026-11-23'), 0);
    assert.equal(monthsBetween('2026-10-23', '2026-11-23'), 1);
  });
});

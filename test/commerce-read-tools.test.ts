import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CommerceAdapter } from '../activities/commerce/commerce-adapter';
import {
  READ_TOOLS,
  readToolSpecs,
  runReadTool,
  type ReadToolContext,
  type ReadToolName,
  type ReadToolResult,
} from '../activities/commerce/read-tools';
import { FIXTURE_TODAY, useSeededCommerce } from './support/seeded-commerce';

const TODAY = FIXTURE_TODAY;
let commerce: CommerceAdapter;
useSeededCommerce((adapter) => {
  commerce = adapter;
});

const ctx = (customerId: string): ReadToolContext => ({ commerce, customerId, today: TODAY });

/** Runs a tool and asserts it answered with data (not not_found / invalid_args). */
async function ok<Name extends ReadToolName>(
  name: Name,
  customerId: string,
  args: unknown = {},
): Promise<Extract<ReadToolResult<Name>, { ok: true }>> {
  const result = await runReadTool(name, ctx(customerId), args);
  assert.equal(result.ok, true, JSON.stringify(result));
  return result as Extract<ReadToolResult<Name>, { ok: true }>;
}

describe('postgres commerce adapter', () => {
  test('finds a customer by email regardless of case and returns null for strangers', async () => {
    assert.equal((await commerce.findCustomerByEmail('James.Whitfield@Example.NET'))?.id, 'cus_1002');
    assert.equal(await commerce.findCustomerByEmail('nobody@example.com'), null);
  });

  test('returns camelCase domain records with ISO timestamps', async () => {
    const order = await commerce.getOrder('ord_64208');
    assert.equal(order?.customerId, 'cus_1002');
    assert.equal(order?.createdAt, '2026-11-01T07:00:00.000Z');
    const subscription = await commerce.getSubscription('cus_1004');
    assert.equal(subscription?.dunning?.autoCancelOn, '2026-12-01');
    assert.equal(subscription?.paymentMethod?.last4, '4417');
  });

  test('returns products in the order asked, leaving out unknown ids', async () => {
    const products = await commerce.getProducts(['prod_210', 'prod_nope', 'prod_206']);
    assert.deepEqual(
      products.map((p) => p.id),
      ['prod_210', 'prod_206'],
    );
  });

  test('looks up the shipments of a list of orders in one call, as one by one', async () => {
    const orders = await commerce.listOrders({ customerId: 'cus_1002', limit: 12 });
    const ids = [...orders.map((order) => order.id), 'ord_nope'];
    const batch = await commerce.getShipmentsForOrders(ids);
    const single = await Promise.all(ids.map((id) => commerce.getShipmentForOrder(id)));
    const expected = new Map(ids.flatMap((id, i) => (single[i] ? [[id, single[i]] as const] : [])));
    assert.ok(expected.size >= 2, 'the customer has shipped orders');
    assert.ok(expected.size < ids.length, 'an unknown order has no shipment');
    assert.deepEqual(batch, expected);
    assert.equal((await commerce.getShipmentsForOrders([])).size, 0);
  });
});

describe('track_package', () => {
  test("shows James Whitfield's late November parcel with no scan since 4 Nov", async () => {
    const result = await ok('track_package', 'cus_1002');
    assert.equal(result.orderId, 'ord_64208');
    assert.equal(result.shipment?.carrier, 'Israel Post');
    assert.equal(result.shipment?.trackingNumber, 'CP002403824IL');
    assert.equal(result.shipment?.status, 'in_transit');
    assert.equal(result.shipment?.estimatedDelivery, '2026-11-18');
    assert.equal(result.shipment?.late, true);
    assert.equal(result.shipment?.lastEvent?.description, 'Item departed Israel');
    assert.equal(result.shipment?.daysSinceLastScan, 19);
    assert.ok(result.shipment && result.shipment.progress > 0 && result.shipment.progress < 0.5);
    assert.match(result.summary, /no scan since 4 Nov 2026/);
    assert.match(result.summary, /18 Nov 2026 has passed/);
  });

  test('shows a delivered parcel by order id with full progress', async () => {
    const result = await ok('track_package', 'cus_1010', { order_id: 'ord_64496' });
    assert.equal(result.shipment?.trackingNumber, '1ZV8R5426611038919');
    assert.equal(result.shipment?.status, 'delivered');
    assert.equal(result.shipment?.progress, 1);
    assert.match(result.summary, /Delivered by UPS .* on 16 Nov 2026/);
  });

  test("explains that Robert Hayes's November box is on hold and not shipped", async () => {
    const result = await ok('track_package', 'cus_1004');
    assert.equal(result.orderId, 'ord_64270');
    assert.equal(result.shipment, null);
    assert.match(result.summary, /not shipped yet.*payment failed/);
  });

  test('answers not_found for an order of another customer, revealing nothing', async () => {
    const result = await runReadTool('track_package', ctx('cus_1001'), { order_id: 'ord_64208' });
    assert.equal(result.ok, false);
    assert.equal('error' in result && result.error, 'not_found');
    assert.doesNotMatch(JSON.stringify(result), /CP002403824IL|Whitfield|Israel Post/);
  });
});

describe('get_order_history', () => {
  test('lists recent orders newest first with theme, items and shipment', async () => {
    const result = await ok('get_order_history', 'cus_1010', { limit: 24 });
    assert.deepEqual(
      result.orders.slice(0, 2).map((o) => o.orderId),
      ['ord_64496', 'ord_62847'],
    );
    const replacement = result.orders.find((o) => o.orderId === 'ord_59758');
    assert.equal(replacement?.type, 'replacement');
    assert.equal(replacement?.replacementFor, 'ord_58781');
    assert.ok(result.orders.every((o) => o.theme && o.items.length > 0));
  });

  test("carries each delivered box's delivery scan (who took it), and none for a box still on its way", async () => {
    const delivered = (await ok('get_order_history', 'cus_1014', { limit: 12 })).orders.find(
      (o) => o.orderId === 'ord_62094',
    );
    assert.deepEqual(delivered?.shipment?.deliveryScan, {
      timestamp: '2026-08-12T17:12:00Z',
      status: 'delivered',
      description: 'Delivered - Front desk/reception. Received by: M. ALVAREZ',
      location: 'Miami, FL, US',
    });
    const underway = (await ok('get_order_history', 'cus_1002')).orders.find(
      (o) => o.orderId === 'ord_64208',
    );
    assert.equal(underway?.shipment?.deliveryScan, null);
  });

  test('defaults to six orders and rejects a malformed limit', async () => {
    assert.equal((await ok('get_order_history', 'cus_1001')).orders.length, 6);
    const bad = await runReadTool('get_order_history', ctx('cus_1001'), { limit: 'all' });
    assert.equal('error' in bad && bad.error, 'invalid_args');
  });
});

describe('get_box_contents', () => {
  test("shows Hannah Schneider's published December box with the alcohol-free substitution", async () => {
    const result = await ok('get_box_contents', 'cus_1008');
    assert.equal(result.source, 'next_box');
    assert.equal(result.month, '2026-12');
    assert.equal(result.tier, 'premium');
    const wine = result.items.find((line) => line.substitutedFor?.productId === 'prod_210');
    assert.equal(wine?.productId, 'prod_206');
    assert.equal(wine?.substitutionReason, 'alcohol_free');
    assert.match(wine?.note ?? '', /alcohol-free preference/);
    assert.ok(!result.items.some((line) => line.productId === 'prod_210'));
    assert.match(result.summary, /Gefen Zero Sparkling Chardonnay/);
  });

  test('notes the sesame substitutions packed in a past order', async () => {
    const result = await ok('get_box_contents', 'cus_1023', { order_id: 'ord_64949' });
    assert.equal(result.source, 'order');
    const allergenSwaps = result.items.filter((line) => line.substitutionReason === 'allergen_exclusion');
    assert.deepEqual(
      allergenSwaps.map((line) => line.substitutedFor?.productId),
      ['prod_104', 'prod_127'],
    );
  });

  test('Dmitri’s November order: wine swapped for the US, and the olive-oil known issue with its deadline', async () => {
    const result = await ok('get_box_contents', 'cus_1012', { order_id: 'ord_64582' });
    const wines = result.items.filter((line) => line.substitutionReason === 'alcohol_free');
    assert.equal(wines.length, 2);
    assert.ok(
      wines.every((line) => line.country === 'US' && /not shipped to US/.test(line.note ?? '')),
      'the destination, as a code for the widget and in the note',
    );
    assert.deepEqual(result.knownIssue, { id: 'galilee-evoo-2026-11', acceptedUntil: '2026-12-15' });
    const hannah = await ok('get_box_contents', 'cus_1008');
    assert.equal(hannah.knownIssue, null);
    assert.equal(
      hannah.items.find((line) => line.substitutionReason)?.country,
      undefined,
      'a preference, not a country',
    );
  });

  test('falls back to the latest published box when the next one is not published', async () => {
    const result = await ok('get_box_contents', 'cus_1023');
    assert.equal(result.source, 'latest_box');
    assert.equal(result.month, '2026-12');
    assert.match(result.summary, /next box is Jan 2027; its contents are not published yet/);
  });

  test('a box by its month: the order packed for it, the published box, or not published yet', async () => {
    // Sarah's July order is older than the three orders in her context.
    const july = await ok('get_box_contents', 'cus_1001', { month: '2026-07' });
    assert.equal(july.source, 'order');
    assert.match(july.orderId ?? '', /^ord_\d+$/);
    const almonds = july.items.find((line) => line.productId === 'prod_117');
    assert.deepEqual(almonds?.labelAllergens, ['tree nuts (almond)'], 'each line carries its label');

    // Daniel gets a box every two months: no December order, so the box as published for his tier.
    const december = await ok('get_box_contents', 'cus_1023', { month: '2026-12' });
    assert.equal(december.source, 'month');
    assert.equal(december.orderId, null);
    assert.equal(december.tier, 'deluxe');
    assert.match(
      december.summary,
      /^The box as published \(the customer has no order for that month\) \(Dec 2026/,
    );
    // Hannah's next box is December: asked by month, it is her next box.
    assert.equal((await ok('get_box_contents', 'cus_1008', { month: '2026-12' })).source, 'next_box');

    const january = await runReadTool('get_box_contents', ctx('cus_1023'), { month: '2027-01' });
    assert.equal('error' in january && january.error, 'not_found');
    assert.match(
      JSON.stringify(january),
      /Jan 2027 box are not published yet \(they are published on the 15th of the month before\)/,
    );
    const malformed = await runReadTool('get_box_contents', ctx('cus_1023'), { month: 'December' });
    assert.equal('error' in malformed && malformed.error, 'invalid_args');
  });

  test('answers not_found for another customer’s order', async () => {
    const result = await runReadTool('get_box_contents', ctx('cus_1008'), { order_id: 'ord_64949' });
    assert.equal('error' in result && result.error, 'not_found');
  });
});

describe('get_payment_history and get_subscription', () => {
  test("shows Emily Carter's double charge on 1 November", async () => {
    const result = await ok('get_payment_history', 'cus_1005');
    const november = result.payments.filter((p) => p.createdAt.startsWith('2026-11-01'));
    assert.equal(november.length, 2);
    assert.ok(november.every((p) => p.amount === 59 && p.status === 'succeeded'));
    assert.deepEqual(result.duplicateCharges, [
      { orderId: 'ord_64305', paymentIds: ['pay_3ZVMPFW5TM', 'pay_VZTDLPQZ3A'], amount: 59 },
    ]);
    assert.match(result.summary, /double charge for ord_64305/);
  });

  test("shows Hannah Schneider's 3-D Secure failure and its successful retry", async () => {
    const result = await ok('get_payment_history', 'cus_1008');
    const failed = result.payments.find((p) => p.id === 'pay_H9LB8WT5NT');
    assert.equal(failed?.failureReason, 'authentication_required');
    assert.equal(result.payments.find((p) => p.retryOf === 'pay_H9LB8WT5NT')?.status, 'succeeded');
    assert.deepEqual(result.duplicateCharges, []);
  });

  test('shows the subscription with pauses used in the last 12 months', async () => {
    const result = await ok('get_subscription', 'cus_1006');
    assert.equal(result.subscription.frequency, 'monthly');
    assert.equal(result.pausesInLast12Months, 2);
    assert.match(result.summary, /amex ending 1009, expires 06\/2028/);
  });
});

describe('tool specs', () => {
  test('exports a JSON Schema for every read tool', () => {
    const specs = readToolSpecs();
    assert.deepEqual(specs.map((s) => s.name).sort(), Object.keys(READ_TOOLS).sort());
    for (const spec of specs) {
      assert.equal(spec.parameters.type, 'object');
      assert.ok(spec.description.length > 20);
    }
    const track = specs.find((s) => s.name === 'track_package');
    assert.deepEqual(Object.keys(track?.parameters.properties as object), ['order_id']);
  });
});

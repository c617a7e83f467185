import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CommerceAdapter } from '../activities/commerce/commerce-adapter';
import {
  outstandingIssuesIn,
  readCustomerRecords,
  type OutstandingIssue,
} from '../activities/commerce/outstanding-issues';
import type { Payment } from '../activities/commerce/types';
import { FIXTURE_TODAY, useSeededCommerce } from './support/seeded-commerce';

const TODAY = FIXTURE_TODAY;
let commerce: CommerceAdapter;
useSeededCommerce((adapter) => {
  commerce = adapter;
});

/** The issues the context builder finds in the customer's records. */
const issuesOf = async (customerId: string, today = TODAY, adapter = commerce): Promise<OutstandingIssue[]> =>
  outstandingIssuesIn(await readCustomerRecords(adapter, customerId), today);

/** Asserts exactly one issue and returns it. */
async function onlyIssue(customerId: string, today = TODAY): Promise<OutstandingIssue> {
  const issues = await issuesOf(customerId, today);
  assert.equal(issues.length, 1, JSON.stringify(issues, null, 2));
  return issues[0]!;
}

describe('outstanding issues in the seeded situations', () => {
  test("James Whitfield's November box is late with no scan since 4 Nov", async () => {
    const issue = await onlyIssue('cus_1002');
    assert.equal(issue.kind, 'late_shipment');
    assert.equal(issue.orderId, 'ord_64208');
    assert.match(issue.summary, /Israel Post tracking CP002403824IL/);
    assert.match(issue.summary, /no scan since 4 Nov 2026/);
    assert.match(issue.summary, /18 Nov 2026 has passed/);
  });

  test("Linda Kowalski's October box was lost by UPS and not yet remedied", async () => {
    const issue = await onlyIssue('cus_1003');
    assert.equal(issue.kind, 'lost_shipment');
    assert.equal(issue.orderId, 'ord_63500');
    assert.equal(issue.severity, 'high');
    assert.match(issue.summary, /lost by UPS on 10 Nov 2026 \(tracking 1ZV8R5426678839079\)/);
  });

  test('Robert Hayes is past due, reported once with the dunning facts', async () => {
    const issue = await onlyIssue('cus_1004');
    assert.equal(issue.kind, 'past_due');
    assert.equal(issue.orderId, 'ord_64270');
    assert.match(issue.summary, /4 payment attempts failed since 1 Nov 2026/);
    assert.match(issue.summary, /card_expired, visa ending 4417/);
    assert.match(issue.summary, /held until 30 Nov 2026/);
    assert.match(issue.summary, /auto-cancels on 1 Dec 2026/);
  });

  test("Ana Souza's box is held by Brazilian customs awaiting import tax", async () => {
    const issue = await onlyIssue('cus_1020');
    assert.equal(issue.kind, 'customs_hold');
    assert.equal(issue.orderId, 'ord_64803');
    assert.match(issue.summary, /CP518413235IL/);
    assert.match(issue.summary, /import tax/);
  });

  test("Pieter van der Merwe's September box was returned to sender", async () => {
    const issue = await onlyIssue('cus_1021');
    assert.equal(issue.kind, 'returned_shipment');
    assert.equal(issue.orderId, 'ord_63220');
    assert.match(issue.summary, /CP964743411IL/);
    assert.match(issue.summary, /12 Nov 2026/);
  });

  test("Olga Petrova's box is in customs but on time, so it is not late", async () => {
    const issue = await onlyIssue('cus_1011');
    assert.equal(issue.kind, 'customs_hold');
    assert.equal(issue.orderId, 'ord_64532');
    assert.equal(issue.severity, 'medium');
    assert.match(issue.summary, /estimated delivery 25 Nov 2026, still on schedule/);
  });

  test("Olga Petrova's customs hold becomes severe once the estimate has passed", async () => {
    const issue = await onlyIssue('cus_1011', '2026-11-27');
    assert.equal(issue.kind, 'customs_hold');
    assert.equal(issue.severity, 'high');
    assert.match(issue.summary, /25 Nov 2026 has passed/);
  });
});

describe('customers without open problems', () => {
  for (const [customerId, why] of [
    ['cus_1001', 'no problems at all'],
    ['cus_1010', 'lost March box already replaced'],
    ['cus_1008', 'October 3-D Secure failure succeeded on retry'],
    ['cus_1016', 'November payment succeeded on retry'],
    ['cus_1005', 'double charge is a billing question, not a parcel or payment failure'],
  ] as const) {
    test(`${customerId} has none (${why})`, async () => {
      assert.deepEqual(await issuesOf(customerId), []);
    });
  }
});

describe('failed payments', () => {
  test('a latest charge attempt that failed on an active subscription is raised', async () => {
    const failed: Payment = {
      id: 'pay_TESTFAILED',
      customerId: 'cus_1001',
      subscriptionId: 'sub_2001',
      orderId: 'ord_99999',
      amount: 89,
      currency: 'USD',
      status: 'failed',
      cardBrand: 'visa',
      cardLast4: '1234',
      failureReason: 'do_not_honor',
      retryOf: null,
      refundedAmount: null,
      refundedAt: null,
      refundReason: null,
      dispute: null,
      description: null,
      createdAt: '2026-11-22T07:00:00.000Z',
    };
    // The payment provider is across the network in production; only its answer is replaced here.
    const withFailure: CommerceAdapter = {
      ...commerce,
      listPayments: async (query) => [failed, ...(await commerce.listPayments(query))],
    };
    const issues = await issuesOf('cus_1001', TODAY, withFailure);
    assert.equal(issues.length, 1);
    assert.equal(issues[0]?.kind, 'failed_payment');
    assert.match(
      issues[0]?.summary ?? '',
      /pay_TESTFAILED of \$89.00 for ord_99999 failed on 22 Nov 2026 \(do_not_honor\)/,
    );
  });
});

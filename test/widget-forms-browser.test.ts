import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { BOX_PRICES_USD } from '../activities/commerce/write-tools/prices';
import { uploadKeyPrefix } from '../workflows/write-tool-args';
import {
  ensureWidgetBuilt,
  launchChromium,
  openWidget,
  screenshot,
  screenshotOf,
  sendMessage,
  waitForOrFail,
  type WidgetPage,
} from './support/browser';
import { startHarness, type Harness } from './support/kesher-harness';
import { customerIdOf, writeAuditOf, type WriteAudit } from './support/demo-data';

/*
 * The widget's other forms (skip, frequency, address, damage claim) and its cards (tracking, order
 * history, box contents, payments) in headless Chromium against the whole system, for real
 * customers of the demo data. Each form's answer is checked in the database; each card against the
 * customer's rows.
 */

let harness: Harness;
let browser: Browser;
let dataDir: string;

/** Every category these conversations land in: the replies go out without a human's review. */
const AUTO_SEND = Object.fromEntries(
  [
    'subscription_skip',
    'subscription_frequency',
    'address_change',
    'damaged_item',
    'shipping_tracking',
    'order_history',
    'product_question',
    'billing_payment',
  ].map((category) => [category, 0]),
);

before(async () => {
  ensureWidgetBuilt();
  // Uploads go to the local disk store under the data directory; a fresh one per run.
  dataDir = mkdtempSync(path.join(tmpdir(), 'kesher-widget-forms-'));
  harness = await startHarness({
    chatwoot: false,
    env: { CATEGORY_THRESHOLDS: JSON.stringify(AUTO_SEND), KESHER_DATA_DIR: dataDir },
  });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await harness?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** A turn with the offline models takes seconds; on a loaded 2-core machine, much longer. */
const TURN_TIMEOUT = 120_000;

/** Opens the widget for `email`, sends `message` and waits for `target(page)` to appear. */
async function converse(
  email: string,
  message: string,
  name: string,
  target: (page: Page) => Locator,
): Promise<WidgetPage> {
  const widget = await openWidget(browser, harness.url, email, name);
  await sendMessage(widget.page, message);
  await waitForOrFail(widget.page, target(widget.page), name, TURN_TIMEOUT);
  await screenshot(widget.page, `${name}-1-page`);
  const { scrollHeight, innerHeight } = await widget.page.evaluate(() => ({
    scrollHeight: document.documentElement.scrollHeight,
    innerHeight: window.innerHeight,
  }));
  assert.ok(scrollHeight <= innerHeight, `the chat scrolls, not the page (${scrollHeight} > ${innerHeight})`);
  await screenshotOf(target(widget.page).first(), `${name}-1-shown`);
  return widget;
}

const formNamed = (title: string) => (page: Page) => page.getByRole('form', { name: title });
const cardNamed = (label: string) => (page: Page) => page.getByRole('region', { name: label });

/** Waits for the form titled `title` to turn into its outcome (`<title>: succeeded`). */
async function waitForSuccess(page: Page, title: string, name: string): Promise<void> {
  await waitForOrFail(page, page.getByRole('region', { name: `${title}: succeeded` }), name, TURN_TIMEOUT);
}

/** An approved, executed write: the audit says so, with the customer as the approver. */
function assertApproved(audit: WriteAudit, toolName: string): void {
  assert.equal(audit.tool_name, toolName);
  assert.equal(audit.status, 'succeeded', `audit row: ${JSON.stringify(audit)}`);
  assert.equal(audit.user_approved, true);
  assert.equal(audit.approver, 'customer');
  assert.ok(audit.confirmation_timestamp instanceof Date, 'the confirmation time is recorded');
}

async function subscriptionOf(email: string) {
  return harness.db
    .selectFrom('subscriptions')
    .innerJoin('customers', 'customers.id', 'subscriptions.customer_id')
    .selectAll('subscriptions')
    .where('customers.email', '=', email)
    .executeTakeFirstOrThrow();
}

/** Money as the cards show it: "$63", and cents only when there are any ("$63.50"). */
const money = (amount: number | string, currency = 'USD'): string => {
  const value = Number(amount);
  const text = new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(value);
  return Number.isInteger(value) ? text.replace(/\.00$/, '') : text;
};

/** `YYYY-MM` as the cards show it ("December 2026"). */
const monthName = (month: string): string =>
  new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );

const humanize = (value: string): string => value.replaceAll('_', ' ');

/** The cells of each body row of a table. */
async function tableRows(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => Array.from(row.querySelectorAll('td'), (cell) => (cell.textContent ?? '').trim())),
    );
}

/** Records the requests a page makes to the given API paths from now on. */
function recordRequests(page: Page, pattern: RegExp): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (pattern.test(url.pathname)) seen.push(`${request.method()} ${url.pathname}`);
  });
  return seen;
}

describe('the widget forms in Chromium', () => {
  test('skip a month: the form shows the proposed month; confirming skips it, audited as approved', async () => {
    const email = 'rachel.goldberg@example.com';
    const { page, session } = await converse(
      email,
      "Please skip January for me, we'll be in Israel visiting family the whole month.",
      'skip',
      formNamed('Skip a month'),
    );
    const form = page.getByRole('form', { name: 'Skip a month' });
    assert.equal(await form.getByLabel('Month to skip').inputValue(), '2027-01');
    assert.equal(
      await form.getByLabel('Month to skip').locator('option:checked').textContent(),
      'January 2027',
      'months are named, not typed as YYYY-MM',
    );
    assert.match(await form.innerText(), /January 2027/, 'the summary names the month');
    assert.deepEqual((await subscriptionOf(email)).skipped_months, [], 'nothing changes before confirming');

    await form.getByRole('button', { name: 'Confirm' }).click();
    await waitForSuccess(page, 'Skip a month', 'skip');
    await screenshot(page, 'skip-2-done');

    assert.deepEqual((await subscriptionOf(email)).skipped_months, ['2027-01']);
    const audit = await writeAuditOf(harness.db, session.conversationId);
    assertApproved(audit, 'skip_month');
    assert.equal(audit.approved_args?.month, '2027-01');
    await page.close();
  });

  test('skip a month: a month already skipped is not offered', async () => {
    const email = 'carlos.mendoza@example.com';
    assert.deepEqual((await subscriptionOf(email)).skipped_months, ['2026-12']);
    const { page } = await converse(
      email,
      'Please skip the February box for me.',
      'skip-skipped',
      formNamed('Skip a month'),
    );
    const select = page.getByRole('form', { name: 'Skip a month' }).getByLabel('Month to skip');
    assert.equal(await select.inputValue(), '2027-02');
    const offered = await select
      .locator('option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    assert.deepEqual(offered, ['2027-01', '2027-02'], 'December 2026 is already skipped');
    await page.close();
  });

  test('change frequency: confirming another choice than proposed changes the plan as edited', async () => {
    const email = 'sarah.mitchell@example.com';
    const before = await subscriptionOf(email);
    assert.equal(before.frequency, 'monthly');
    const { page, session } = await converse(
      email,
      "Honestly we can't keep up with a box every month anymore. Can I switch to every other month?",
      'frequency',
      formNamed('Change delivery frequency'),
    );
    const form = page.getByRole('form', { name: 'Change delivery frequency' });
    assert.equal(await form.getByRole('radio', { name: 'Every 2 months' }).isChecked(), true);
    assert.equal(
      await form.getByRole('radio', { name: 'Every month' }).count(),
      0,
      'the plan she is on is not offered as a change',
    );

    await form.getByRole('radio', { name: 'Every 3 months' }).check();
    await screenshotOf(form, 'frequency-2-edited');
    await form.getByRole('button', { name: 'Confirm' }).click();
    await waitForSuccess(page, 'Change delivery frequency', 'frequency');
    await screenshot(page, 'frequency-3-done');

    const after = await subscriptionOf(email);
    assert.equal(after.frequency, 'quarterly');
    assert.equal(Number(after.price_usd), BOX_PRICES_USD[before.tier].quarterly);
    const audit = await writeAuditOf(harness.db, session.conversationId);
    assertApproved(audit, 'change_frequency');
    assert.equal(audit.proposed_args?.frequency, 'bimonthly', 'the proposal is kept as proposed');
    assert.equal(audit.approved_args?.frequency, 'quarterly', 'the customer approved every 3 months');
    await page.close();
  });

  test('change address: an empty or malformed postal code is refused in the form and sends nothing; a valid one changes the address', async () => {
    const email = 'linda.kowalski@example.com';
    const before = await subscriptionOf(email);
    const { page, session } = await converse(
      email,
      'pls change my address to 55 Wellington Crescent apt 402, Winnipeg MB R3M 0A7. thx',
      'address',
      formNamed('Change shipping address'),
    );
    const form = page.getByRole('form', { name: 'Change shipping address' });
    const postalCode = form.getByLabel('Postal code');
    assert.equal(await postalCode.inputValue(), 'R3M 0A7');
    assert.equal(await form.getByLabel('City').inputValue(), 'Winnipeg');
    const sent = recordRequests(page, /^\/api\/(agui|address\/validate|conversations\/)/);

    /** Confirms with `value` as the postal code and waits for the form to refuse it with `reason`. */
    const refused = async (value: string, reason: RegExp, step: string): Promise<void> => {
      await postalCode.fill(value);
      await form.getByRole('button', { name: 'Confirm' }).click();
      await form.getByRole('alert').filter({ hasText: reason }).waitFor();
      assert.equal(await postalCode.getAttribute('aria-invalid'), 'true');
      await screenshotOf(form, `address-${step}`);
    };
    await refused('', /Postal code is required/, '2-empty');
    await refused('R3M', /"R3M" is not a valid postal code for CA/, '3-malformed');

    assert.deepEqual(sent, [], 'nothing left the browser for an invalid address');
    const pending = await fetch(
      `${harness.url}/api/conversations/${session.conversationId}/pending-actions`,
      { headers: { Authorization: `Bearer ${session.token}` } },
    );
    const { actions } = (await pending.json()) as { actions: { actionId: string; toolName: string }[] };
    assert.deepEqual(
      actions.map((action) => action.toolName),
      ['change_address'],
      'the action is still pending',
    );
    assert.equal((await writeAuditOf(harness.db, session.conversationId)).status, 'pending');
    assert.deepEqual((await subscriptionOf(email)).shipping_address, before.shipping_address);

    // Lower case without the space: the form sends the country's canonical spelling.
    await postalCode.fill('r3m0a7');
    const checked = page.waitForResponse((response) => response.url().endsWith('/api/address/validate'));
    await form.getByRole('button', { name: 'Confirm' }).click();
    const verdict = (await (await checked).json()) as { valid: boolean; provider?: string };
    assert.equal(verdict.valid, true);
    assert.equal(verdict.provider, 'local', 'no key: the local validation provider answers');
    await waitForSuccess(page, 'Change shipping address', 'address');
    await screenshot(page, 'address-4-done');

    const audit = await writeAuditOf(harness.db, session.conversationId);
    assertApproved(audit, 'change_address');
    assert.equal(audit.approved_args?.postal_code, 'R3M 0A7');
    const address = (await subscriptionOf(email)).shipping_address;
    assert.equal(address.postal_code, 'R3M 0A7');
    assert.equal(address.city, 'Winnipeg');
    assert.equal(address.country, 'CA');
    assert.equal(address.line1, audit.approved_args?.line1);
    assert.match(String(address.line1), /55 Wellington Crescent/);
    assert.notDeepEqual(address, before.shipping_address);
    await page.close();
  });

  test('damage claim: a refused type or size is refused in the form; a JPEG uploads to the local store and the claim carries it', async () => {
    const email = 'daniel.rosen@example.com';
    const { page, session } = await converse(
      email,
      'One of the olive wood spoons from November has a crack right along the handle. Photo attached.',
      'claim',
      formNamed('File a damage claim'),
    );
    const form = page.getByRole('form', { name: 'File a damage claim' });
    const orderId = await form.getByLabel('Order number').inputValue();
    const order = await harness.db
      .selectFrom('orders')
      .select(['id', 'customer_id', 'box_month', 'notes'])
      .where('id', '=', orderId)
      .executeTakeFirstOrThrow();
    assert.equal(
      order.customer_id,
      await customerIdOf(harness.db, email),
      'the proposal names one of her orders',
    );
    assert.equal(order.box_month, '2026-11');

    const photos = form.getByLabel('Photos');
    const uploads = recordRequests(page, /\/uploads$/);
    const photoError = form.locator('.kesher-field', { has: page.getByLabel('Photos') }).getByRole('alert');

    await photos.setInputFiles({
      name: 'receipt.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4'),
    });
    await photoError.waitFor();
    assert.match(await photoError.innerText(), /receipt\.pdf is not a photo we can take/);
    await screenshotOf(form, 'claim-2-wrong-type');

    const large = Buffer.alloc(9 * 1024 * 1024, 0xff);
    await photos.setInputFiles({ name: 'huge.jpg', mimeType: 'image/jpeg', buffer: large });
    await photoError.getByText('huge.jpg is larger than 8 MB').waitFor();
    await screenshotOf(form, 'claim-3-too-large');
    assert.deepEqual(uploads, [], 'the form refused both before uploading');

    // Named and typed as a PNG, but not one: the upload endpoint reads the bytes and refuses it.
    await photos.setInputFiles({
      name: 'fake.png',
      mimeType: 'image/png',
      buffer: Buffer.from('not an image'),
    });
    await photoError.getByText(/The upload failed: Photos must be JPEG, PNG, WebP or HEIC/).waitFor();
    await screenshotOf(form, 'claim-4-refused-by-server');
    assert.equal(uploads.length, 1, 'the server saw that one');

    // A real JPEG: the browser's own picture of the form.
    const jpeg = await page.screenshot({ type: 'jpeg', quality: 60 });
    await photos.setInputFiles({ name: 'cracked-spoon.jpg', mimeType: 'image/jpeg', buffer: jpeg });
    await form.getByRole('list', { name: 'Attached photos' }).getByText('cracked-spoon.jpg').waitFor();
    assert.equal(await photoError.count(), 0, 'the earlier refusal is cleared');
    await screenshotOf(form, 'claim-5-attached');

    await form.getByRole('button', { name: 'Confirm' }).click();
    await waitForSuccess(page, 'File a damage claim', 'claim');
    await screenshot(page, 'claim-6-done');

    const audit = await writeAuditOf(harness.db, session.conversationId);
    assertApproved(audit, 'file_damage_claim');
    const keys = audit.approved_args?.photo_keys as string[] | undefined;
    assert.equal(keys?.length, 1, 'the claim carries the photo');
    const key = keys[0]!;
    assert.ok(key.startsWith(uploadKeyPrefix(session.conversationId)), key);
    assert.match(key, /\.jpg$/);
    assert.deepEqual(
      readFileSync(path.join(dataDir, 'uploads', ...key.split('/'))),
      jpeg,
      'the local store holds the uploaded bytes',
    );
    const claim = audit.result as { claimNumber: string; orderId: string; photos: number };
    assert.equal(claim.orderId, orderId);
    assert.equal(claim.photos, 1);
    const filed = await harness.db
      .selectFrom('orders')
      .select('notes')
      .where('id', '=', orderId)
      .executeTakeFirstOrThrow();
    assert.match(String(filed.notes), new RegExp(`Damage claim ${claim.claimNumber} filed .*1 photo`));
    await page.close();
  });
});

describe('the widget cards in Chromium', () => {
  test('tracking: the card shows the parcel underway with its carrier, progress and every scan', async () => {
    const email = 'pieter.vdm@example.net';
    const { page } = await converse(
      email,
      "Morning! Any news on the November box? Just want to be sure it doesn't do a disappearing act like September's.",
      'tracking',
      cardNamed('Tracking'),
    );
    const shipment = await harness.db
      .selectFrom('shipments')
      .innerJoin('orders', 'orders.id', 'shipments.order_id')
      .select([
        'orders.id as orderId',
        'shipments.carrier',
        'shipments.tracking_number',
        'shipments.status',
        'shipments.events',
      ])
      .where('orders.customer_id', '=', await customerIdOf(harness.db, email))
      .where('shipments.status', '=', 'in_transit')
      .executeTakeFirstOrThrow();
    const card = page.getByRole('region', { name: 'Tracking' }).first();
    const text = await card.innerText();
    assert.match(text, new RegExp(`Order ${shipment.orderId} · November 2026 box`));
    assert.match(text, new RegExp(shipment.carrier));
    assert.match(text, new RegExp(shipment.tracking_number));
    assert.match(text, new RegExp(`Status: ${humanize(shipment.status)}`));
    const progress = Number(await card.locator('progress').getAttribute('value'));
    assert.ok(progress > 0 && progress < 100, `a parcel in transit is part way: ${progress}`);
    const events = card.getByRole('list', { name: 'Tracking events' }).getByRole('listitem');
    assert.equal(await events.count(), shipment.events.length, 'every scan is listed');
    const newestFirst = [...shipment.events].reverse();
    for (const [index, event] of newestFirst.entries()) {
      assert.ok((await events.nth(index).innerText()).includes(event.description), event.description);
    }
    await page.close();
  });

  test('order history: the table lists her orders, and filtering by status narrows the rows', async () => {
    const email = 'avi.peretz@example.net';
    const { page } = await converse(
      email,
      'Can you list the boxes I got this year? Need it for my records.',
      'orders',
      cardNamed('Order history'),
    );
    const card = page.getByRole('region', { name: 'Order history' }).first();
    const table = card.getByRole('table');
    const shown = await tableRows(table);
    const orders = await harness.db
      .selectFrom('orders')
      .select(['id', 'box_month', 'status', 'total_usd'])
      .where('customer_id', '=', await customerIdOf(harness.db, email))
      .orderBy('created_at', 'desc')
      .limit(shown.length)
      .execute();
    assert.ok(shown.length >= 2, `several orders are listed: ${JSON.stringify(shown)}`);
    assert.deepEqual(
      shown.map(([id, box, status, amount]) => [id, box?.split(' · ')[0], status, amount]),
      orders.map((order) => [
        order.id,
        monthName(order.box_month),
        humanize(order.status),
        money(order.total_usd),
      ]),
      'the newest orders, as the database has them',
    );

    // The rarest status among the rows shown: filtering by it must leave fewer rows.
    const counts = new Map<string, number>();
    for (const order of orders) counts.set(order.status, (counts.get(order.status) ?? 0) + 1);
    const [rare] = [...counts.entries()].sort((a, b) => a[1] - b[1])[0]!;
    assert.ok(counts.size >= 2, `her orders have more than one status: ${[...counts.keys()].join(', ')}`);
    await card.getByLabel('Filter by status').selectOption(rare);
    await screenshotOf(card, 'orders-2-filtered');
    const filtered = await tableRows(table);
    assert.deepEqual(
      filtered.map(([id]) => id),
      orders.filter((order) => order.status === rare).map((order) => order.id),
    );
    assert.ok(filtered.length < shown.length);

    await card.getByLabel('Filter by status').selectOption('all');
    assert.equal((await tableRows(table)).length, shown.length, 'clearing the filter shows them all again');
    await page.close();
  });

  test('box contents: the card shows the December box of her tier with its theme and products', async () => {
    const email = 'grace.thompson@example.org';
    const { page } = await converse(
      email,
      "Does Mum's December box have any nuts in it? She's allergic to walnuts.",
      'box',
      cardNamed('Box contents'),
    );
    const subscription = await subscriptionOf(email);
    const box = await harness.db
      .selectFrom('boxes')
      .selectAll()
      .where('month', '=', '2026-12')
      .executeTakeFirstOrThrow();
    const tierItems = box.tiers[subscription.tier];
    const products = await harness.db
      .selectFrom('products')
      .select(['id', 'name'])
      .where('id', 'in', tierItems)
      .execute();
    const card = page.getByRole('region', { name: 'Box contents' }).first();
    assert.equal(await card.getByRole('heading').innerText(), `${monthName(box.month)} box · ${box.theme}`);
    assert.match(await card.innerText(), new RegExp(`${subscription.tier} tier`, 'i'));
    const lines = await card.getByRole('listitem').allInnerTexts();
    assert.equal(
      lines.length,
      tierItems.length,
      `one line per product of the tier: ${JSON.stringify(lines)}`,
    );
    // A substituted product shows as "X (instead of <product>: why)"; either way every product is named.
    const text = lines.join('\n');
    for (const product of products) assert.ok(text.includes(product.name), `${product.name} in ${text}`);
    await page.close();
  });

  test('payment history: the card lists her recent payments with amounts, statuses and failure reasons', async () => {
    const email = 'hannah.schneider@example.org';
    const { page } = await converse(
      email,
      "In October my payment was declined at first with 'authentication required'. Do I have to confirm something every month now? Quite annoying.",
      'payments',
      cardNamed('Payment history'),
    );
    const card = page.getByRole('region', { name: 'Payment history' }).first();
    const shown = await tableRows(card.getByRole('table'));
    const payments = await harness.db
      .selectFrom('payments')
      .select(['id', 'amount', 'currency', 'status', 'card_brand', 'card_last4', 'failure_reason'])
      .where('customer_id', '=', await customerIdOf(harness.db, email))
      .orderBy('created_at', 'desc')
      .limit(shown.length)
      .execute();
    assert.ok(shown.length >= 2, `several payments are listed: ${JSON.stringify(shown)}`);
    assert.deepEqual(
      shown.map(([, amount, status, cardCell, details]) => [amount, status, cardCell, details]),
      payments.map((payment) => [
        money(payment.amount, payment.currency),
        humanize(payment.status),
        payment.card_brand ? `${payment.card_brand} ···· ${payment.card_last4 ?? ''}` : '—',
        payment.failure_reason ? humanize(payment.failure_reason) : '',
      ]),
      'the newest payments, as the database has them',
    );
    assert.ok(
      payments.some((payment) => payment.status === 'failed' && payment.failure_reason),
      'her declined October payment is among them, with its reason',
    );
    await page.close();
  });
});

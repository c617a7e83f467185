import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Where browser tests write their screenshots (gitignored). */
export const ARTIFACTS_DIR = path.join(root, 'test-artifacts');

/** Debian's Chromium (installed by .ci/run); playwright-core downloads no browser of its own. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Builds widget/dist if it is missing or stale (`npm test` has done it already; a direct run may not have). */
export function ensureWidgetBuilt(): void {
  const built = spawnSync(process.execPath, [path.join(root, 'widget', 'build.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error(`widget build failed (exit ${built.status})`);
}

/** Headless Chromium, as the CI machine runs it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** Saves a full-page screenshot as `test-artifacts/<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Saves a screenshot of one element (a form, a card) as `test-artifacts/<name>.png`: the chat
 * scrolls inside the page, so a page screenshot may cut it off.
 */
export async function screenshotOf(target: Locator, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await target.screenshot({ path: file });
  return file;
}

/** A web conversation opened through the API, as the widget's start screen does. */
export interface WidgetSession {
  conversationId: string;
  token: string;
  url: string;
}

/** `POST /api/widget/sessions`: a new web conversation for `email`. */
export async function createWidgetSession(baseUrl: string, email: string): Promise<WidgetSession> {
  const response = await fetch(`${baseUrl}/api/widget/sessions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  if (response.status !== 201) throw new Error(`session: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as WidgetSession;
}

/** A widget page opened on one web conversation. */
export interface WidgetPage {
  page: Page;
  session: WidgetSession;
}

/**
 * Opens the widget for a new web conversation of `email` (what the start screen does); page errors
 * are printed under `name`, so a failing run says what the browser saw.
 */
export async function openWidget(
  browser: Browser,
  baseUrl: string,
  email: string,
  name: string,
): Promise<WidgetPage> {
  const session = await createWidgetSession(baseUrl, email);
  const page = await browser.newPage({ viewport: { width: 480, height: 900 } });
  page.on('pageerror', (error) => console.error(`[${name}] page error:`, error.message));
  const query = new URLSearchParams({ conversation: session.conversationId, token: session.token });
  await page.goto(`${baseUrl}/widget/?${query.toString()}`);
  return { page, session };
}

/** Types a customer message into the composer and sends it. */
export async function sendMessage(page: Page, text: string): Promise<void> {
  // By the composer, not by its words: the widget speaks the customer's language.
  const composer = page.locator('form.kesher-composer');
  await composer.getByRole('textbox').fill(text);
  await composer.getByRole('button').click();
}

/**
 * Waits for `target` to appear, or for the alert a failed run shows (RUN_ERROR); on failure saves
 * `<name>-failed.png` and reports what the page says.
 */
export async function waitForOrFail(
  page: Page,
  target: Locator,
  name: string,
  timeout: number,
): Promise<void> {
  const banner = page.locator('.kesher-banner[role="alert"]');
  let failure: unknown;
  try {
    await target.or(banner).first().waitFor({ timeout });
    if (await target.first().isVisible()) return;
  } catch (error) {
    failure = error;
  }
  await screenshot(page, `${name}-failed`);
  const alerts = await page.getByRole('alert').allInnerTexts();
  const replies = await page.locator('.kesher-assistant .kesher-bubble').allInnerTexts();
  throw new Error(
    `${name}: gave up waiting; alerts ${JSON.stringify(alerts)}, replies ${JSON.stringify(replies)}`,
    { cause: failure },
  );
}

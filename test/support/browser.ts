import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

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

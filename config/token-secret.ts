import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AppConfig } from './config';

/** The file under the data directory that keeps a generated token secret. */
export const TOKEN_SECRET_FILE = 'widget-token-secret';

/**
 * The master secret of conversation tokens: WIDGET_TOKEN_SECRET when set, else one generated on
 * first start and kept in the data directory, so form links stay valid across restarts and the API
 * and the worker of one installation agree. Synchronous: it runs once, at start-up.
 */
export function resolveTokenSecret(input: { configured: string | undefined; dataDir: string }): string {
  if (input.configured) return input.configured;
  const file = path.join(input.dataDir, TOKEN_SECRET_FILE);
  const existing = readSecret(file);
  if (existing) return existing;
  mkdirSync(input.dataDir, { recursive: true });
  try {
    // 'wx' fails if another process (the worker or API next to us) wrote it first: use theirs.
    writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const created = readSecret(file);
  if (!created) throw new Error(`Could not read the token secret at ${file}.`);
  return created;
}

function readSecret(file: string): string | null {
  try {
    const value = readFileSync(file, 'utf8').trim();
    return value.length >= 16 ? value : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The configuration with `widget.tokenSecret` resolved (configured, or kept in the data directory). */
export function withTokenSecret(config: AppConfig): AppConfig {
  if (config.widget.tokenSecret) return config;
  const tokenSecret = resolveTokenSecret({ configured: undefined, dataDir: config.dataDir });
  return { ...config, widget: { ...config.widget, tokenSecret } };
}

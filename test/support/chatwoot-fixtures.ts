import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Chatwoot reference payloads and API examples copied into the repo (see test/fixtures/chatwoot). */
export const CHATWOOT_FIXTURES = fileURLToPath(new URL('../fixtures/chatwoot', import.meta.url));

/** Names of the webhook payload fixtures, without the signed-delivery test vector. */
export function webhookFixtureNames(): string[] {
  return readdirSync(path.join(CHATWOOT_FIXTURES, 'webhook-payloads'))
    .filter((name) => name.endsWith('.json') && !name.includes('test-vector'))
    .sort();
}

/** A webhook payload fixture as raw bytes (what Chatwoot signs). */
export function webhookFixtureBytes(name: string): Buffer {
  return readFileSync(path.join(CHATWOOT_FIXTURES, 'webhook-payloads', name));
}

/** A webhook payload fixture, parsed; each call returns a fresh copy to mutate. */
export function webhookFixture(name: string): Record<string, unknown> {
  return JSON.parse(webhookFixtureBytes(name).toString('utf8')) as Record<string, unknown>;
}

export interface ApiExample {
  request: { method: string; url: string; headers: Record<string, string>; body?: unknown };
  response_200?: unknown;
}

/** An api-examples fixture, e.g. `create_message.bot_reply`. */
export function apiExample(name: string): ApiExample {
  return JSON.parse(
    readFileSync(path.join(CHATWOOT_FIXTURES, 'api-examples', `${name}.json`), 'utf8'),
  ) as ApiExample;
}

/** Marks a path to delete in {@link withChanges}. */
export const REMOVE = Symbol('remove');

/**
 * A fresh copy of a webhook fixture with changes applied at dotted paths (`conversation.id`,
 * `conversation.messages.0.message_type`); a value of {@link REMOVE} deletes the key.
 */
export function withChanges(name: string, changes: Record<string, unknown>): Record<string, unknown> {
  const body = webhookFixture(name);
  for (const [dotted, value] of Object.entries(changes)) {
    const keys = dotted.split('.');
    const last = keys.pop()!;
    let target: Record<string, unknown> = body;
    for (const key of keys) target = target[key] as Record<string, unknown>;
    if (value === REMOVE) delete target[last];
    else target[last] = value;
  }
  return body;
}

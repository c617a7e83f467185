import { setTimeout as sleep } from 'node:timers/promises';
import { isGrpcServiceError, type Connection } from '@temporalio/client';
import { KESHER_SEARCH_ATTRIBUTES, indexedValueType } from './search-attributes';
import type { ProvisionLog } from './temporal-cli';
import { TemporalUnavailableError } from './temporal-handle';

const REGISTRATION_TIMEOUT_MS = 10_000;
const GRPC_ALREADY_EXISTS = 6;

/**
 * Registers whichever of Kesher's search attributes the namespace lacks and waits until all are
 * listed. Needed even for a dev server started with `--search-attribute`: the CLI only applies those
 * when it creates the database, so attributes added since then are missing from a persisted one.
 */
export async function ensureSearchAttributes(
  connection: Connection,
  namespace: string,
  log: ProvisionLog,
): Promise<void> {
  const deadline = Date.now() + REGISTRATION_TIMEOUT_MS;
  for (;;) {
    const listed = await connection.operatorService.listSearchAttributes({ namespace });
    const existing = listed.customAttributes ?? {};
    const missing = KESHER_SEARCH_ATTRIBUTES.filter((spec) => !(spec.name in existing));
    for (const spec of KESHER_SEARCH_ATTRIBUTES) {
      const actual = existing[spec.name];
      if (actual !== undefined && Number(actual) !== indexedValueType(spec.type)) {
        log.warn(
          { name: spec.name, expected: spec.type, actual },
          'search attribute exists with another type',
        );
      }
    }
    if (missing.length === 0) return;
    if (Date.now() > deadline) {
      throw new TemporalUnavailableError(
        `search attributes ${missing.map((spec) => spec.name).join(', ')} are still missing on namespace ${namespace}`,
        '',
      );
    }
    try {
      await connection.operatorService.addSearchAttributes({
        namespace,
        searchAttributes: Object.fromEntries(missing.map((spec) => [spec.name, indexedValueType(spec.type)])),
      });
      log.info(
        { namespace, added: missing.map((spec) => spec.name) },
        'registered Temporal search attributes',
      );
    } catch (error) {
      // Another Kesher process may have registered them first; the next listing tells.
      if (!(isGrpcServiceError(error) && error.code === GRPC_ALREADY_EXISTS)) throw error;
    }
    await sleep(250);
  }
}

import type { SearchAttributeUpdatePair } from '@temporalio/common';
import { patched, upsertSearchAttributes } from '@temporalio/workflow';

/**
 * Upserts the attributes whose value differs from what this run last published (`published`,
 * kept by the run): an unchanged turn then adds no history event and no visibility write. Runs
 * recorded before this replay with every attribute upserted each time.
 */
export function upsertChanged(
  published: Map<string, unknown>,
  updates: readonly SearchAttributeUpdatePair[],
): void {
  const changed = patched('publish-changes')
    ? updates.filter((update) => published.get(update.key.name) !== update.value)
    : [...updates];
  if (changed.length === 0) return;
  upsertSearchAttributes(changed);
  for (const update of changed) published.set(update.key.name, update.value);
}

/**
 * Which golden items a run covers: all, a named split, or an id range. Development uses
 * dev-001..dev-100; dev-101..dev-140 are held out and only evaluated.
 */
import type { GoldenItem } from './golden-item';

/** The items to run. */
export type ItemSelection =
  { kind: 'all' } | { kind: 'split'; split: SplitName } | { kind: 'ids'; from: string; to: string };

/** The named splits and their id ranges. */
export const SPLITS = {
  dev: { from: 'dev-001', to: 'dev-100' },
  'held-out': { from: 'dev-101', to: 'dev-140' },
} as const;
export type SplitName = keyof typeof SPLITS;

/** `dev-007` → { prefix: 'dev-', number: 7 }. */
function idParts(id: string): { prefix: string; number: number } | null {
  const match = /^(.*?)(\d+)$/.exec(id);
  return match ? { prefix: match[1]!, number: Number(match[2]) } : null;
}

function inRange(id: string, from: string, to: string): boolean {
  const [it, low, high] = [idParts(id), idParts(from), idParts(to)];
  if (!it || !low || !high || it.prefix !== low.prefix || it.prefix !== high.prefix) return false;
  return it.number >= low.number && it.number <= high.number;
}

/** How the report names a selection. */
export function selectionLabel(selection: ItemSelection): string {
  if (selection.kind === 'all') return 'all';
  if (selection.kind === 'split') {
    const range = SPLITS[selection.split];
    return `${selection.split} (${range.from}..${range.to})`;
  }
  return `ids ${selection.from}..${selection.to}`;
}

/** The items of `selection`, in dataset order. */
export function selectItems(items: readonly GoldenItem[], selection: ItemSelection): GoldenItem[] {
  if (selection.kind === 'all') return [...items];
  const { from, to } = selection.kind === 'split' ? SPLITS[selection.split] : selection;
  return items.filter((item) => inRange(item.id, from, to));
}

/**
 * Arguments of `npm run eval -- --dataset <file.jsonl> [--out <report.json>]
 * [--split dev|held-out | --ids <from>..<to>] [--corrections <file.jsonl>] [--no-few-shot]`.
 */
import { parseArgs } from 'node:util';
import { SPLITS, type ItemSelection, type SplitName } from './item-selection';

/** The command line was wrong; the message says how. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Parsed arguments. */
export interface EvalArgs {
  dataset: string;
  out: string | null;
  selection: ItemSelection;
  /** Human corrections to seed, which the specialists then get as few-shot examples. */
  corrections: string | null;
  /** False: the specialists get no few-shot examples, seeded or not. */
  fewShot: boolean;
}

export const USAGE =
  'usage: npm run eval -- --dataset <file.jsonl> [--out <report.json>] [--split dev|held-out | --ids <from>..<to>] [--corrections <file.jsonl>] [--no-few-shot]';

function selectionOf(split: string | undefined, ids: string | undefined): ItemSelection {
  if (split !== undefined && ids !== undefined) throw new UsageError('--split and --ids are exclusive');
  if (split !== undefined) {
    if (!(split in SPLITS))
      throw new UsageError(`unknown split "${split}" (use ${Object.keys(SPLITS).join(' or ')})`);
    return { kind: 'split', split: split as SplitName };
  }
  if (ids !== undefined) {
    const match = /^([^.\s]+)\.\.([^.\s]+)$/.exec(ids);
    if (!match) throw new UsageError(`--ids wants <from>..<to>, e.g. dev-001..dev-020 (got "${ids}")`);
    return { kind: 'ids', from: match[1]!, to: match[2]! };
  }
  return { kind: 'all' };
}

/** Parses the CLI arguments (without node and the script). */
export function parseEvalArgs(argv: readonly string[]): EvalArgs {
  let values: {
    dataset?: string;
    out?: string;
    split?: string;
    ids?: string;
    corrections?: string;
    'no-few-shot'?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        dataset: { type: 'string' },
        out: { type: 'string' },
        split: { type: 'string' },
        ids: { type: 'string' },
        corrections: { type: 'string' },
        'no-few-shot': { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (!values.dataset) throw new UsageError('--dataset is required');
  return {
    dataset: values.dataset,
    out: values.out ?? null,
    selection: selectionOf(values.split, values.ids),
    corrections: values.corrections ?? null,
    fewShot: !values['no-few-shot'],
  };
}

/**
 * Reads a golden JSONL dataset, one validated item per non-empty line.
 */
import { readFile } from 'node:fs/promises';
import { goldenItemSchema, type GoldenItem } from './golden-item';

/** The dataset is missing, unreadable or malformed; `line` is 1-based when one line is at fault. */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  constructor(
    message: string,
    readonly path: string,
    readonly line: number | null = null,
  ) {
    super(line === null ? `${path}: ${message}` : `${path}, line ${line}: ${message}`);
  }
}

/** Parses JSONL text into golden items (`path` only names the source in errors). */
export function parseDataset(text: string, path: string): GoldenItem[] {
  const items: GoldenItem[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      throw new DatasetError(`not valid JSON (${(error as Error).message})`, path, line);
    }
    const parsed = goldenItemSchema.safeParse(value);
    if (!parsed.success) {
      const problems = parsed.error.issues.map(
        (issue) => `${issue.path.join('.') || '(line)'}: ${issue.message}`,
      );
      throw new DatasetError(problems.join('; '), path, line);
    }
    if (seen.has(parsed.data.id)) throw new DatasetError(`duplicate id ${parsed.data.id}`, path, line);
    seen.add(parsed.data.id);
    items.push(parsed.data);
  });
  if (items.length === 0) throw new DatasetError('no items', path);
  return items;
}

/** Reads and parses the dataset at `path`. */
export async function readDataset(path: string): Promise<GoldenItem[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new DatasetError(
      `cannot read the dataset (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      path,
    );
  }
  return parseDataset(text, path);
}

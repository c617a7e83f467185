/**
 * `npm run eval -- --dataset <file.jsonl> [--out <report.json>] [--split dev|held-out | --ids <from>..<to>]
 * [--corrections <file.jsonl>] [--no-few-shot]`:
 * runs golden messages through the whole turn pipeline in-process with side effects disabled
 * (scripts/eval/run-pipeline.ts), judges each reply deterministically (scripts/eval/judge.ts), prints
 * the summary, per-category and per-language tables, and with `--out` writes the JSON report.
 * Exits 2 on a bad command line or dataset (naming the line), 1 when the run itself fails.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseEvalArgs, USAGE, UsageError } from './eval/cli-args';
import { readCorrections, type CorrectionSeed } from './eval/corrections-file';
import { DatasetError, readDataset } from './eval/dataset';
import type { EvalReport } from './eval/eval-report';
import type { GoldenItem } from './eval/golden-item';
import { selectionLabel, selectItems } from './eval/item-selection';
import { renderReport } from './eval/report-table';
import { runEval, type RunItem } from './eval/run-eval';

export { runEval } from './eval/run-eval';
export type { RunItem, RunEvalOptions } from './eval/run-eval';

/** A turn runner with resources to release. */
export interface EvalRunner {
  runItem: RunItem;
  close(): Promise<void>;
}

/** How the pipeline is set up: the corrections seeded and whether few-shot examples are used. */
export interface RunnerOptions {
  corrections: CorrectionSeed[];
  fewShot: boolean;
}

/** What `runCli` talks to; tests replace the runner and the output streams. */
export interface CliDeps {
  createRunner: (options: RunnerOptions) => Promise<EvalRunner>;
  out: (text: string) => void;
  err: (text: string) => void;
}

const defaultDeps: CliDeps = {
  // Loaded on demand: a bad command line is reported without starting the pipeline.
  createRunner: async (options) => (await import('./eval/run-pipeline')).createPipelineRunner(options),
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** The `--out` document: exactly summary, per_category, per_language and items. */
export function reportDocument(report: EvalReport): EvalReport {
  const { summary, per_category, per_language, items } = report;
  return { summary, per_category, per_language, items };
}

async function evaluate(
  items: GoldenItem[],
  split: string,
  dataset: string,
  options: RunnerOptions,
  deps: CliDeps,
): Promise<EvalReport> {
  const runner = await deps.createRunner(options);
  try {
    return await runEval(items, runner.runItem, {
      split,
      dataset,
      onItem: (item, done, total) =>
        deps.err(
          `eval: ${done}/${total} ${item.id} ${item.error ? `error: ${item.error}` : `${item.latency_ms} ms`}`,
        ),
    });
  } finally {
    await runner.close();
  }
}

/** Runs the CLI with `argv` (without node and the script); resolves to the exit code. */
export async function runCli(argv: readonly string[], deps: Partial<CliDeps> = {}): Promise<number> {
  const io: CliDeps = { ...defaultDeps, ...deps };
  try {
    const args = parseEvalArgs(argv);
    const items = selectItems(await readDataset(args.dataset), args.selection);
    const split = selectionLabel(args.selection);
    if (items.length === 0) throw new UsageError(`no items of ${args.dataset} in ${split}`);
    const corrections = args.corrections ? await readCorrections(args.corrections) : [];
    const report = await evaluate(items, split, args.dataset, { corrections, fewShot: args.fewShot }, io);
    io.out(
      `few-shot: ${args.fewShot ? 'on' : 'off'}; ${corrections.length} corrections seeded${args.corrections ? ` from ${args.corrections}` : ''}`,
    );
    io.out(renderReport(report));
    if (args.out) {
      await mkdir(path.dirname(path.resolve(args.out)), { recursive: true });
      await writeFile(args.out, `${JSON.stringify(reportDocument(report), null, 2)}\n`);
      io.out(`report written to ${args.out}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`eval: ${error.message}\n${USAGE}`);
      return 2;
    }
    if (error instanceof DatasetError) {
      io.err(`eval: ${error.message}`);
      return 2;
    }
    io.err(`eval failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  runCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

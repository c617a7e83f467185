/**
 * Evaluates the offline intake router on fixtures/golden-dev.jsonl.
 *
 * The set is split deterministically: odd ids are the dev half (looked at while tuning the
 * lexicon), even ids the held-out half (only evaluated). Run: `npx tsx scripts/router-report.ts`
 * (`--errors dev|held-out|all` also lists the misrouted messages of that split).
 */
import { classifyMessage } from '../activities/offline/router/index';
import type { RouterOutput } from '../activities/offline/router/index';
import { GOLDEN_TODAY, isDevHalf, loadGolden } from './golden-split';

interface GoldenRow {
  id: string;
  language: string;
  message: string;
  category: string;
  sentiment: string;
  escalation_signal: boolean;
}

interface Scored {
  row: GoldenRow;
  output: RouterOutput;
}

function rate(rows: Scored[], correct: (s: Scored) => boolean): string {
  if (rows.length === 0) return '  n/a';
  const hits = rows.filter(correct).length;
  return `${(hits / rows.length).toFixed(3)} (${hits}/${rows.length})`;
}

function printSplit(name: string, rows: Scored[]): void {
  console.log(`\n== ${name} (${rows.length} messages)`);
  console.log(`category accuracy   ${rate(rows, (s) => s.output.category === s.row.category)}`);
  console.log(`sentiment accuracy  ${rate(rows, (s) => s.output.sentiment === s.row.sentiment)}`);
  console.log(
    `escalation accuracy ${rate(rows, (s) => s.output.escalationSignal === s.row.escalation_signal)}`,
  );
  console.log(`language detection  ${rate(rows, (s) => s.output.language === s.row.language)}`);
  const languages = [...new Set(rows.map((s) => s.row.language))].sort();
  const perLanguage = languages.map((language) => {
    const subset = rows.filter((s) => s.row.language === language);
    return `${language} ${rate(subset, (s) => s.output.category === s.row.category)}`;
  });
  console.log(`category by language: ${perLanguage.join(' | ')}`);
}

function printErrors(rows: Scored[]): void {
  for (const { row, output } of rows) {
    if (output.category === row.category) continue;
    console.log(
      `${row.id} [${row.language}] want ${row.category} got ${output.category} (${output.confidence}) :: ${row.message}`,
    );
  }
}

function main(): void {
  const scored = loadGolden<GoldenRow>().map((row) => ({
    row,
    output: classifyMessage(row.message, { today: GOLDEN_TODAY }),
  }));
  printSplit('all', scored);
  printSplit(
    'dev half (odd ids)',
    scored.filter((s) => isDevHalf(s.row.id)),
  );
  printSplit(
    'held-out half (even ids)',
    scored.filter((s) => !isDevHalf(s.row.id)),
  );
  const errorsFlag = process.argv.indexOf('--errors');
  if (errorsFlag >= 0) {
    const which = process.argv[errorsFlag + 1] ?? 'dev';
    const subset = which === 'all' ? scored : scored.filter((s) => isDevHalf(s.row.id) === (which === 'dev'));
    console.log(`\n== misrouted (${which})`);
    printErrors(subset);
  }
}

main();

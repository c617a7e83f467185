/**
 * Behaviour tests for `npm run eval` (scripts/eval.ts, scripts/eval/*): the metrics runEval computes
 * over a fake turn runner, tool-call scoring, item selection, and the CLI's handling of datasets,
 * arguments and `--out`. The real pipeline runner is not used here: these tests pin the report.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli, runEval } from '../scripts/eval';
import { parseEvalArgs, UsageError } from '../scripts/eval/cli-args';
import type { GoldenItem } from '../scripts/eval/golden-item';
import type { EvalTurnResult } from '../scripts/eval/run-pipeline';
import { isToolRight } from '../scripts/eval/tool-accuracy';

const root = fileURLToPath(new URL('..', import.meta.url));

function item(overrides: Partial<GoldenItem> & Pick<GoldenItem, 'id'>): GoldenItem {
  return {
    channel: 'email',
    customer_email: 'someone@example.com',
    language: 'en',
    message: 'Hello',
    category: 'other',
    sentiment: 'neutral',
    escalation_signal: false,
    expected_tool: null,
    expected_args: null,
    must_mention: [],
    must_not: [],
    ...overrides,
  };
}

function turn(overrides: Partial<EvalTurnResult>): EvalTurnResult {
  return {
    category: 'other',
    language: 'en',
    sentiment: 'neutral',
    escalationSignal: false,
    toolCalls: [],
    outcome: 'draft',
    escalationReason: null,
    qaPassed: true,
    qaRounds: 1,
    reply: '',
    latencyMs: 0,
    ...overrides,
  };
}

const ITEMS: GoldenItem[] = [
  item({
    id: 'dev-001',
    category: 'subscription_skip',
    expected_tool: 'skip_month',
    expected_args: { month: '2027-01' },
    must_mention: ['January 2027 skipped: no box and no charge', 'the December box still ships'],
    must_not: ['change the subscription without the customer confirming a form'],
  }),
  item({
    id: 'dev-002',
    language: 'ru',
    category: 'shipping_tracking',
    expected_tool: 'track_package',
    must_mention: ['CP353362945IL', 'estimated delivery 10 December'],
    must_not: ['say the box is late or lost'],
  }),
  item({
    id: 'dev-003',
    category: 'human_request',
    escalation_signal: true,
    must_mention: ['handing over to a human teammate'],
    must_not: ['keep trying to solve it instead of handing over'],
  }),
  item({
    id: 'dev-004',
    language: 'es',
    category: 'billing_payment',
    escalation_signal: true,
    expected_tool: 'get_payment_history',
    must_mention: ['the 1 November attempt was declined by the bank (do_not_honor)'],
  }),
];

const TURNS: Record<string, EvalTurnResult> = {
  'dev-001': turn({
    category: 'subscription_skip',
    toolCalls: [
      { name: 'get_subscription', args: {} },
      { name: 'skip_month', args: { month: ' 2027-01 ' } },
    ],
    reply:
      'Once you confirm, the January 2027 box is skipped: no box and no charge. The December box still ships.',
    latencyMs: 100,
  }),
  'dev-002': turn({
    category: 'shipping_tracking',
    language: 'ru',
    outcome: 'send',
    qaPassed: false,
    qaRounds: 2,
    reply: 'Посылка CP353362945IL задерживается.',
    latencyMs: 300,
  }),
  'dev-003': turn({
    category: 'human_request',
    escalationSignal: true,
    outcome: 'escalate',
    escalationReason: 'customer asked for a person',
    reply: 'I am handing you over to a human teammate.',
    latencyMs: 200,
  }),
};

const fakeRunItem = async (golden: GoldenItem): Promise<EvalTurnResult> => {
  const result = TURNS[golden.id];
  if (!result) throw new Error('model down');
  return result;
};

test('runEval computes the summary figures from the runner and the judge', async () => {
  const report = await runEval(ITEMS, fakeRunItem, { split: 'all', dataset: 'test.jsonl' });
  const s = report.summary;
  assert.equal(s.items, 4);
  assert.equal(s.errors, 1);
  assert.equal(s.category_accuracy, 0.75);
  assert.equal(s.tool_accuracy, 0.5);
  assert.equal(s.qa_pass_rate, 0.5);
  assert.equal(s.escalation_rate, 0.25);
  assert.equal(s.escalation_items, 2);
  assert.equal(s.escalation_accuracy, 0.5);
  assert.equal(s.must_mention_phrases, 6);
  assert.equal(s.must_mention_rate, 0.6667);
  assert.equal(s.must_not_violations, 1);
  assert.equal(s.must_not_phrases, 3);
  assert.equal(s.unjudged_must_not, 0);
  assert.equal(s.p50_ms, 200);
  assert.equal(s.p95_ms, 300);
  assert.equal(s.judge, 'deterministic');
});

test('runEval breaks the figures down per category and per language', async () => {
  const report = await runEval(ITEMS, fakeRunItem);
  assert.deepEqual(Object.keys(report.per_category), [
    'billing_payment',
    'human_request',
    'shipping_tracking',
    'subscription_skip',
  ]);
  assert.deepEqual(report.per_category.shipping_tracking, {
    items: 1,
    category_accuracy: 1,
    tool_accuracy: 0,
    must_mention_rate: 0.5,
    must_not_violations: 1,
    qa_pass_rate: 0,
    escalation_rate: 0,
    escalation_accuracy: null,
    unjudged_must_not: 0,
    errors: 0,
  });
  assert.deepEqual(report.per_category.billing_payment, {
    items: 1,
    category_accuracy: 0,
    tool_accuracy: 0,
    must_mention_rate: 0,
    must_not_violations: 0,
    qa_pass_rate: 0,
    escalation_rate: 0,
    escalation_accuracy: 0,
    unjudged_must_not: 0,
    errors: 1,
  });
  assert.deepEqual(Object.keys(report.per_language), ['en', 'es', 'ru']);
  assert.equal(report.per_language.en!.items, 2);
  assert.equal(report.per_language.en!.must_mention_rate, 1);
  assert.equal(report.per_language.en!.escalation_rate, 0.5);
  assert.equal(report.per_language.en!.escalation_accuracy, 1);
});

test('runEval reports each item: expected against got, tool, mentions with missing anchors, violations', async () => {
  const report = await runEval(ITEMS, fakeRunItem);
  const [skip, tracking, human, failed] = report.items;
  assert.deepEqual(
    { id: skip!.id, tool_right: skip!.tool_right, tools: skip!.tools_called, outcome: skip!.outcome },
    { id: 'dev-001', tool_right: true, tools: ['get_subscription', 'skip_month'], outcome: 'draft' },
  );
  assert.equal(tracking!.expected_category, 'shipping_tracking');
  assert.equal(tracking!.got_category, 'shipping_tracking');
  assert.equal(tracking!.tool_right, false);
  assert.deepEqual(tracking!.mentions, [
    { phrase: 'CP353362945IL', hit: true, missing: [] },
    { phrase: 'estimated delivery 10 December', hit: false, missing: ['10 December'] },
  ]);
  assert.equal(tracking!.violations.length, 1);
  assert.deepEqual(tracking!.violations[0]!.families, ['box-status-claim']);
  assert.equal(tracking!.latency_ms, 300);
  assert.equal(human!.escalation_expected, true);
  assert.equal(human!.outcome, 'escalate');
  assert.deepEqual(human!.violations, []);
  assert.equal(failed!.error, 'Error: model down');
  assert.equal(failed!.outcome, null);
  assert.deepEqual(failed!.mentions, [
    {
      phrase: 'the 1 November attempt was declined by the bank (do_not_honor)',
      hit: false,
      missing: ['the run failed'],
    },
  ]);
});

test('a tool is right when none is expected and none is called, or the expected call carries the expected values', () => {
  assert.equal(isToolRight({ expected_tool: null, expected_args: null }, []), true);
  assert.equal(
    isToolRight({ expected_tool: null, expected_args: null }, [{ name: 'get_subscription', args: {} }]),
    false,
  );
  assert.equal(
    isToolRight({ expected_tool: 'track_package', expected_args: null }, [
      { name: 'track_package', args: { order_id: 'x' } },
    ]),
    true,
  );
  const address = { line1: '1907 Travis Heights Blvd', city: 'Austin', postal_code: '78704', country: 'US' };
  const call = (args: Record<string, unknown>): { name: string; args: Record<string, unknown> }[] => [
    { name: 'change_address', args },
  ];
  assert.equal(
    isToolRight(
      { expected_tool: 'change_address', expected_args: address },
      call({ ...address, city: ' austin ', line2: null }),
    ),
    true,
  );
  assert.equal(
    isToolRight(
      { expected_tool: 'change_address', expected_args: address },
      call({ ...address, postal_code: '78705' }),
    ),
    false,
  );
  assert.equal(
    isToolRight({ expected_tool: 'change_address', expected_args: address }, [
      { name: 'change_frequency', args: address },
    ]),
    false,
  );
  const claim = {
    order_id: 'ord_64305',
    items: ['prod_126', 'prod_110'],
    description: 'Box arrived crushed: olives jar broken.',
    photo_ids: ['ph_1'],
  };
  const filed = (args: Record<string, unknown>): { name: string; args: Record<string, unknown> }[] => [
    { name: 'file_damage_claim', args },
  ];
  assert.equal(
    isToolRight(
      { expected_tool: 'file_damage_claim', expected_args: claim },
      filed({
        ...claim,
        items: ['prod_110', 'prod_126'],
        description: 'The box arrived crushed and the olives jar was broken',
      }),
    ),
    true,
  );
  assert.equal(
    isToolRight(
      { expected_tool: 'file_damage_claim', expected_args: claim },
      filed({ ...claim, items: ['prod_126'] }),
    ),
    false,
  );
  assert.equal(
    isToolRight(
      { expected_tool: 'file_damage_claim', expected_args: claim },
      filed({ ...claim, description: 'Wine leaked everywhere' }),
    ),
    false,
  );
});

/** A scratch directory for one test. */
async function scratch(): Promise<{ dir: string; done: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kesher-eval-test-'));
  return { dir, done: () => rm(dir, { recursive: true, force: true }) };
}

const jsonl = (items: GoldenItem[]): string => `${items.map((i) => JSON.stringify(i)).join('\n')}\n`;

function capture(): {
  out: string[];
  err: string[];
  deps: { out: (t: string) => void; err: (t: string) => void };
} {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, deps: { out: (t) => out.push(t), err: (t) => err.push(t) } };
}

test('the CLI rejects a malformed dataset with exit 2, naming the line', async () => {
  const { dir, done } = await scratch();
  try {
    const bad = path.join(dir, 'bad.jsonl');
    const broken = { ...ITEMS[0]!, id: 'dev-009', must_not: 'not a list' };
    await writeFile(bad, `${JSON.stringify(ITEMS[0])}\n\n${JSON.stringify(broken)}\n`);
    const io = capture();
    const code = await runCli(['--dataset', bad], {
      ...io.deps,
      createRunner: () => Promise.reject(new Error('must not start')),
    });
    assert.equal(code, 2);
    assert.match(io.err.join('\n'), /line 3: must_not/);

    const notJson = path.join(dir, 'not-json.jsonl');
    await writeFile(notJson, `${JSON.stringify(ITEMS[0])}\n{"id": "dev-002",\n`);
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', '--dataset', notJson], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(child.status, 2);
    assert.match(child.stderr, /line 2: not valid JSON/);

    const missing = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/eval.ts', '--dataset', path.join(dir, 'absent.jsonl')],
      { cwd: root, encoding: 'utf8' },
    );
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /cannot read the dataset \(ENOENT\)/);
  } finally {
    await done();
  }
});

test('the CLI rejects bad arguments with exit 2 and the usage line', async () => {
  for (const argv of [
    [],
    ['--dataset', 'x.jsonl', '--split', 'test'],
    ['--dataset', 'x.jsonl', '--ids', 'dev-1'],
    ['--dataset', 'x.jsonl', '--ids', 'a..b', '--split', 'dev'],
    ['--dataset', 'x.jsonl', '--bogus'],
  ]) {
    const io = capture();
    assert.equal(await runCli(argv, io.deps), 2, argv.join(' '));
    assert.match(io.err.join('\n'), /usage: npm run eval/);
  }
  assert.throws(() => parseEvalArgs(['--dataset', 'x', '--split', 'nope']), UsageError);
  assert.deepEqual(parseEvalArgs(['--dataset', 'x', '--ids', 'dev-002..dev-003']).selection, {
    kind: 'ids',
    from: 'dev-002',
    to: 'dev-003',
  });
});

test('--split held-out runs dev-101..dev-140 only, says so, and --out writes the agreed shape', async () => {
  const { dir, done } = await scratch();
  try {
    const dataset = path.join(dir, 'golden.jsonl');
    const items = ['dev-100', 'dev-101', 'dev-140', 'dev-141'].map((id) =>
      item({ id, must_mention: ['thanks the customer'] }),
    );
    await writeFile(dataset, jsonl(items));
    const seen: string[] = [];
    let closed = false;
    const io = capture();
    const out = path.join(dir, 'reports', 'eval.json');
    const code = await runCli(['--dataset', dataset, '--split', 'held-out', '--out', out], {
      ...io.deps,
      createRunner: async () => ({
        runItem: async (golden: GoldenItem) => {
          seen.push(golden.id);
          return turn({ reply: 'Thank you!', latencyMs: 50 });
        },
        close: async () => {
          closed = true;
        },
      }),
    });
    assert.equal(code, 0, io.err.join('\n'));
    assert.deepEqual(seen, ['dev-101', 'dev-140']);
    assert.equal(closed, true);
    assert.match(io.out.join('\n'), /split: held-out \(dev-101\.\.dev-140\)/);
    assert.match(io.out.join('\n'), /per category/);
    const written = JSON.parse(await readFile(out, 'utf8')) as Record<string, Record<string, unknown>>;
    assert.deepEqual(Object.keys(written), ['summary', 'per_category', 'per_language', 'items']);
    for (const key of [
      'items',
      'category_accuracy',
      'tool_accuracy',
      'qa_pass_rate',
      'escalation_rate',
      'must_mention_rate',
      'must_not_violations',
      'p50_ms',
      'p95_ms',
    ]) {
      assert.ok(key in written.summary!, key);
    }
    assert.equal(written.summary!.items, 2);
    assert.equal(written.summary!.split, 'held-out (dev-101..dev-140)');
    assert.equal(written.summary!.must_mention_rate, 1);
    assert.deepEqual(Object.keys(written.per_category!), ['other']);
    assert.deepEqual(
      (written.items as unknown as { id: string }[]).map((i) => i.id),
      ['dev-101', 'dev-140'],
    );
  } finally {
    await done();
  }
});

test('--ids selects an inclusive range of ids', async () => {
  const { dir, done } = await scratch();
  try {
    const dataset = path.join(dir, 'golden.jsonl');
    await writeFile(dataset, jsonl(['dev-001', 'dev-002', 'dev-003', 'dev-004'].map((id) => item({ id }))));
    const seen: string[] = [];
    const io = capture();
    const code = await runCli(['--dataset', dataset, '--ids', 'dev-002..dev-003'], {
      ...io.deps,
      createRunner: async () => ({
        runItem: async (golden: GoldenItem) => {
          seen.push(golden.id);
          return turn({});
        },
        close: async () => {},
      }),
    });
    assert.equal(code, 0);
    assert.deepEqual(seen, ['dev-002', 'dev-003']);
    assert.match(io.out.join('\n'), /split: ids dev-002\.\.dev-003/);
  } finally {
    await done();
  }
});

test('npm run eval runs scripts/eval.ts through the bootstrap, like bench', async () => {
  const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  assert.equal(pkg.scripts.eval, 'node scripts/bootstrap.mjs scripts/eval.ts');
  assert.equal(pkg.scripts.bench, 'node scripts/bootstrap.mjs scripts/bench.ts');
});

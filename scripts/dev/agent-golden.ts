/**
 * Runs the offline agent, QA and refinement over fixtures/golden-dev.jsonl the way the turn
 * pipeline does (router → context and knowledge → agent loop with read tools and write proposals →
 * QA rounds) and prints per-item and summary figures: tool-choice accuracy, must-mention rate,
 * must-not violations, per language.
 *
 * Development uses dev-001..dev-100; dev-101..dev-140 are held out (`--split held-out`).
 * Run: `npx tsx scripts/dev/agent-golden.ts [--split dev|held-out|all] [--ids dev-004,dev-012]
 * [--show] [--failures]`. Needs the test PostgreSQL at 127.0.0.1:5432 (TEST_PG_URL overrides).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type {
  AgentName,
  AgentStepResult,
  AgentStepTask,
  KnowledgePassage,
  QaReview,
  QaReviewTask,
  ToolOutcome,
} from '../../activities/agents/agent-contract';
import { WRITE_TOOL_NAMES } from '../../activities/agents/agent-contract';
import { createPostgresCommerce } from '../../activities/commerce/postgres-commerce';
import { isReadToolName, runReadTool } from '../../activities/commerce/read-tools';
import { buildCustomerContext, type CustomerContext } from '../../activities/context/build-context';
import { createLocalEmbedder } from '../../activities/knowledge/embedder';
import { searchKnowledge } from '../../activities/knowledge/hybrid-search';
import { ingestKnowledgeBase } from '../../activities/knowledge/ingest';
import { createPostgresKnowledgeStore } from '../../activities/knowledge/postgres-store';
import { createOfflineProvider, type OfflineHandlers } from '../../activities/llm';
import type { ChatRequest } from '../../activities/llm/types';
import { offlineHandlers } from '../../activities/offline/handlers';
import { classifyMessage } from '../../activities/offline/router';
import { categoryOf, loadTaxonomy } from '../../activities/taxonomy';
import { createTestDatabase } from '../../test/support/test-db';
import { AGENT_TOOLS } from '../../workflows/agent-roster';

interface GoldenRow {
  id: string;
  channel: string;
  customer_email: string | null;
  language: string;
  message: string;
  category: string;
  expected_tool: string | null;
  expected_args: Record<string, unknown> | null;
  must_mention: string[];
  must_not: string[];
  attachments?: { photo_id: string; content_type: string }[];
}

interface Judgement {
  toolOk: boolean;
  mentions: { phrase: string; hit: boolean; missing: string[] }[];
  violations: { phrase: string; evidence: string[] }[];
  /** Must-not phrases the judge has no detector for. */
  unjudged: string[];
}

interface ItemResult {
  row: GoldenRow;
  routedCategory: string;
  calls: { name: string; args: Record<string, unknown> }[];
  reply: string;
  qa: QaReview | null;
  qaRounds: number;
  /** Reasons of every QA round, in order. */
  qaHistory: string[][];
  judgement: Judgement;
}

const TODAY = '2026-11-23';
const STEP_BOUND = 4;
const QA_MAX_ROUNDS = 2;
const GOLDEN = fileURLToPath(new URL('../../fixtures/golden-dev.jsonl', import.meta.url));
const KB_DIR = fileURLToPath(new URL('../../fixtures/knowledge-base/', import.meta.url));
const WRITES = new Set<string>(WRITE_TOOL_NAMES);

function loadGolden(): GoldenRow[] {
  return readFileSync(GOLDEN, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldenRow);
}

const idNumber = (id: string): number => Number(id.replace(/\D/g, ''));

function selectRows(rows: GoldenRow[], argv: string[]): GoldenRow[] {
  const ids = argv[argv.indexOf('--ids') + 1];
  if (argv.includes('--ids') && ids) return rows.filter((row) => ids.split(',').includes(row.id));
  const split = argv.includes('--split') ? argv[argv.indexOf('--split') + 1] : 'dev';
  if (split === 'all') return rows;
  return rows.filter((row) => (split === 'held-out' ? idNumber(row.id) > 100 : idNumber(row.id) <= 100));
}

// ---- tool-choice scoring (fixtures/README.md conventions) ----

const norm = (value: unknown): string =>
  String(value ?? '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

function argsMatch(expected: Record<string, unknown>, actual: Record<string, unknown>): boolean {
  return Object.entries(expected).every(([key, want]) => {
    // The claim's description is free text, compared for meaning by the judge, not here.
    if (key === 'description') return typeof actual[key] === 'string' && norm(actual[key]).length > 0;
    const got = actual[key];
    if (Array.isArray(want)) {
      return (
        Array.isArray(got) && want.length === got.length && want.every((w) => got.map(norm).includes(norm(w)))
      );
    }
    return norm(want) === norm(got);
  });
}

type ToolScorer = (row: GoldenRow, calls: { name: string; args: Record<string, unknown> }[]) => boolean;

/** The project's tool scoring (scripts/eval/tool-accuracy.ts), or the local one while it is unavailable. */
async function loadToolScorer(): Promise<ToolScorer> {
  try {
    const scorerPath = '../eval/tool-accuracy.ts';
    const module = (await import(scorerPath)) as { isToolRight: ToolScorer };
    return (row, calls) => module.isToolRight(row, calls);
  } catch {
    return toolChoiceOk;
  }
}

function toolChoiceOk(row: GoldenRow, calls: { name: string; args: Record<string, unknown> }[]): boolean {
  if (row.expected_tool === null) return calls.length === 0;
  const matching = calls.filter((c) => c.name === row.expected_tool);
  if (matching.length === 0) return false;
  if (!WRITES.has(row.expected_tool) || !row.expected_args) return true;
  return matching.some((c) => argsMatch(row.expected_args ?? {}, c.args));
}

// ---- must-mention / must-not judging: the project's judge when it loads, else a crude proxy ----

interface JudgeCall {
  reply: string;
  language: string;
  mustMention: readonly string[];
  mustNot: readonly string[];
  toolCalls: { name: string; args: Record<string, unknown> }[];
  outcome: 'send' | 'draft' | 'escalate';
  message: string;
  customerEmail: string | null;
}
type Judge = (
  input: JudgeCall,
) => Judgement['mentions'] extends infer M
  ? { mentions: M; violations: Judgement['violations']; unjudged: string[] }
  : never;

/** The project's judge (scripts/eval/judge.ts), or a crude anchor proxy while it is unavailable. */
async function loadJudge(): Promise<{ judge: Judge; source: string }> {
  try {
    // Loaded by path so this script keeps working (with the proxy) while the judge is rewritten.
    const judgePath = '../eval/judge.ts';
    const module = (await import(judgePath)) as {
      judgeReply(input: JudgeCall): {
        mentions: { phrase: string; hit: boolean; missing: string[] }[];
        violations: { phrase: string; evidence: string }[];
        unjudged: string[];
      };
    };
    return {
      source: 'scripts/eval/judge.ts',
      judge: (input) => {
        const result = module.judgeReply(input);
        return {
          mentions: result.mentions.map((m) => ({ phrase: m.phrase, hit: m.hit, missing: m.missing })),
          violations: result.violations.map((v) => ({ phrase: v.phrase, evidence: [v.evidence] })),
          unjudged: result.unjudged,
        };
      },
    };
  } catch (error) {
    console.warn(`judge not loadable (${(error as Error).message}); using the anchor proxy`);
    return {
      source: 'proxy',
      judge: (input) => ({
        mentions: input.mustMention.map((phrase) => {
          const anchors = phrase.match(/ord_\d+|pay_\w+|CP\d+IL|1Z\w+|\$\d+(?:\.\d+)?|\b\d{6,}\b/g) ?? [];
          const missing = anchors.filter((a) => !input.reply.includes(a));
          return { phrase, hit: anchors.length > 0 && missing.length === 0, missing };
        }),
        violations: [],
        unjudged: [...input.mustNot],
      }),
    };
  }
}

// ---- the turn, as the pipeline runs it ----

async function chatTask<T>(
  provider: ReturnType<typeof createOfflineProvider>,
  kind: string,
  input: unknown,
): Promise<T> {
  const request: ChatRequest = {
    role: 'specialist',
    model: 'offline',
    system: '',
    messages: [],
    task: { kind, input },
  };
  const response = await provider.chat(request);
  if (kind === 'qa.review') return JSON.parse(response.text) as T;
  return { text: response.text, toolCalls: response.toolCalls } as T;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const rows = selectRows(loadGolden(), argv);
  const { judge, source } = await loadJudge();
  const toolRight = await loadToolScorer();
  const taxonomy = loadTaxonomy();
  const handlers: OfflineHandlers = offlineHandlers({ taxonomy });
  const provider = createOfflineProvider(handlers);
  const testDb = await createTestDatabase({ seed: true });
  try {
    const commerce = createPostgresCommerce(testDb.db);
    const embedder = createLocalEmbedder();
    await ingestKnowledgeBase(testDb.db, { dir: KB_DIR, embedder });
    const store = createPostgresKnowledgeStore(testDb.db, embedder);
    const results: ItemResult[] = [];
    for (const row of rows) {
      const route = classifyMessage(row.message, { today: new Date(`${TODAY}T12:00:00Z`) });
      const category = categoryOf(taxonomy, route.category);
      const agent = (category.specialist ?? 'general') as AgentName;
      const customer: CustomerContext = await buildCustomerContext({
        commerce,
        customerEmail: row.customer_email,
        today: TODAY,
      });
      const search = await searchKnowledge(store, {
        query: `${category.description} ${row.message}`,
        today: TODAY,
      });
      const knowledge: KnowledgePassage[] = search.hits.map((hit) => ({
        articleId: hit.articleId,
        title: hit.title,
        heading: hit.heading,
        text: hit.text,
        productArea: hit.productArea,
        language: hit.language,
        updatedAt: hit.updatedAt,
      }));
      const outcomes: ToolOutcome[] = [];
      const customerId = customer.known ? customer.profile.id : null;
      const stepTask = (refinement: AgentStepTask['refinement'], toolsAllowed: boolean) => ({
        agent,
        category: route.category,
        secondaryIntents: route.secondaryIntents,
        language: route.language,
        sentiment: route.sentiment,
        channel: row.channel,
        today: TODAY,
        message: row.message,
        history: '',
        customer,
        memory: [],
        knowledge,
        instructions: '',
        instructionVersion: 1,
        fewShot: [],
        tools: toolsAllowed ? [...AGENT_TOOLS[agent]] : [],
        toolResults: [...outcomes],
        refinement,
        formLink: row.channel === 'email' ? 'https://kesher.example/forms/golden' : null,
        attachments: (row.attachments ?? []).map((a) => ({ id: a.photo_id, fileType: a.content_type })),
      });
      const draft = async (refinement: AgentStepTask['refinement']): Promise<string> => {
        for (let step = 1; ; step++) {
          const last = step >= STEP_BOUND;
          const result = await chatTask<AgentStepResult>(provider, 'agent.step', stepTask(refinement, !last));
          if (result.toolCalls.length === 0 || last) return result.text;
          for (const call of result.toolCalls) {
            const base = { id: call.id, name: call.name, args: call.arguments };
            if (WRITES.has(call.name)) {
              const result = customerId
                ? {
                    status: 'awaiting_confirmation',
                    actionId: `act_${row.id}`,
                    summary: `${call.name} ${JSON.stringify(call.arguments)}`,
                  }
                : { status: 'refused', message: 'No verified customer.' };
              outcomes.push({ ...base, kind: 'write', result });
            } else if (customerId && isReadToolName(call.name)) {
              const result = await runReadTool(
                call.name,
                { commerce, customerId, today: TODAY },
                call.arguments,
              );
              outcomes.push({ ...base, kind: 'read', result });
            } else {
              outcomes.push({ ...base, kind: 'read', result: null, error: 'not allowed' });
            }
          }
        }
      };
      let reply = await draft(null);
      let qa: QaReview | null = null;
      let qaRounds = 0;
      const qaHistory: string[][] = [];
      const handoff = category.always_escalate || route.escalationSignal;
      if (!handoff && handlers['qa.review']) {
        for (let round = 1; round <= QA_MAX_ROUNDS; round++) {
          qaRounds = round;
          const task: QaReviewTask = {
            category: route.category,
            language: route.language,
            sentiment: route.sentiment,
            today: TODAY,
            message: row.message,
            draft: reply,
            customer,
            knowledge,
            toolResults: [...outcomes],
            round,
            maxRounds: QA_MAX_ROUNDS,
          };
          qa = await chatTask<QaReview>(provider, 'qa.review', task);
          qaHistory.push(qa.reasons);
          if (qa.verdict !== 'refine' || round === QA_MAX_ROUNDS) break;
          reply = await draft({ reasons: qa.reasons, previousDraft: reply });
        }
      }
      const calls = outcomes.map((o) => ({ name: o.name, args: o.args }));
      const outcome =
        handoff || qa?.verdict === 'escalate' ? 'escalate' : qa?.verdict === 'pass' ? 'send' : 'draft';
      const judged = judge({
        reply,
        language: row.language,
        mustMention: row.must_mention,
        mustNot: row.must_not,
        toolCalls: calls,
        outcome,
        message: row.message,
        customerEmail: row.customer_email,
      });
      const judgement: Judgement = {
        toolOk: toolRight(row, calls),
        mentions: judged.mentions,
        violations: judged.violations,
        unjudged: judged.unjudged,
      };
      results.push({ row, routedCategory: route.category, calls, reply, qa, qaRounds, qaHistory, judgement });
    }
    report(results, argv, source);
  } finally {
    await testDb.destroy();
  }
}

// ---- reporting ----

const pct = (hits: number, total: number): string =>
  total === 0 ? 'n/a' : `${(hits / total).toFixed(3)} (${hits}/${total})`;

function report(results: ItemResult[], argv: string[], judgeSource: string): void {
  const show = argv.includes('--show');
  const failuresOnly = argv.includes('--failures');
  for (const r of results) {
    const j = r.judgement;
    const missed = j.mentions.filter((m) => !m.hit);
    const failed = !j.toolOk || missed.length > 0 || j.violations.length > 0;
    if (failuresOnly && !failed) continue;
    const qa = r.qa
      ? `${r.qa.verdict}${r.qa.escalationReason ? `(${r.qa.escalationReason})` : ''}/${r.qaRounds}`
      : 'skipped';
    console.log(
      `${r.row.id} [${r.row.language}] ${r.row.category}${r.routedCategory !== r.row.category ? `→${r.routedCategory}` : ''} tool:${j.toolOk ? 'ok' : 'MISS'} ` +
        `mention:${j.mentions.length - missed.length}/${j.mentions.length} must_not:${j.violations.length} qa:${qa} ` +
        `calls:${r.calls.map((c) => `${c.name}${WRITES.has(c.name) ? JSON.stringify(c.args) : ''}`).join(',') || '-'}` +
        (r.row.expected_tool ? ` want:${r.row.expected_tool}` : ' want:-'),
    );
    for (const m of missed) console.log(`    missing: ${m.phrase}  [${m.missing.join('; ')}]`);
    for (const v of j.violations) console.log(`    VIOLATION: ${v.phrase}  ${v.evidence.join(' | ')}`);
    r.qaHistory.forEach((reasons, round) => {
      if (reasons.length) console.log(`    qa round ${round + 1}: ${reasons.join(' | ')}`);
    });
    if (show || (failed && argv.includes('--show-failed')))
      console.log(`    ---\n    ${r.reply.replace(/\n/g, '\n    ')}\n    ---`);
  }
  const all = results.length;
  const toolHits = results.filter((r) => r.judgement.toolOk).length;
  const mentions = results.flatMap((r) => r.judgement.mentions);
  const violations = results.reduce((sum, r) => sum + r.judgement.violations.length, 0);
  const qaPass = results.filter((r) => r.qa?.verdict === 'pass').length;
  const qaRun = results.filter((r) => r.qa).length;
  console.log(`\n== ${all} items (judge: ${judgeSource})`);
  console.log(`tool-choice accuracy   ${pct(toolHits, all)}`);
  console.log(`must_mention rate      ${pct(mentions.filter((m) => m.hit).length, mentions.length)}`);
  console.log(
    `must_not violations    ${violations} (unjudged must_not phrases: ${results.reduce((n, r) => n + r.judgement.unjudged.length, 0)})`,
  );
  console.log(`QA pass                ${pct(qaPass, qaRun)}`);
  const languages = [...new Set(results.map((r) => r.row.language))].sort();
  console.log(
    `must_mention by language: ${languages
      .map((language) => {
        const subset = results
          .filter((r) => r.row.language === language)
          .flatMap((r) => r.judgement.mentions);
        return `${language} ${pct(subset.filter((m) => m.hit).length, subset.length)}`;
      })
      .join(' | ')}`,
  );
  const categories = [...new Set(results.map((r) => r.row.category))].sort();
  for (const category of categories) {
    const subset = results.filter((r) => r.row.category === category);
    const m = subset.flatMap((r) => r.judgement.mentions);
    console.log(
      `  ${category.padEnd(24)} tool ${pct(subset.filter((r) => r.judgement.toolOk).length, subset.length)}  mention ${pct(m.filter((x) => x.hit).length, m.length)}`,
    );
  }
}

await main();

/**
 * `npm run bench [-- --out bench.json]`: Kesher's benchmarks (not timed tests). Starts a throwaway
 * Temporal dev server (or uses TEMPORAL_ADDRESS) and the whole system in this process against the
 * PostgreSQL at 127.0.0.1:5432 (`TEST_PG_URL` overrides), with the offline model and a fake Chatwoot
 * as the reply sink, then measures webhook → reply latency at 1 and 20 concurrent conversations,
 * webhook acknowledgement at a fixed 100 req/s, throughput, memory, the same turns in-process
 * without Temporal, and that no message was lost or answered twice.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { startEphemeralTemporal, type TemporalHandle } from '../workers/temporal-dev-server';
import { runAckPhase } from './bench/ack-phase';
import { startBenchSystem, type BenchSystem } from './bench/bench-system';
import { runInProcessTurns } from './bench/inprocess-phase';
import { benchJson, renderTable, type BenchFigures } from './bench/report';
import { RunAccounting } from './bench/run-accounting';
import { summarize } from './bench/stats';
import { runTemporalTurns } from './bench/turn-phase';

const C1_TURNS = 30;
const C20 = { conversations: 20, turns: 5 };
const ACK = { ratePerS: 100, durationS: 10 };
/** A quiet moment after the last reply, so a late second post of any message still gets counted. */
const SETTLE_MS = 2_000;

async function runPhases(bench: BenchSystem): Promise<BenchFigures> {
  const accounting = new RunAccounting();
  const step = (what: string): void => void process.stderr.write(`bench: ${what}…\n`);

  // Warm-up (not measured): JIT, the workflow bundle's V8 context, pools and sockets.
  step('warming up');
  await runTemporalTurns(bench, accounting, { conversations: 4, turns: 3, firstConversationId: 10_000 });
  await runInProcessTurns(bench, accounting, { conversations: 4, turns: 3, firstConversationId: 11_000 });

  step(`c1: ${C1_TURNS} sequential turns`);
  const c1 = await runTemporalTurns(bench, accounting, {
    conversations: 1,
    turns: C1_TURNS,
    firstConversationId: 20_000,
  });
  step(`c20: ${C20.conversations} conversations × ${C20.turns} turns`);
  const c20 = await runTemporalTurns(bench, accounting, { ...C20, firstConversationId: 30_000 });
  step('c20 in-process, without Temporal');
  const inprocess = await runInProcessTurns(bench, accounting, { ...C20, firstConversationId: 40_000 });
  step(`webhook ack: open loop, ${ACK.ratePerS} req/s for ${ACK.durationS} s`);
  const ack = await runAckPhase(bench, accounting, { ...ACK, firstConversationId: 100_000 });

  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const rssMb = process.memoryUsage().rss / 2 ** 20;
  return {
    c1: summarize(c1.latencies),
    c20: summarize(c20.latencies),
    inprocess: summarize(inprocess.latencies),
    ack: summarize(ack.ackMs),
    ackRatePerS: ACK.ratePerS,
    ackMaxScheduleLagMs: ack.maxScheduleLagMs,
    ackDrainMs: ack.drainMs,
    turnsPerS: c20.turns / (c20.wallMs / 1000),
    rssMb,
    lost: accounting.lost.length,
    duplicated: bench.replies.duplicated().length,
    handoffs: bench.replies.handoffs(),
    rejected: accounting.rejected.length,
  };
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const log = pino({ level: process.env.BENCH_LOG_LEVEL ?? 'warn' });
  let temporal: TemporalHandle | undefined;
  if (!process.env.TEMPORAL_ADDRESS) temporal = await startEphemeralTemporal({ log });
  const address = process.env.TEMPORAL_ADDRESS ?? temporal!.address;
  let bench: BenchSystem | undefined;
  try {
    bench = await startBenchSystem(address);
    const figures = await runPhases(bench);
    console.log(renderTable(figures));
    if (values.out) await writeFile(values.out, `${JSON.stringify(benchJson(figures), null, 2)}\n`);
    return figures.lost === 0 && figures.duplicated === 0 ? 0 : 1;
  } finally {
    await bench?.close();
    await temporal?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

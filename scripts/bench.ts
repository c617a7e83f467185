/**
 * `npm run bench [-- --out bench.json]`: Kesher's benchmarks (not timed tests). Starts a throwaway
 * Temporal dev server (or uses TEMPORAL_ADDRESS), the API and the worker each in its own process,
 * against the PostgreSQL at 127.0.0.1:5432 (`TEST_PG_URL` overrides), with the offline model and a
 * fake Chatwoot as the reply sink, then measures webhook → reply latency at 1 and 20 concurrent
 * conversations (at 20 in a closed loop and paced, see bench/pacing.ts), webhook acknowledgement at
 * a fixed 100 req/s, throughput, memory, the same turns in-process without Temporal (at c1 and at
 * both c20 loads), and that no message was lost or answered twice.
 * Last, the floor: a workflow with the turn's shape (its local activities and the reply) and no
 * work, through the same Temporal, for what orchestration alone costs a turn on this machine.
 * Exits 1 when a message was lost or duplicated.
 */
import { writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import pino from 'pino';
import { startEphemeralTemporal } from '../workers/temporal-dev-server';
import type { TemporalHandle } from '../workers/temporal-handle';
import { runAckPhase } from './bench/ack-phase';
import { startBenchSystem, type BenchSystem } from './bench/bench-system';
import { pidsOf, postgresPids, startCpuMeter } from './bench/cpu-meter';
import { runFloorPhase, turnShapeOf } from './bench/floor-phase';
import { hopBreakdown } from './bench/history-breakdown';
import { runInProcessTurns } from './bench/inprocess-phase';
import type { Pacing } from './bench/pacing';
import { benchJson, renderTable, type BenchFigures } from './bench/report';
import { RunAccounting } from './bench/run-accounting';
import { summarize } from './bench/stats';
import { runTemporalTurns } from './bench/turn-phase';

const C1 = { conversations: 1, turns: 30, firstConversationId: 20_000 };
const C20 = { conversations: 20, turns: 5 };
/**
 * 20 conversations again, each customer writing 2–6 s after the reply (see pacing.ts): still faster
 * than people type, but no longer a request for all the CPU there is.
 */
const PACING: Pacing = { thinkMs: { min: 2_000, max: 6_000 }, seed: 20_261_124 };
const C20_PACED = { conversations: 20, turns: 8, pacing: PACING };
/**
 * 1000 webhooks, each a new conversation: ten times what the worker answers per second, so a backlog
 * builds. Every answer is awaited until `drainCapMs` after the last send; what is unanswered then is
 * lost. An answer more than 30 s after its webhook counts as late.
 */
const ACK = { ratePerS: 100, durationS: 10, firstConversationId: 100_000, drainCapMs: 240_000 };
/** A quiet moment after the last answer, so a late second post of any message is still counted. */
const SETTLE_MS = 2_000;

const step = (what: string): void => void process.stderr.write(`bench: ${what}…\n`);

async function runPhases(
  bench: BenchSystem,
  temporal: { described: string; address: string; pid: number | undefined },
  began: number,
): Promise<BenchFigures> {
  const accounting = new RunAccounting();

  // Warm-up (not measured): JIT, the workflow bundle's V8 context, the offline router's first
  // classification of each text, pools and sockets. Both pipelines get the same.
  step('warming up');
  await runTemporalTurns(bench, accounting, { conversations: 4, turns: 3, firstConversationId: 10_000 });
  await runInProcessTurns(bench, accounting, { conversations: 4, turns: 3, firstConversationId: 11_000 });

  step(`c1: ${C1.turns} sequential turns`);
  const c1 = await runTemporalTurns(bench, accounting, C1);
  const c1Hops = await hopBreakdown(
    bench.client,
    `conversation-${bench.accountId}-${C1.firstConversationId}`,
  );
  step('c1 in-process, without Temporal');
  const inprocessC1 = await runInProcessTurns(bench, accounting, { ...C1, firstConversationId: 21_000 });
  step(`c20: ${C20.conversations} conversations × ${C20.turns} turns`);
  const meter = startCpuMeter({
    worker: () => pidsOf(bench.pids.worker),
    temporal: () => pidsOf(temporal.pid),
    api: () => pidsOf(bench.pids.api),
    postgres: postgresPids,
    harness: () => [process.pid],
  });
  const c20 = await runTemporalTurns(bench, accounting, { ...C20, firstConversationId: 30_000 });
  const c20Cpu = meter.perTurn(c20.turns);
  step('c20 in-process, without Temporal');
  const inprocessMeter = startCpuMeter({ harness: () => [process.pid], postgres: postgresPids });
  const inprocess = await runInProcessTurns(bench, accounting, { ...C20, firstConversationId: 40_000 });
  const inprocessCpu = inprocessMeter.perTurn(inprocess.turns);
  step(`webhook ack: open loop, ${ACK.ratePerS} req/s for ${ACK.durationS} s, then every answer`);
  const ack = await runAckPhase(bench, accounting, ACK);

  await sleep(SETTLE_MS);

  // Paced after the ack burst, once its backlog is answered: the ack runs as in earlier sessions.
  const think = `${PACING.thinkMs.min / 1000}–${PACING.thinkMs.max / 1000} s`;
  step(`c20 paced: ${C20_PACED.conversations} conversations × ${C20_PACED.turns} turns, ${think} between`);
  const c20Paced = await runTemporalTurns(bench, accounting, { ...C20_PACED, firstConversationId: 50_000 });
  step('c20 paced in-process, without Temporal');
  const inprocessPaced = await runInProcessTurns(bench, accounting, {
    ...C20_PACED,
    firstConversationId: 60_000,
  });

  // The floor runs last: its workflows and its worker cannot then disturb the phases above.
  const shape = turnShapeOf(c1Hops, c1.turns);
  step(
    `floor: the turn's shape (${shape.localActivities} local activities + the reply) with no work, c1 and c20; ` +
      'the bare turn (the reply only), c20',
  );
  const floor = await runFloorPhase({
    client: bench.client,
    temporal: { address: temporal.address, namespace: bench.config.temporal.namespace, pid: temporal.pid },
    shape,
    warmUp: { conversations: 4, turns: 3 },
    c1: { turns: C1.turns },
    c20: C20,
  });
  return {
    temporal: temporal.described,
    c1: summarize(c1.latencies),
    c1Hops,
    c20: summarize(c20.latencies),
    inprocessC1: summarize(inprocessC1.latencies),
    inprocess: summarize(inprocess.latencies),
    paced: {
      thinkMs: PACING.thinkMs,
      temporal: summarize(c20Paced.latencies),
      inprocess: summarize(inprocessPaced.latencies),
      turnsPerS: c20Paced.turns / (c20Paced.wallMs / 1000),
    },
    ack: summarize(ack.ackMs),
    ackServer: summarize(ack.serverMs),
    ackRatePerS: ACK.ratePerS,
    ackMaxScheduleLagMs: ack.maxScheduleLagMs,
    ackDrainMs: ack.drainMs,
    turnsPerS: c20.turns / (c20.wallMs / 1000),
    c20Cpu,
    floor: {
      shape: floor.shape,
      c1: summarize(floor.c1.latencies),
      c20: summarize(floor.c20.latencies),
      turnsPerS: floor.c20.turns / (floor.c20.wallMs / 1000),
      c20Cpu: floor.c20Cpu,
      bareC20: summarize(floor.bareC20.latencies),
      bareC20Cpu: floor.bareC20Cpu,
    },
    inprocessTurnsPerS: inprocess.turns / (inprocess.wallMs / 1000),
    inprocessCpu,
    rssMb: await bench.workerRssMb(),
    lost: accounting.lost.length,
    late: accounting.late.length,
    duplicated: bench.replies.duplicated().length,
    handoffs: bench.replies.handoffs(),
    rejected: accounting.rejected.length,
    runS: (performance.now() - began) / 1000,
    priorities: bench.priorities,
  };
}

async function main(): Promise<number> {
  const began = performance.now();
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const log = pino({ level: process.env.BENCH_LOG_LEVEL ?? 'warn' });
  let temporal: TemporalHandle | undefined;
  if (!process.env.TEMPORAL_ADDRESS) {
    step('starting an ephemeral Temporal dev server');
    temporal = await startEphemeralTemporal({ log });
  }
  const address = process.env.TEMPORAL_ADDRESS ?? temporal!.address;
  const described = temporal ? 'ephemeral dev server' : `TEMPORAL_ADDRESS=${address}`;
  let bench: BenchSystem | undefined;
  try {
    step('starting Kesher (database, worker, API) and the fake Chatwoot');
    bench = await startBenchSystem({ address, pid: temporal?.pid });
    const figures = await runPhases(bench, { described, address, pid: temporal?.pid }, began);
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

import type { HopBreakdown } from './history-breakdown';
import type { AppliedPriorities } from './priority';
import type { LatencySummary } from './stats';

/** Everything one run measured, already summarised. */
export interface BenchFigures {
  temporal: string;
  c1: LatencySummary;
  c1Hops: HopBreakdown;
  c20: LatencySummary;
  /** The c1 turns in-process: what a turn costs without Temporal and without contention. */
  inprocessC1: LatencySummary;
  inprocess: LatencySummary;
  ack: LatencySummary;
  /** The same requests as timed inside the API (Server-Timing): the rest is reaching it. */
  ackServer: LatencySummary;
  ackRatePerS: number;
  ackMaxScheduleLagMs: number;
  ackDrainMs: number;
  turnsPerS: number;
  inprocessTurnsPerS: number;
  rssMb: number;
  lost: number;
  late: number;
  duplicated: number;
  handoffs: number;
  rejected: number;
  runS: number;
  /** Each process's nice value, or null when it could not be set (see priority.ts). */
  priorities: AppliedPriorities;
}

/** The targets the run is judged against (from the brief; reported, never adjusted). */
export const TARGETS = { overheadP95Ms: 150, ackP99Ms: 50 } as const;

const round1 = (value: number): number => Math.round(value * 10) / 10;
/** Orchestration overhead at p95: the Temporal path's p95 minus the in-process p95. */
const overheadOf = (temporal: LatencySummary, inprocess: LatencySummary): number =>
  temporal.p95_ms - inprocess.p95_ms;

/** The `--out` document: the agreed keys first, then derived and diagnostic ones. */
export function benchJson(f: BenchFigures): Record<string, unknown> {
  const pick = (s: LatencySummary): { p50_ms: number; p95_ms: number } => ({
    p50_ms: s.p50_ms,
    p95_ms: s.p95_ms,
  });
  return {
    c1: pick(f.c1),
    c20: pick(f.c20),
    ack_p99_ms: f.ack.p99_ms,
    turns_per_s: round1(f.turnsPerS),
    worker_rss_mb: round1(f.rssMb),
    inprocess_c20: pick(f.inprocess),
    lost: f.lost,
    duplicated: f.duplicated,
    overhead_p95_ms: round1(overheadOf(f.c20, f.inprocess)),
    inprocess_c1: pick(f.inprocessC1),
    overhead_c1_p95_ms: round1(overheadOf(f.c1, f.inprocessC1)),
    ratio_p95: round1(f.c20.p95_ms / f.inprocess.p95_ms),
    ack_p50_ms: f.ack.p50_ms,
    ack_in_api_p99_ms: f.ackServer.p99_ms,
    answered_after_30s: f.late,
    inprocess_turns_per_s: round1(f.inprocessTurnsPerS),
    c1_hops_p50_ms: {
      wft_schedule_to_start: round1(f.c1Hops.wftScheduleToStart),
      wft_start_to_complete: round1(f.c1Hops.wftStartToComplete),
      activity_schedule_to_start: round1(f.c1Hops.activityScheduleToStart),
      activity_start_to_complete: round1(f.c1Hops.activityStartToComplete),
    },
    temporal: f.temporal,
    nice: f.priorities,
  };
}

/** The human-readable table. */
export function renderTable(f: BenchFigures): string {
  const num = (value: number): string => (Number.isFinite(value) ? value.toFixed(1) : '-');
  const cells = (values: Array<number | string>): string =>
    values.map((v) => (typeof v === 'number' ? num(v) : v).padStart(8)).join(' ');
  const row = (name: string, s: LatencySummary): string =>
    `${name.padEnd(42)} ${String(s.n).padStart(5)} ${cells([s.p50_ms, s.p95_ms, s.p99_ms, s.max_ms])}`;
  const verdict = (ok: boolean): string => (ok ? 'PASS' : 'MISS');
  const overhead = overheadOf(f.c20, f.inprocess);
  const hops = f.c1Hops;
  const line = (label: string, value: string): string => `${label.padEnd(42)} ${value}`;
  return [
    `Temporal: ${f.temporal}; offline model; PostgreSQL; whole run ${num(f.runS)} s`,
    `${'latency (ms)'.padEnd(42)} ${'n'.padStart(5)} ${cells(['p50', 'p95', 'p99', 'max'])}`,
    row('c1  webhook → reply, Temporal', f.c1),
    row('c1  in-process activities, no Temporal', f.inprocessC1),
    row('c20 webhook → reply, Temporal', f.c20),
    row('c20 in-process activities, no Temporal', f.inprocess),
    row(`webhook ack, open loop ${f.ackRatePerS} req/s`, f.ack),
    row('  of which inside the API (Server-Timing)', f.ackServer),
    '',
    line('turns/s, c20 (Temporal / in-process)', `${num(f.turnsPerS)} / ${num(f.inprocessTurnsPerS)}`),
    line('Temporal p95 / in-process p95, c20', `${num(f.c20.p95_ms / f.inprocess.p95_ms)}×`),
    line('orchestration overhead p95, c1', `${num(overheadOf(f.c1, f.inprocessC1))} ms`),
    line(
      'orchestration overhead p95, c20',
      `${num(overhead)} ms   target ≤ ${TARGETS.overheadP95Ms} ms   ${verdict(overhead <= TARGETS.overheadP95Ms)}`,
    ),
    line(
      `webhook ack p99 @ ${f.ackRatePerS} req/s`,
      `${num(f.ack.p99_ms)} ms   target ≤ ${TARGETS.ackP99Ms} ms   ${verdict(f.ack.p99_ms <= TARGETS.ackP99Ms)}`,
    ),
    line(
      '  load generator',
      `max schedule lag ${num(f.ackMaxScheduleLagMs)} ms; last answer ${num(f.ackDrainMs / 1000)} s after the last send`,
    ),
    line(
      'lost (never answered) / duplicated',
      `${f.lost} / ${f.duplicated}   target 0 / 0   ${verdict(f.lost === 0 && f.duplicated === 0)}`,
    ),
    line('  answered more than 30 s after the webhook', String(f.late)),
    line('  handoffs instead of replies; not accepted', `${f.handoffs}; ${f.rejected}`),
    line(
      'c1 per task, p50 ms (from history)',
      `WFT sched→start ${num(hops.wftScheduleToStart)}, start→done ${num(hops.wftStartToComplete)}; ` +
        `activity sched→start ${num(hops.activityScheduleToStart)}, start→done ${num(hops.activityStartToComplete)}`,
    ),
    line(
      '  tasks per turn',
      `${num(hops.workflowTasks / Math.max(1, f.c1.n))} workflow + ${num(hops.activityTasks / Math.max(1, f.c1.n))} activity`,
    ),
    line('worker process RSS after the runs', `${num(f.rssMb)} MB`),
    line(
      'nice values (see scripts/bench/priority.ts)',
      Object.entries(f.priorities)
        .map(([process, nice]) => `${process} ${nice ?? 'unchanged'}`)
        .join(', '),
    ),
  ].join('\n');
}

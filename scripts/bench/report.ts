import type { CpuPerTurn } from './cpu-meter';
import type { TurnShape } from './floor-phase';
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
  /**
   * 20 conversations whose customers wait a think time before each message (pacing.ts), through
   * Temporal and in-process: the overhead a turn sees when the machine is not saturated.
   */
  paced: {
    thinkMs: { min: number; max: number };
    temporal: LatencySummary;
    inprocess: LatencySummary;
    turnsPerS: number;
  };
  ack: LatencySummary;
  /** The same requests as timed inside the API (Server-Timing): the rest is reaching it. */
  ackServer: LatencySummary;
  ackRatePerS: number;
  ackMaxScheduleLagMs: number;
  ackDrainMs: number;
  turnsPerS: number;
  inprocessTurnsPerS: number;
  /** CPU ms per turn of each process during the c20 run, Temporal and in-process. */
  c20Cpu: CpuPerTurn;
  inprocessCpu: CpuPerTurn;
  /**
   * The floor: the turn's shape (its local activities and reply) with no work, through the same
   * Temporal, at c1 and c20. What orchestration alone costs a turn here (see floor-workflow.ts).
   */
  floor: {
    shape: TurnShape;
    c1: LatencySummary;
    c20: LatencySummary;
    turnsPerS: number;
    c20Cpu: CpuPerTurn;
    /** The bare turn (signal, then the reply activity) at c20: the least a turn costs. */
    bareC20: LatencySummary;
    bareC20Cpu: CpuPerTurn;
  };
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
    c20_paced: {
      think_ms: f.paced.thinkMs,
      temporal: pick(f.paced.temporal),
      inprocess: pick(f.paced.inprocess),
      turns_per_s: round1(f.paced.turnsPerS),
      overhead_p95_ms: round1(overheadOf(f.paced.temporal, f.paced.inprocess)),
    },
    ratio_p95: round1(f.c20.p95_ms / f.inprocess.p95_ms),
    ack_p50_ms: f.ack.p50_ms,
    ack_in_api_p99_ms: f.ackServer.p99_ms,
    answered_after_30s: f.late,
    inprocess_turns_per_s: round1(f.inprocessTurnsPerS),
    c20_cpu_ms_per_turn: f.c20Cpu,
    inprocess_c20_cpu_ms_per_turn: f.inprocessCpu,
    floor: {
      local_activities: f.floor.shape.localActivities,
      result_bytes: f.floor.shape.resultBytes,
      c1: pick(f.floor.c1),
      c20: pick(f.floor.c20),
      turns_per_s: round1(f.floor.turnsPerS),
      c20_cpu_ms_per_turn: f.floor.c20Cpu,
      bare_c20: pick(f.floor.bareC20),
      bare_c20_cpu_ms_per_turn: f.floor.bareC20Cpu,
    },
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
  const pacedOverhead = overheadOf(f.paced.temporal, f.paced.inprocess);
  const think = `${num(f.paced.thinkMs.min / 1000)}–${num(f.paced.thinkMs.max / 1000)} s`;
  const hops = f.c1Hops;
  const line = (label: string, value: string): string => `${label.padEnd(42)} ${value}`;
  const cpu = (perTurn: CpuPerTurn): string => {
    const known = Object.values(perTurn).filter((ms): ms is number => ms !== null);
    const parts = Object.entries(perTurn).map(([process, ms]) => `${process} ${ms === null ? '-' : num(ms)}`);
    return `${parts.join(', ')}; all ${num(known.reduce((sum, ms) => sum + ms, 0))}`;
  };
  const shape = f.floor.shape;
  return [
    `Temporal: ${f.temporal}; offline model; PostgreSQL; whole run ${num(f.runS)} s`,
    `${'latency (ms)'.padEnd(42)} ${'n'.padStart(5)} ${cells(['p50', 'p95', 'p99', 'max'])}`,
    row('c1  webhook → reply, Temporal', f.c1),
    row('c1  in-process activities, no Temporal', f.inprocessC1),
    row('c20 webhook → reply, Temporal', f.c20),
    row('c20 in-process activities, no Temporal', f.inprocess),
    row(`c20 paced (${think} think), Temporal`, f.paced.temporal),
    row(`c20 paced (${think} think), in-process`, f.paced.inprocess),
    row(`c1  floor: turn's shape, no work`, f.floor.c1),
    row(`c20 floor: turn's shape, no work`, f.floor.c20),
    row(`c20 floor: bare turn (the reply only)`, f.floor.bareC20),
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
      `orchestration overhead p95, c20 paced`,
      `${num(pacedOverhead)} ms   (${num(f.paced.turnsPerS)} turns/s; the target is judged on the c20 line)`,
    ),
    line(
      '  floor p95, c20: Temporal alone',
      `${num(f.floor.c20.p95_ms)} ms (${shape.localActivities} local activities of ${shape.resultBytes} B + the reply); ` +
        `bare turn ${num(f.floor.bareC20.p95_ms)} ms`,
    ),
    line('CPU ms per turn, c20 Temporal', cpu(f.c20Cpu)),
    line('CPU ms per turn, c20 in-process', cpu(f.inprocessCpu)),
    line('CPU ms per turn, c20 floor', `${cpu(f.floor.c20Cpu)}; ${num(f.floor.turnsPerS)} turns/s`),
    line('CPU ms per turn, c20 bare turn', cpu(f.floor.bareC20Cpu)),
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

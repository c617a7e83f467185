import type { LatencySummary } from './stats';

/** Everything one run measured, already summarised. */
export interface BenchFigures {
  c1: LatencySummary;
  c20: LatencySummary;
  inprocess: LatencySummary;
  ack: LatencySummary;
  ackRatePerS: number;
  ackMaxScheduleLagMs: number;
  ackDrainMs: number;
  turnsPerS: number;
  rssMb: number;
  lost: number;
  duplicated: number;
  handoffs: number;
  rejected: number;
}

/** The targets the run is judged against (from the brief; reported, never adjusted). */
export const TARGETS = { overheadP95Ms: 150, ackP99Ms: 50 } as const;

const round1 = (value: number): number => Math.round(value * 10) / 10;

/** The `--out` document: the agreed keys, plus the derived overhead and ratio. */
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
    overhead_p95_ms: round1(f.c20.p95_ms - f.inprocess.p95_ms),
    ratio_p95: round1(f.c20.p95_ms / f.inprocess.p95_ms),
  };
}

/** The human-readable table. */
export function renderTable(f: BenchFigures): string {
  const num = (value: number): string => (Number.isFinite(value) ? value.toFixed(1) : '-');
  const row = (name: string, s: LatencySummary): string =>
    [name.padEnd(40), String(s.n).padStart(5), ...[s.p50_ms, s.p95_ms, s.p99_ms, s.max_ms].map((v) => num(v).padStart(8))].join(' ');
  const verdict = (ok: boolean): string => (ok ? 'PASS' : 'MISS');
  const overhead = f.c20.p95_ms - f.inprocess.p95_ms;
  const lines = [
    `${'latency (ms)'.padEnd(40)} ${'n'.padStart(5)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'p99'.padStart(8)} ${'max'.padStart(8)}`,
    row('c1  webhook → reply, Temporal', f.c1),
    row('c20 webhook → reply, Temporal', f.c20),
    row('c20 in-process activities, no Temporal', f.inprocess),
    row(`webhook ack, open loop ${f.ackRatePerS} req/s`, f.ack),
    '',
    `turns/s over the c20 phase           ${num(f.turnsPerS)}`,
    `Temporal p95 / in-process p95 (c20)  ${num(f.c20.p95_ms / f.inprocess.p95_ms)}×`,
    `orchestration overhead p95 (c20)     ${num(overhead)} ms   target ≤ ${TARGETS.overheadP95Ms} ms  ${verdict(overhead <= TARGETS.overheadP95Ms)}`,
    `webhook ack p99 @ ${f.ackRatePerS}/s              ${num(f.ack.p99_ms)} ms   target ≤ ${TARGETS.ackP99Ms} ms  ${verdict(f.ack.p99_ms <= TARGETS.ackP99Ms)}`,
    `  load generator max schedule lag    ${num(f.ackMaxScheduleLagMs)} ms; replies drained ${num(f.ackDrainMs / 1000)} s after the last send`,
    `lost / duplicated (whole run)        ${f.lost} / ${f.duplicated}   target 0 / 0  ${verdict(f.lost === 0 && f.duplicated === 0)}`,
    `handoffs instead of replies          ${f.handoffs}; sends not accepted: ${f.rejected}`,
    `process RSS after the runs           ${num(f.rssMb)} MB (the worker is in-process: API, worker, fake Chatwoot and load generator share it)`,
  ];
  return lines.join('\n');
}

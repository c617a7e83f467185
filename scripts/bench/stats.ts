/** Latency percentiles for the benchmark's tables and JSON. */

export interface LatencySummary {
  n: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  max_ms: number;
}

/** Nearest-rank percentile (no interpolation: every figure is a latency that was observed). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** p50/p95/p99/max of `values` in ms, rounded to 0.1 ms. */
export function summarize(values: readonly number[]): LatencySummary {
  const round = (value: number): number => Math.round(value * 10) / 10;
  return {
    n: values.length,
    p50_ms: round(percentile(values, 50)),
    p95_ms: round(percentile(values, 95)),
    p99_ms: round(percentile(values, 99)),
    max_ms: round(values.length ? Math.max(...values) : Number.NaN),
  };
}

/**
 * How fast the benchmark's customers write. The closed loop (`runTemporalTurns` without pacing)
 * sends the next message the moment a reply arrives: 20 conversations then ask for all the CPU
 * there is, and latency measures the machine's throughput. People read a reply and type the next
 * message; a 15-word message at 40 words a minute takes over 20 s. A paced customer waits a think
 * time before each message, drawn uniformly between `thinkMs.min` and `thinkMs.max`, and starts
 * its conversation at a moment drawn uniformly in the first `thinkMs.max`.
 *
 * The draws are a fixed function of (seed, conversation index, turn), so the Temporal and the
 * in-process runs give their customers the same schedule.
 */
export interface Pacing {
  thinkMs: { min: number; max: number };
  seed: number;
}

/** A uniform draw in [0, 1) that depends only on its three integers (a mulberry32 step). */
function unitDraw(seed: number, index: number, turn: number): number {
  let t = (seed ^ Math.imul(index + 1, 0x9e3779b1) ^ Math.imul(turn + 1, 0x85ebca6b)) >>> 0;
  t = (t + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
}

/** How long customer `index` waits before sending message `turn` (turn 0: when it starts). */
export function waitBeforeMs(pacing: Pacing, index: number, turn: number): number {
  const draw = unitDraw(pacing.seed, index, turn);
  const { min, max } = pacing.thinkMs;
  return turn === 0 ? draw * max : min + draw * (max - min);
}

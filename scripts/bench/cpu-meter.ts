import { readdirSync, readFileSync } from 'node:fs';

/**
 * Linux reports CPU time in clock ticks of USER_HZ, which is 100 on every Linux the benchmark runs
 * on (the kernel's ABI fixes it; `getconf CLK_TCK` prints it).
 */
const TICKS_PER_S = 100;

/** CPU ms per turn of each process the benchmark watches; null where `/proc` could not be read. */
export type CpuPerTurn = Record<string, number | null>;

/** The CPU time (user + system, every thread) a process has used so far, in ms; null if unreadable. */
export function cpuMsOf(pid: number): number | null {
  try {
    return cpuMsFromStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return null;
  }
}

/** utime + stime in ms from the text of a `/proc/<pid>/stat` file. */
export function cpuMsFromStat(stat: string): number {
  // The command name (field 2) may hold spaces and parentheses: count fields after its last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15, so the 12th and 13th after the name.
  const ticks = Number(fields[11]) + Number(fields[12]);
  if (!Number.isFinite(ticks)) throw new Error(`not a /proc stat line: ${stat.slice(0, 80)}`);
  return (ticks * 1000) / TICKS_PER_S;
}

/** A process for a meter's group: none when it is not known (a Temporal this run did not start). */
export const pidsOf = (pid: number | undefined): number[] => (pid === undefined ? [] : [pid]);

/** The PostgreSQL server's processes on this machine (the postmaster and every backend). */
export function postgresPids(): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  return entries.filter((entry) => /^\d+$/.test(entry) && isPostgres(entry)).map(Number);
}

function isPostgres(pid: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').startsWith('postgres');
  } catch {
    return false;
  }
}

/**
 * Reads the CPU time of named groups of processes at the start of a phase, and gives each group's
 * CPU per turn at its end. Groups are functions, so a backend PostgreSQL starts during the phase
 * is counted too (from zero); one that exits during the phase is not. A group none of whose
 * processes could be read reports null.
 */
export function startCpuMeter(groups: Record<string, () => number[]>): {
  perTurn(turns: number): CpuPerTurn;
} {
  const before = new Map<number, number>();
  for (const pids of Object.values(groups)) {
    for (const pid of pids()) before.set(pid, cpuMsOf(pid) ?? 0);
  }
  return {
    perTurn(turns) {
      const result: CpuPerTurn = {};
      for (const [name, pids] of Object.entries(groups)) {
        let used = 0;
        let read = false;
        for (const pid of pids()) {
          const now = cpuMsOf(pid);
          if (now === null) continue;
          read = true;
          used += now - (before.get(pid) ?? 0);
        }
        result[name] = read && turns > 0 ? Math.round((used / turns) * 10) / 10 : null;
      }
      return result;
    },
  };
}

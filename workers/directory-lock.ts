import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The slice of a logger the lock reports through. */
export interface LockLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface DirectoryLockOptions {
  /** What the holder does, for the log and the timeout's error ("building the Temporal CLI"). */
  purpose: string;
  /** How long to wait for a live holder before giving up. */
  timeoutMs: number;
  /** A lock older than this is taken over even when its pid runs (the pid may have been reused). */
  staleMs: number;
  log: LockLog;
  /** How often a waiter looks again (default 500 ms). */
  pollMs?: number;
}

/** Raised when a live holder kept the lock past `timeoutMs`. */
export class LockTimeoutError extends Error {
  constructor(
    readonly lockDir: string,
    readonly purpose: string,
  ) {
    super(`timed out waiting for the lock ${lockDir} (another process is ${purpose})`);
    this.name = 'LockTimeoutError';
  }
}

/** How long a lock without its owner file counts as being set up rather than abandoned. */
const OWNERLESS_GRACE_MS = 10_000;

/**
 * A cross-process lock: `mkdir` is atomic. The owner's pid is recorded so a lock left by a killed
 * process is taken over instead of blocking every later start. Resolves to the release function.
 */
export async function acquireDirectoryLock(
  lockDir: string,
  options: DirectoryLockOptions,
): Promise<() => Promise<void>> {
  const { log, purpose } = options;
  const ownerFile = path.join(lockDir, 'owner');
  const deadline = Date.now() + options.timeoutMs;
  let announced = false;
  for (;;) {
    try {
      await mkdir(lockDir);
      await writeFile(ownerFile, String(process.pid));
      return () => rm(lockDir, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (await isStaleLock(lockDir, ownerFile, options.staleMs)) {
      log.warn({ lockDir }, `removing a stale lock (its holder was ${purpose})`);
      await rm(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new LockTimeoutError(lockDir, purpose);
    if (!announced) {
      log.info({ lockDir }, `another process is ${purpose}; waiting for it`);
      announced = true;
    }
    await sleep(options.pollMs ?? 500);
  }
}

/** Stale: its owner's process is gone, or it is older than `staleMs`, or it never got an owner. */
async function isStaleLock(lockDir: string, ownerFile: string, staleMs: number): Promise<boolean> {
  try {
    const pid = Number(await readFile(ownerFile, 'utf8'));
    if (Number.isInteger(pid) && pid > 0) {
      try {
        process.kill(pid, 0);
      } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'ESRCH';
      }
    }
    return Date.now() - (await stat(lockDir)).mtimeMs > staleMs;
  } catch {
    // The owner file is written right after mkdir; give a fresh lock a moment before judging it.
    try {
      return Date.now() - (await stat(lockDir)).mtimeMs > OWNERLESS_GRACE_MS;
    } catch {
      return false;
    }
  }
}

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';
import { LockTimeoutError, acquireDirectoryLock, type DirectoryLockOptions } from '../workers/directory-lock';

/** Records the lock's log lines. */
function recordingLog(): DirectoryLockOptions['log'] & { lines: string[] } {
  const lines: string[] = [];
  const record = (_obj: object, msg: string): void => {
    lines.push(msg);
  };
  return { lines, info: record, warn: record };
}

const options = (
  log = recordingLog(),
  overrides: Partial<DirectoryLockOptions> = {},
): DirectoryLockOptions => ({
  purpose: 'building the Temporal CLI',
  timeoutMs: 5_000,
  staleMs: 60 * 60_000,
  pollMs: 20,
  log,
  ...overrides,
});

/** The pid of a process that has exited (and, this soon after, not been reused). */
function exitedPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

/** Moves a path's modification time `ms` into the past. */
async function age(file: string, ms: number): Promise<void> {
  const then = new Date(Date.now() - ms);
  await utimes(file, then, then);
}

describe('the cross-process directory lock', () => {
  let root: string;

  before(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'kesher-lock-'));
  });
  after(async () => {
    await rm(root, { recursive: true, force: true });
  });

  let counter = 0;
  const freshLock = (): string => {
    counter += 1;
    return path.join(root, `lock-${counter}`);
  };

  test('the holder records its pid; a second caller waits until it releases, then holds it', async () => {
    const dir = freshLock();
    const release = await acquireDirectoryLock(dir, options());
    assert.equal(await readFile(path.join(dir, 'owner'), 'utf8'), String(process.pid));

    const waiterLog = recordingLog();
    let acquired = false;
    const second = acquireDirectoryLock(dir, options(waiterLog)).then((releaseSecond) => {
      acquired = true;
      return releaseSecond;
    });
    await sleep(150);
    assert.equal(acquired, false, 'the second caller must wait while the first holds the lock');
    assert.deepEqual(waiterLog.lines, ['another process is building the Temporal CLI; waiting for it']);

    await release();
    const releaseSecond = await second;
    assert.equal(acquired, true);
    await releaseSecond();
    assert.equal(existsSync(dir), false, 'release removes the lock');
  });

  test('a lock whose holder has exited is taken over at once', async () => {
    const dir = freshLock();
    await mkdir(dir);
    await writeFile(path.join(dir, 'owner'), String(exitedPid()));
    const log = recordingLog();
    const started = Date.now();
    const release = await acquireDirectoryLock(dir, options(log));
    assert.ok(Date.now() - started < 1_000, 'no waiting for a dead holder');
    assert.deepEqual(log.lines, ['removing a stale lock (its holder was building the Temporal CLI)']);
    assert.equal(await readFile(path.join(dir, 'owner'), 'utf8'), String(process.pid));
    await release();
  });

  test('a live holder keeps the lock until it is older than staleMs (its pid may have been reused)', async () => {
    const dir = freshLock();
    await mkdir(dir);
    // This process is alive, so only the lock's age can make it stale.
    await writeFile(path.join(dir, 'owner'), String(process.pid));
    await assert.rejects(
      acquireDirectoryLock(dir, options(recordingLog(), { timeoutMs: 100 })),
      LockTimeoutError,
    );

    await age(dir, 2 * 60 * 60_000);
    const release = await acquireDirectoryLock(dir, options());
    await release();
  });

  test('a lock without an owner file gets a grace period to write one, then counts as abandoned', async () => {
    const dir = freshLock();
    await mkdir(dir);
    await assert.rejects(
      acquireDirectoryLock(dir, options(recordingLog(), { timeoutMs: 100 })),
      LockTimeoutError,
    );

    await age(dir, 20_000);
    const release = await acquireDirectoryLock(dir, options());
    await release();
  });

  test('waiting past the timeout fails with an error naming the lock and what its holder does', async () => {
    const dir = freshLock();
    const release = await acquireDirectoryLock(dir, options());
    try {
      await assert.rejects(
        acquireDirectoryLock(dir, options(recordingLog(), { timeoutMs: 100 })),
        (error) => {
          assert.ok(error instanceof LockTimeoutError);
          assert.equal(error.lockDir, dir);
          assert.match(error.message, /another process is building the Temporal CLI/);
          return true;
        },
      );
      assert.equal(existsSync(dir), true, 'a timed-out waiter leaves the holder its lock');
    } finally {
      await release();
    }
  });
});

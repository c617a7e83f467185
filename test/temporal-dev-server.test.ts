import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common';
import { buildConfig, type AppConfig } from '../config/config';
import { parseEnv } from '../config/env';
import { KESHER_SEARCH_ATTRIBUTES, indexedValueType } from '../workers/search-attributes';
import {
  SDK_DEV_SERVER,
  TemporalCliError,
  findOrBuildTemporalCli,
  type ProvisionLog,
} from '../workers/temporal-cli';
import { ensureTemporal, startEphemeralTemporal } from '../workers/temporal-dev-server';
import type { TemporalHandle } from '../workers/temporal-handle';

/** Records what the provisioning code logs, so tests can read its decisions. */
function recordingLog(): ProvisionLog & { messages: string[] } {
  const messages: string[] = [];
  const record = (_obj: object, msg: string): void => {
    messages.push(msg);
  };
  return { messages, debug: () => undefined, info: record, warn: record, error: record };
}

async function fakeExecutable(file: string, body: string): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `#!/bin/sh\n${body}\n`);
  await chmod(file, 0o755);
  return file;
}

const fakeCli = (file: string): Promise<string> =>
  fakeExecutable(file, `echo "temporal version 1.5.1 (fake)"`);

async function listAttributes(address: string, namespace = 'default'): Promise<Record<string, number>> {
  const connection = await Connection.connect({ address });
  try {
    const listed = await connection.operatorService.listSearchAttributes({ namespace });
    return Object.fromEntries(
      Object.entries(listed.customAttributes ?? {}).map(([name, type]) => [name, Number(type)]),
    );
  } finally {
    await connection.close();
  }
}

function assertKesherAttributes(listed: Record<string, number>): void {
  for (const spec of KESHER_SEARCH_ATTRIBUTES) {
    assert.equal(
      listed[spec.name],
      indexedValueType(spec.type),
      `${spec.name} is registered as ${spec.type}`,
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function configFor(env: Record<string, string>): AppConfig {
  return buildConfig(parseEnv(env));
}

describe('finding the Temporal CLI', () => {
  let root: string;
  let env: NodeJS.ProcessEnv;
  let projectCacheDir: string;

  before(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'kesher-cli-'));
  });
  after(async () => {
    await rm(root, { recursive: true, force: true });
  });

  async function freshLayout(name: string): Promise<void> {
    const base = path.join(root, name);
    env = {
      PATH: path.join(base, 'bin'),
      HOME: path.join(base, 'home'),
      XDG_CACHE_HOME: path.join(base, 'xdg'),
    };
    projectCacheDir = path.join(base, 'repo', '.cache', 'temporal');
    await mkdir(path.join(base, 'bin'), { recursive: true });
  }

  const find = (extra: { configuredPath?: string } = {}, log = recordingLog()): Promise<string> =>
    findOrBuildTemporalCli({ ...extra, projectCacheDir, log, env, goCandidates: [] });

  test('a configured TEMPORAL_CLI wins over everything else', async () => {
    await freshLayout('configured');
    await fakeCli(path.join(env.PATH!, 'temporal'));
    const configured = await fakeCli(path.join(root, 'configured', 'elsewhere', 'temporal'));
    assert.equal(await find({ configuredPath: configured }), configured);
  });

  test('a configured TEMPORAL_CLI that does not answer --version is an error, not a silent fallback', async () => {
    await freshLayout('configured-broken');
    await fakeCli(path.join(env.PATH!, 'temporal'));
    const broken = await fakeExecutable(path.join(root, 'configured-broken', 'temporal'), 'exit 3');
    await assert.rejects(find({ configuredPath: broken }), TemporalCliError);
  });

  test('PATH comes before the project cache, which comes before the user cache', async () => {
    await freshLayout('order');
    const onPath = await fakeCli(path.join(env.PATH!, 'temporal'));
    const project = await fakeCli(path.join(projectCacheDir, 'temporal'));
    const user = await fakeCli(path.join(env.XDG_CACHE_HOME!, 'kesher', 'bin', 'temporal'));
    assert.equal(await find(), onPath);
    await rm(onPath);
    assert.equal(await find(), project);
    await rm(project);
    assert.equal(await find(), user);
  });

  test('the user cache is ~/.cache/kesher/bin when XDG_CACHE_HOME is unset', async () => {
    await freshLayout('home');
    delete env.XDG_CACHE_HOME;
    const user = await fakeCli(path.join(env.HOME!, '.cache', 'kesher', 'bin', 'temporal'));
    assert.equal(await find(), user);
  });

  test('a binary that does not answer --version is skipped', async () => {
    await freshLayout('skip');
    await fakeExecutable(path.join(env.PATH!, 'temporal'), 'exit 1');
    const project = await fakeCli(path.join(projectCacheDir, 'temporal'));
    const log = recordingLog();
    assert.equal(await find({}, log), project);
    assert.ok(log.messages.some((m) => m.includes('does not answer --version')));
  });

  test('without a CLI or Go it falls back to the SDK dev server', async () => {
    await freshLayout('nothing');
    assert.equal(await find(), SDK_DEV_SERVER);
  });

  test('it builds with go install once, falls back to an older release, and fills both caches', async () => {
    await freshLayout('build');
    const calls = path.join(root, 'build', 'go-calls');
    // A fake `go` that fails the newest release and "installs" a fake CLI for the next one.
    await fakeExecutable(
      path.join(env.PATH!, 'go'),
      [
        `echo "$2 GOTOOLCHAIN=$GOTOOLCHAIN" >> ${calls}`,
        'case "$2" in *@v1.5.1) echo "go: requires go >= 9.9" >&2; exit 1;; esac',
        '/bin/sleep 1',
        'printf \'#!/bin/sh\\necho "temporal version 1.5.0"\\n\' > "$GOBIN/temporal"',
        '/bin/chmod +x "$GOBIN/temporal"',
      ].join('\n'),
    );
    const [first, second] = await Promise.all([find(), find()]);
    const userBinary = path.join(env.XDG_CACHE_HOME!, 'kesher', 'bin', 'temporal');
    assert.equal(first, userBinary);
    assert.equal(second, userBinary);
    const lines = (await readFile(calls, 'utf8')).trim().split('\n');
    assert.deepEqual(lines, [
      'github.com/temporalio/cli/cmd/temporal@v1.5.1 GOTOOLCHAIN=local',
      'github.com/temporalio/cli/cmd/temporal@v1.5.0 GOTOOLCHAIN=local',
    ]);
    assert.ok(existsSync(path.join(projectCacheDir, 'temporal')), 'copied into the project cache');
    assert.ok(
      !existsSync(path.join(env.XDG_CACHE_HOME!, 'kesher', 'bin', '.temporal-build.lock')),
      'lock released',
    );
  });
});

describe('provisioning Temporal with the real CLI', () => {
  const log = recordingLog();
  let ephemeral: TemporalHandle;
  let dataDir: string;

  before(async () => {
    ephemeral = await startEphemeralTemporal({ log });
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'kesher-temporal-'));
  });
  after(async () => {
    await ephemeral?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('an ephemeral server starts with every Kesher search attribute registered', async () => {
    assert.equal(ephemeral.managed, true);
    assert.equal(ephemeral.uiUrl, undefined);
    assertKesherAttributes(await listAttributes(ephemeral.address));
  });

  test('TEMPORAL_ADDRESS connects to an existing cluster without managing it', async () => {
    const handle = await ensureTemporal(
      configFor({ TEMPORAL_ADDRESS: ephemeral.address, KESHER_DATA_DIR: dataDir }),
      log,
    );
    assert.equal(handle.managed, false);
    assert.equal(handle.address, ephemeral.address);
    await handle.stop();
    assertKesherAttributes(await listAttributes(ephemeral.address));
  });

  test('missing search attributes are registered on a configured cluster', async () => {
    const namespace = 'kesher-bare';
    const connection = await Connection.connect({ address: ephemeral.address });
    try {
      await connection.workflowService.registerNamespace({
        namespace,
        workflowExecutionRetentionPeriod: msToTs('1 day'),
      });
    } finally {
      await connection.close();
    }
    assert.equal((await listAttributes(ephemeral.address, namespace)).CustomerEmail, undefined);
    const config = configFor({
      TEMPORAL_ADDRESS: ephemeral.address,
      TEMPORAL_NAMESPACE: namespace,
      KESHER_DATA_DIR: dataDir,
    });
    await ensureTemporal(config, log);
    assertKesherAttributes(await listAttributes(ephemeral.address, namespace));
  });

  test('an unreachable TEMPORAL_ADDRESS fails with a clear error', async () => {
    const port = await freePort();
    await assert.rejects(
      ensureTemporal(configFor({ TEMPORAL_ADDRESS: `127.0.0.1:${port}`, KESHER_DATA_DIR: dataDir }), log, {
        clusterTimeoutMs: 1_000,
      }),
      /did not answer.*unset TEMPORAL_ADDRESS/s,
    );
  });

  test('a local dev server persists to the data dir, is reused while running, and stop() ends it', async () => {
    const config = configFor({
      KESHER_DATA_DIR: dataDir,
      TEMPORAL_DEV_PORT: String(await freePort()),
      TEMPORAL_UI_PORT: String(await freePort()),
    });
    const started = await ensureTemporal(config, log);
    assert.equal(started.managed, true);
    assert.equal(started.address, `127.0.0.1:${config.temporal.devPort}`);
    assert.equal(started.uiUrl, `http://127.0.0.1:${config.temporal.uiPort}`);
    assert.ok(existsSync(path.join(dataDir, 'temporal', 'temporal.db')));
    assertKesherAttributes(await listAttributes(started.address));

    const reused = await ensureTemporal(config, log);
    assert.equal(reused.managed, false);
    assert.equal(reused.address, started.address);

    const pid = started.pid!;
    assert.ok(isAlive(pid));
    await started.stop();
    assert.equal(isAlive(pid), false, 'the dev server process has exited');

    // Restarting on the persisted database keeps (or re-adds) the attributes.
    const restarted = await ensureTemporal(config, log);
    try {
      assert.equal(restarted.managed, true);
      assertKesherAttributes(await listAttributes(restarted.address));
    } finally {
      await restarted.stop();
    }
  });
});

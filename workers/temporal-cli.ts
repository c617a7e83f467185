import { execFile, spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, copyFile, chmod, link, mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { acquireDirectoryLock } from './directory-lock';

/** The slice of a pino logger the provisioning code needs; tests can pass a recorder. */
export interface ProvisionLog {
  debug(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/**
 * Returned instead of a path when no CLI exists and none can be built: the caller should run the
 * SDK's own dev server (`@temporalio/testing`), which downloads a CLI on machines with internet.
 */
export const SDK_DEV_SERVER = 'sdk-dev-server:@temporalio/testing';

/** The Go module that builds the `temporal` binary. */
export const CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal';

/**
 * Releases tried by `go install`, newest first. v1.5.1 is the newest whose go.mod still allows
 * `go install`; older ones are fallbacks for a Go toolchain too old for it.
 */
export const CLI_VERSIONS: readonly string[] = ['v1.5.1', 'v1.5.0', 'v1.4.1', 'v1.4.0', 'v1.3.0'];

/** Raised when a configured `TEMPORAL_CLI` is not a working Temporal CLI. */
export class TemporalCliError extends Error {
  constructor(
    message: string,
    readonly cliPath: string,
  ) {
    super(message);
    this.name = 'TemporalCliError';
  }
}

export interface FindTemporalCliOptions {
  /** `TEMPORAL_CLI`; when set it must work, there is no silent fallback. */
  configuredPath?: string;
  /** `<repo>/.cache/temporal`; the binary is looked for (and copied to) `<dir>/temporal`. */
  projectCacheDir: string;
  log: ProvisionLog;
  /** PATH, HOME, XDG_CACHE_HOME and GOROOT come from here (default: `process.env`). */
  env?: NodeJS.ProcessEnv;
  /** Where to look for `go` besides PATH and `$GOROOT/bin` (default: the official install path). */
  goCandidates?: readonly string[];
  /** Releases to try building, newest first (default: {@link CLI_VERSIONS}). */
  versions?: readonly string[];
}

const BUILD_TIMEOUT_MS = 45 * 60_000;
/** A build lock older than this is taken over even if its pid runs (a reused pid). */
const STALE_LOCK_MS = 60 * 60_000;

/** `$XDG_CACHE_HOME/kesher/bin` or `~/.cache/kesher/bin`: shared by every checkout on the machine. */
export function userCacheBinDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME || path.join(env.HOME || os.homedir(), '.cache');
  return path.join(base, 'kesher', 'bin');
}

/**
 * Finds a working Temporal CLI: `TEMPORAL_CLI`, then `temporal` on PATH, then the project cache,
 * then the user cache; otherwise builds one with `go install` (once per machine, under a lock) and
 * copies it into the project cache. Returns {@link SDK_DEV_SERVER} when there is no Go or every
 * build failed.
 */
export async function findOrBuildTemporalCli(options: FindTemporalCliOptions): Promise<string> {
  const { log } = options;
  const env = options.env ?? process.env;

  if (options.configuredPath) {
    const configured = path.resolve(options.configuredPath);
    const version = await cliVersion(configured);
    if (!version) {
      throw new TemporalCliError(
        `TEMPORAL_CLI=${options.configuredPath} is not a working Temporal CLI (\`--version\` failed); fix or unset it`,
        configured,
      );
    }
    log.debug({ cli: configured, version }, 'using the configured Temporal CLI');
    return configured;
  }

  const projectBinary = path.join(options.projectCacheDir, 'temporal');
  const userBinary = path.join(userCacheBinDir(env), 'temporal');
  const candidates: Array<[string | undefined, string]> = [
    [await findOnPath('temporal', env), 'PATH'],
    [projectBinary, 'project cache'],
    [userBinary, 'user cache'],
  ];
  for (const [candidate, source] of candidates) {
    if (!candidate || !(await isExecutable(candidate))) continue;
    const version = await cliVersion(candidate);
    if (version) {
      log.debug({ cli: candidate, source, version }, 'found the Temporal CLI');
      return candidate;
    }
    // A half-written binary from an interrupted build looks like this; keep looking.
    log.warn({ cli: candidate, source }, 'ignoring a Temporal CLI that does not answer --version');
  }

  const go = await findGo(env, options.goCandidates ?? ['/usr/local/go/bin/go']);
  if (!go) {
    log.warn({}, 'no Temporal CLI and no Go toolchain found; falling back to the SDK-downloaded dev server');
    return SDK_DEV_SERVER;
  }
  const built = await buildWithGo({
    go,
    binDir: path.dirname(userBinary),
    env,
    log,
    versions: options.versions ?? CLI_VERSIONS,
  });
  if (!built) {
    log.warn({ go }, 'could not build the Temporal CLI; falling back to the SDK-downloaded dev server');
    return SDK_DEV_SERVER;
  }
  await installCopy(built, projectBinary).catch((error: unknown) =>
    // The user cache copy still works; the project copy only saves a lookup.
    log.warn({ err: error, target: projectBinary }, 'could not copy the Temporal CLI into the project cache'),
  );
  return built;
}

/** The first line of `<cli> --version` when it reads like the Temporal CLI, else undefined. */
export async function cliVersion(cli: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(cli, ['--version'], { timeout: 20_000 }, (error, stdout) => {
      const line = String(stdout).split('\n')[0]?.trim() ?? '';
      resolve(!error && /^temporal version /i.test(line) ? line : undefined);
    });
  });
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

async function findOnPath(name: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    if (await isExecutable(candidate)) return candidate;
  }
  return undefined;
}

async function findGo(env: NodeJS.ProcessEnv, extra: readonly string[]): Promise<string | undefined> {
  const onPath = await findOnPath('go', env);
  if (onPath) return onPath;
  const others = [env.GOROOT ? path.join(env.GOROOT, 'bin', 'go') : undefined, ...extra];
  for (const candidate of others) {
    if (candidate && (await isExecutable(candidate))) return candidate;
  }
  return undefined;
}

interface BuildOptions {
  go: string;
  binDir: string;
  env: NodeJS.ProcessEnv;
  log: ProvisionLog;
  versions: readonly string[];
}

async function buildWithGo({ go, binDir, env, log, versions }: BuildOptions): Promise<string | undefined> {
  await mkdir(binDir, { recursive: true });
  const target = path.join(binDir, 'temporal');
  const release = await acquireDirectoryLock(path.join(binDir, '.temporal-build.lock'), {
    purpose: 'building the Temporal CLI',
    timeoutMs: BUILD_TIMEOUT_MS,
    staleMs: STALE_LOCK_MS,
    log,
  });
  try {
    // Whoever held the lock before us may have just finished the same build.
    if ((await isExecutable(target)) && (await cliVersion(target))) return target;
    for (const version of versions) {
      // Build into a private directory and rename: readers never see a half-written binary.
      const staging = await mkdtemp(path.join(binDir, '.build-'));
      const started = Date.now();
      log.info(
        { go, module: `${CLI_MODULE}@${version}`, target },
        'building the Temporal CLI with go install (once per machine; takes several minutes)',
      );
      const result = await runLogged(go, ['install', `${CLI_MODULE}@${version}`], {
        env: { ...env, GOTOOLCHAIN: 'local', GOBIN: staging },
        log,
        timeoutMs: BUILD_TIMEOUT_MS,
      });
      const seconds = Math.round((Date.now() - started) / 1000);
      if (result.code === 0 && (await isExecutable(path.join(staging, 'temporal')))) {
        await rename(path.join(staging, 'temporal'), target);
        await rm(staging, { recursive: true, force: true });
        const builtVersion = await cliVersion(target);
        if (builtVersion) {
          log.info({ version, seconds, target }, 'built the Temporal CLI');
          return target;
        }
        log.warn({ version, target }, 'the built Temporal CLI does not answer --version');
        continue;
      }
      await rm(staging, { recursive: true, force: true });
      log.warn(
        { version, exitCode: result.code, seconds, output: result.tail.join('\n') },
        'go install of the Temporal CLI failed; trying the next older release',
      );
    }
    return undefined;
  } finally {
    await release();
  }
}

/** Hard-links (or copies) `source` to `target` atomically; the binary is ~250 MB. */
async function installCopy(source: string, target: string): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  await rm(temporary, { force: true });
  try {
    await link(source, temporary);
  } catch {
    await copyFile(source, temporary);
    await chmod(temporary, 0o755);
  }
  await rename(temporary, target);
}

interface RunResult {
  code: number | null;
  tail: string[];
}

function runLogged(
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; log: ProvisionLog; timeoutMs: number },
): Promise<RunResult> {
  return new Promise((resolve) => {
    const tail: string[] = [];
    const child = spawn(command, args, { env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const onData = (chunk: Buffer): void => {
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue;
        options.log.debug({ source: 'go' }, line);
        tail.push(line);
        if (tail.length > 40) tail.shift();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, tail: [...tail, error.message] });
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, tail });
    });
  });
}

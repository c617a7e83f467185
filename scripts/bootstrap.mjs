// `npm start` and `npm test` on a fresh clone: installs the locked dependencies when they are
// missing or older than package-lock.json, then runs the TypeScript entry point with tsx.
// Plain JavaScript with no imports beyond Node's, because it runs before node_modules exists.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/bootstrap.mjs <entry.ts> [args...]');
  process.exit(2);
}

const marker = new URL('../node_modules/.package-lock.json', import.meta.url);
const lock = new URL('../package-lock.json', import.meta.url);
const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs;
if (stale) {
  console.log('Installing dependencies (npm install, from package-lock.json)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // npm install rather than npm ci: it follows the lock but keeps what is already installed, so a
  // changed lock costs only the packages that changed.
  const installed = spawnSync(npm, ['install', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (installed.status !== 0) process.exit(installed.status ?? 1);
}

// The API serves the widget from widget/dist; the build step returns at once when it is current.
const widget = spawnSync(process.execPath, ['widget/build.mjs'], { cwd: root, stdio: 'inherit' });
if (widget.status !== 0) process.exit(widget.status ?? 1);

const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], { cwd: root, stdio: 'inherit' });
// A signal sent to this process alone (`kill -INT`, a supervisor's SIGTERM) is passed on. Ctrl-C
// also reaches the child through the terminal's process group; it stops once, whichever comes first.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

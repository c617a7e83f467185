// Builds the widget into widget/dist when the build is missing or older than its sources.
// Run by scripts/bootstrap.mjs before `npm start` / `npm test`, and by the API when the build is
// missing. Exits at once when the build is current, so running it on every start is cheap.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const widgetDir = path.dirname(fileURLToPath(import.meta.url));
const rootDir = path.dirname(widgetDir);
const builtIndex = path.join(widgetDir, 'dist', 'index.html');

/** The newest modification time among the files the build reads. */
function newestSource() {
  const sources = [
    path.join(widgetDir, 'index.html'),
    path.join(widgetDir, 'vite.config.mjs'),
    path.join(rootDir, 'workflows', 'write-tool-args.ts'),
    path.join(rootDir, 'package-lock.json'),
  ];
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? walk(full) : [full];
    });
  return Math.max(
    ...[...sources, ...walk(path.join(widgetDir, 'src'))].map((file) => statSync(file).mtimeMs),
  );
}

if (existsSync(builtIndex) && statSync(builtIndex).mtimeMs >= newestSource()) process.exit(0);

const started = Date.now();
const { build } = await import('vite');
await build({ configFile: path.join(widgetDir, 'vite.config.mjs') });
console.log(`widget built into widget/dist in ${Date.now() - started} ms`);

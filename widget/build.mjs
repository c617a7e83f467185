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
    path.join(rootDir, 'package-lock.json'),
  ];
  // The server modules the widget imports (the forms' rules, the known issues' words, counts,
  // money), and what they import in turn: their folders, whole.
  const shared = [
    path.join(rootDir, 'workflows'),
    path.join(rootDir, 'activities', 'commerce'),
    path.join(rootDir, 'activities', 'offline', 'agents', 'i18n'),
  ];
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? walk(full) : [full];
    });
  return Math.max(
    ...[...sources, ...[path.join(widgetDir, 'src'), ...shared].flatMap(walk)].map(
      (file) => statSync(file).mtimeMs,
    ),
  );
}

if (existsSync(builtIndex) && statSync(builtIndex).mtimeMs >= newestSource()) process.exit(0);

const started = Date.now();
const { build } = await import('vite');
await build({ configFile: path.join(widgetDir, 'vite.config.mjs') });
console.log(`widget built into widget/dist in ${Date.now() - started} ms`);

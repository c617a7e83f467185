import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { Router, type Response } from 'express';
import { HttpError } from '../http-error';

export interface WidgetStaticOptions {
  /** The repository root: the widget lives in `widget/`, its build in `widget/dist/`. */
  rootDir: string;
}

/** Runs `widget/build.mjs` (Vite), which builds only when the sources are newer than the build. */
function runBuild(rootDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(rootDir, 'widget', 'build.mjs')], {
      cwd: rootDir,
      stdio: 'ignore',
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`widget build exited with ${code}`)),
    );
  });
}

const noCache = (res: Response): void => {
  res.setHeader('Cache-Control', 'no-cache');
};

/**
 * Serves the widget at `/widget/` (the page form links open, and the iframe Chatwoot or a website
 * embeds). `npm start` and `npm test` build it beforehand; a process started another way builds
 * it on the first request when the build is missing.
 */
export function widgetStaticRoutes(options: WidgetStaticOptions): Router {
  const distDir = path.join(options.rootDir, 'widget', 'dist');
  const indexFile = path.join(distDir, 'index.html');
  let building: Promise<void> | undefined;
  const ensureBuilt = async (): Promise<void> => {
    if (existsSync(indexFile)) return;
    building ??= runBuild(options.rootDir).finally(() => {
      building = undefined;
    });
    try {
      await building;
    } catch {
      throw new HttpError(503, 'widget_not_built', 'The widget is not built: run `node widget/build.mjs`.');
    }
  };

  const router = Router();
  router.get('/widget', (req, res, next) => {
    // Routing is not strict about the trailing slash: `/widget/` itself is served, not redirected.
    if (req.originalUrl.startsWith('/widget/')) return next();
    const query = req.originalUrl.slice('/widget'.length);
    res.redirect(301, `/widget/${query}`);
  });
  router.use('/widget', async (_req, _res, next) => {
    await ensureBuilt();
    next();
  });
  router.use(
    '/widget',
    express.static(distDir, {
      index: 'index.html',
      // Vite names assets by content hash, so they never change; the page itself always revalidates.
      setHeaders: (res, file) => {
        if (file.includes(`${path.sep}assets${path.sep}`)) {
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        } else noCache(res);
      },
    }),
  );
  return router;
}

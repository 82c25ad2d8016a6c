// The built web app (web/dist) as static files; any other non-API GET gets
// index.html so that the app's own routes load on refresh.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { CasefileError } from '../core/errors.js';

export function serveWebApp(app: Hono, webRoot: string): void {
  if (!existsSync(join(webRoot, 'index.html'))) {
    throw new CasefileError('E_CONFIG', 'the web app is not built; run `npm run build`', { where: webRoot });
  }
  const isAsset = (path: string) => path.startsWith('/assets/');
  app.use('*', async (c, next) => {
    await next();
    // asset names carry a content hash, so they never change; the page must be
    // asked for again, or a rebuilt app would load stale asset names
    if (c.res.status === 200 && !c.req.path.startsWith('/api/')) {
      c.header('Cache-Control', isAsset(c.req.path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    }
  });
  app.get('*', serveStatic({ root: webRoot }));
  app.get('*', (c, next) =>
    c.req.path.startsWith('/api/') || isAsset(c.req.path) ? next() : serveStatic({ root: webRoot, path: 'index.html' })(c, next));
}

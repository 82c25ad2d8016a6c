// The HTTP application: JSON API under /api, the built web app everywhere else.
// A composition root: it only wires the parts together.
import { Hono } from 'hono';
import type { AccessRole } from '../core/access.js';
import type { Store } from '../store/port.js';
import { onError, onNotFound } from './errors.js';
import { describedApi } from './openapi.js';
import { catalogRoutes } from './routes/catalog.js';
import { eventRoutes } from './routes/events.js';
import { incidentRoutes } from './routes/incidents.js';
import { reportRoutes } from './routes/reports.js';
import { securityHeaders } from './security.js';
import { serveWebApp } from './static.js';

export interface AppOptions {
  store: Store;
  /** folder of the built web app; the API alone when absent */
  webRoot?: string;
  /** the local single-user server runs as analyst */
  role?: AccessRole;
  /** the user's knowledge additions (default <dataDir>/knowledge) */
  knowledgeDir?: string;
}

export function createApp({ store, webRoot, role = 'analyst', knowledgeDir }: AppOptions): Hono {
  const deps = { store, role, knowledgeDir };
  const app = new Hono();
  app.use('*', securityHeaders());
  app.onError(onError);
  app.notFound(onNotFound);
  app.route('/api/reports', reportRoutes(deps));
  app.route('/api/events', eventRoutes(deps));
  app.route('/api', catalogRoutes(deps));
  app.route('/api', incidentRoutes(deps));
  app.route('/api', describedApi(deps));
  if (webRoot) serveWebApp(app, webRoot);
  return app;
}

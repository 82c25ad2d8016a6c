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
import { hostCheck, sameOriginCheck, securityHeaders } from './security.js';
import { accessGuard } from './auth/guard.js';
import { auditRoutes } from './routes/audit.js';
import { reviewRoutes } from './routes/review.js';
import { sessionRoutes } from './routes/session.js';
import { userRoutes } from './routes/users.js';
import { serveWebApp } from './static.js';
import { knowledgeOnce } from './knowledge.js';

export interface AppOptions {
  store: Store;
  /** folder of the built web app; the API alone when absent */
  webRoot?: string;
  /** the role of the local single user, while the data folder has no account (default admin) */
  role?: AccessRole;
  /** Host header values the server answers to (filled once it listens); absent: no check (in-process use) */
  hosts?: readonly string[];
  /** the server listens on loopback only: a folder without accounts opens for the local user (default true) */
  loopback?: boolean;
  /** the user's knowledge additions (default <dataDir>/knowledge) */
  knowledgeDir?: string;
}

export function createApp({ store, webRoot, role = 'admin', knowledgeDir, hosts, loopback = true }: AppOptions): Hono {
  const deps = { store, knowledge: knowledgeOnce(knowledgeDir) };
  const app = new Hono();
  app.use('*', securityHeaders());
  if (hosts) app.use('*', hostCheck(hosts));
  app.use('/api/*', sameOriginCheck(), accessGuard({ store, localRole: role, loopback }));
  app.onError(onError);
  app.notFound(onNotFound);
  app.route('/api/session', sessionRoutes(deps));
  app.route('/api', reviewRoutes(deps));
  app.route('/api/audit', auditRoutes(deps));
  app.route('/api/users', userRoutes(deps));
  app.route('/api/reports', reportRoutes(deps));
  app.route('/api/events', eventRoutes(deps));
  app.route('/api', catalogRoutes(deps));
  app.route('/api', incidentRoutes(deps));
  app.route('/api', describedApi(deps));
  if (webRoot) serveWebApp(app, webRoot);
  return app;
}

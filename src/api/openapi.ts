// The API's OpenAPI 3.1 description at /api/openapi.json and a page that reads it
// at /api/docs, both generated from the zod schemas the routes validate with.
// Routes built with @hono/zod-openapi describe themselves when mounted here;
// routes of plain Hono are described in describe-routes.ts (one entry each).
import { OpenAPIHono } from '@hono/zod-openapi';
import type { ApiDeps } from './deps.js';
import { docsPage } from './docs-page.js';
import { describeRoutes } from './describe-routes.js';
import { entityRoutes } from './routes/entities.js';
import { exploreRoutes, paramHook } from './routes/explore.js';

export function describedApi(deps: ApiDeps): OpenAPIHono {
  const api = new OpenAPIHono({ defaultHook: paramHook });
  api.route('/', exploreRoutes(deps));
  api.route('/', entityRoutes(deps));
  describeRoutes(api.openAPIRegistry);
  const document = () => api.getOpenAPI31Document({
    openapi: '3.1.0',
    info: { title: 'Casefile API', version: '1', description: 'Field reports about North Korea as a corroborated record of events and cases. Every path is under /api.' },
    servers: [{ url: '/api' }],
  });
  api.get('/openapi.json', (c) => c.json(document()));
  api.get('/docs', (c) => c.html(docsPage(document())));
  return api;
}

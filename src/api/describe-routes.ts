// OpenAPI entries of the routes written with plain Hono, from the same zod
// schemas they validate with (params.ts). A new route is one `path(...)` line.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { ReviewRequest } from '../review/decide.js';
import { AuditListQuery, EventQuery, IncidentListQuery, NameQuery, Paging, ReportId, ReportSearchQuery, SourceQuery } from './params.js';
import { Login } from './routes/session.js';
import { NewUser } from './routes/users.js';

type Query = z.ZodObject;
type OpenAPIRegistry = OpenAPIHono['openAPIRegistry'];

export function describeRoutes(registry: OpenAPIRegistry): void {
  const ok = { 200: { description: 'JSON', content: { 'application/json': { schema: z.looseObject({}) } } } };
  const path = (method: 'get' | 'post' | 'delete', route: string, summary: string, request: { query?: Query; params?: Query; body?: Query } = {}) =>
    registry.registerPath({
      method, path: route, summary, tags: [route.split('/')[1]],
      request: { ...(request.query ? { query: request.query } : {}), ...(request.params ? { params: request.params } : {}), ...(request.body ? { body: { content: { 'application/json': { schema: request.body } } } } : {}) },
      responses: { ...ok, 400: { description: 'a parameter is invalid' }, ...(request.params ? { 404: { description: 'not found' } } : {}) },
    });
  const id = z.object({ id: ReportId });
  path('get', '/reports', 'Full-text search over reports (any spelling the canon or gazetteer knows; Korean words with particles)', { query: ReportSearchQuery });
  path('get', '/reports/{id}', 'One report with its extraction (descriptors masked for viewers)', { params: id });
  path('get', '/reports/{id}/links', 'The incidents and copies of a report', { params: id });
  path('get', '/events', 'Events filtered by type, place, actor, dates and text', { query: EventQuery });
  path('get', '/actors', 'Actors with how many reports name them', { query: NameQuery });
  path('get', '/places', 'Places with how many reports name them', { query: NameQuery });
  path('get', '/sources', 'Sources (descriptors only for analysts)', { query: SourceQuery });
  path('get', '/vocabulary', 'Event types, modalities, roles and date precisions');
  path('get', '/incidents', 'Incidents, sorted and filtered', { query: IncidentListQuery });
  path('get', '/incidents/{id}', 'One incident with its events, reports, witnesses and timeline', { params: z.object({ id: z.string() }) });
  path('post', '/incidents/merge', 'Merge incidents (analysts)', { body: z.object({ incidents: z.array(z.string()) }) });
  path('post', '/incidents/{id}/split', 'Split events off an incident (analysts)', { params: z.object({ id: z.string() }), body: z.object({ events: z.array(z.string()) }) });
  path('post', '/incidents/{id}/move', 'Move acts into another case (analysts)', { params: z.object({ id: z.string() }), body: z.object({ events: z.array(z.string()), to: z.string() }) });
  path('get', '/incidents/{id}/history', 'The audit entries of a case (analysts)', { params: z.object({ id: z.string() }) });
  path('get', '/session', 'Who is signed in, with the CSRF token');
  path('post', '/session', 'Sign in: sets the session cookie, answers {name, role, csrf}', { body: Login });
  path('delete', '/session', 'Sign out');
  path('post', '/reports/{id}/review', 'Record a review decision on an item (analysts; X-CSRF-Token)', { params: id, body: ReviewRequest });
  path('get', '/reports/{id}/history', 'The audit entries of a report (analysts)', { params: id });
  path('get', '/review/queue', 'Reports by what is left to check, least reviewed and most linked first (analysts)', { query: Paging });
  path('get', '/audit', 'The audit log, newest first (admins)', { query: AuditListQuery });
  path('get', '/users', 'Accounts (admins)');
  path('post', '/users', 'Add or change an account (admins)', { body: NewUser });
  path('delete', '/users/{name}', 'Remove an account (admins)', { params: z.object({ name: z.string() }) });
}

// What the filters choose from: actors, places, sources, and the ontology's
// vocabularies (so the web app needs no runtime copy of the model).
import { Hono } from 'hono';
import { redactSource } from '../../core/access.js';
import { EVENT_TYPES, MODALITIES, PRECISIONS, ROLES } from '../../core/model.js';
import { roleOf } from '../auth/guard.js';
import type { ApiDeps } from '../deps.js';
import { NameQuery, parseParams, queryParam, SourceQuery } from '../params.js';

export function catalogRoutes({ store }: ApiDeps): Hono {
  return new Hono()
    .get('/actors', async (c) => c.json({ items: await store.listActors(parseParams(NameQuery, c.req.query(), queryParam)) }))
    .get('/places', async (c) => c.json({ items: await store.listPlaces(parseParams(NameQuery, c.req.query(), queryParam)) }))
    .get('/sources', async (c) => {
      const role = roleOf(c);
      const sources = await store.listSources(parseParams(SourceQuery, c.req.query(), queryParam));
      return c.json({ items: sources.map((s) => redactSource(s, role)) });
    })
    .get('/vocabulary', (c) =>
      c.json({ eventTypes: EVENT_TYPES, modalities: MODALITIES, roles: ROLES, precisions: PRECISIONS }))
    .get('/health', (c) => c.json({ status: 'ok', role: roleOf(c) }));
}

// The explore API: one query (core/query.ts) feeds the table, the facet counts,
// the map, the timeline and the network, and downloads as any export format.
// Routes are described with the zod schemas they validate with (OpenAPI 3.1).
import { PassThrough, Readable } from 'node:stream';
import { createRoute, OpenAPIHono, type Hook } from '@hono/zod-openapi';
import type { Env } from 'hono';
import { z } from 'zod';
import { ExploreFilterFields, ExploreFilter } from '../../core/query.js';
import { exportEvents } from '../../export/export-events.js';
import { EXPORT_FORMATS, MEDIA_TYPES } from '../../export/formats.js';
import type { ApiDeps } from '../deps.js';
import { paramError, queryParam } from '../params.js';
import { viewerEvidence } from '../viewer-evidence.js';

const page = (max: number, fallback: number) => ({
  limit: z.preprocess((v) => (v === '' || v === undefined ? fallback : v), z.coerce.number().int().min(1).max(max)).optional(),
  offset: z.preprocess((v) => (v === '' || v === undefined ? 0 : v), z.coerce.number().int().min(0)).optional(),
});
const dated = <T extends z.ZodObject>(schema: T) =>
  schema.refine((f: { from?: string; to?: string }) => !f.from || !f.to || f.from <= f.to, { message: 'the start date is after the end date', path: ['from'] });

export const ExploreEventsQuery = dated(ExploreFilterFields.extend(page(500, 50)));
export const ExportQuery = dated(ExploreFilterFields.extend({ format: z.enum(EXPORT_FORMATS) }));

const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } });
const Problem = z.object({ error: z.object({ code: z.string(), message: z.string(), where: z.string().optional() }) });
const problems = { 400: json(Problem, 'a parameter is invalid; `where` names it') };
const Facet = z.array(z.object({ value: z.string(), label: z.string(), count: z.number() }));

export const exploreSummaryRoute = createRoute({
  method: 'get', path: '/explore', tags: ['explore'],
  summary: 'Counts, map, timeline and network for one query',
  request: { query: ExploreFilter },
  responses: {
    200: json(z.object({
      total: z.number(),
      facets: z.object({ type: Facet, actor: Facet, place: Facet, sourceKind: Facet, review: Facet, corroboration: Facet }),
      map: z.object({ places: z.array(z.object({ id: z.string(), name: z.string(), level: z.string(), lat: z.number(), lon: z.number(), count: z.number(), byType: z.record(z.string(), z.number()) })), provinces: z.array(z.object({ id: z.string(), name: z.string(), lat: z.number().nullable(), lon: z.number().nullable(), count: z.number() })), unplaced: z.number() }),
      timeline: z.object({ unit: z.enum(['day', 'month', 'year']).describe('the bucket size, chosen so the span has at most 120 buckets'), events: z.array(z.object({ date: z.string(), precision: z.enum(['day', 'month', 'year']), type: z.string(), count: z.number() })), undated: z.number(), cases: z.array(z.object({ id: z.string(), title: z.string(), type: z.string(), from: z.string().nullable(), to: z.string().nullable(), corroboration: z.number() })) }),
      network: z.object({ nodes: z.array(z.object({ id: z.string(), kind: z.enum(['actor', 'place', 'case']), label: z.string(), acts: z.number() })), edges: z.array(z.object({ source: z.string(), target: z.string(), kind: z.enum(['acts_on', 'in_case', 'at']), count: z.number() })) }),
    }), 'what every explore view draws for the query'),
    ...problems,
  },
});

export const exploreEventsRoute = createRoute({
  method: 'get', path: '/explore/events', tags: ['explore'],
  summary: 'A page of the events matching one query, newest first',
  request: { query: ExploreEventsQuery },
  responses: { 200: json(z.object({ items: z.array(z.looseObject({ id: z.string(), type: z.string(), reportId: z.string() })), total: z.number(), limit: z.number(), offset: z.number() }), 'events with the words of their evidence'), ...problems },
});

export const exploreExportRoute = createRoute({
  method: 'get', path: '/explore/export', tags: ['explore'],
  summary: 'The events of one query as a download (public export: no source descriptors)',
  request: { query: ExportQuery },
  responses: {
    200: { description: 'CSV, JSON lines, GeoJSON, an ACLED-style table or FollowTheMoney entities, streamed', content: Object.fromEntries(EXPORT_FORMATS.map((f) => [MEDIA_TYPES[f].type.split(';')[0], { schema: z.string() }])) },
    ...problems,
  },
});

/** Parameter errors leave as the API's one error shape, naming the parameter. */
export const paramHook: Hook<unknown, Env, string, unknown> = (result) => {
  if (!result.success) throw paramError(result.error, queryParam);
};

export function exploreRoutes({ store, knowledge }: ApiDeps): OpenAPIHono {
  const app = new OpenAPIHono({ defaultHook: paramHook });
  app.openapi(exploreSummaryRoute, async (c) => {
    const summary = await store.explore.summary(c.req.valid('query'));
    // A place no report names, counted because it contains one that is (the prefecture of a
    // named city), has no name in the record: the gazetteer gives it one.
    if (!summary.facets.place.some((p) => p.label === p.value)) return c.json(summary, 200);
    const { places } = await knowledge();
    const place = summary.facets.place.map((p) => (p.label === p.value ? { ...p, label: places.get(p.value)?.name ?? p.label } : p));
    return c.json({ ...summary, facets: { ...summary.facets, place } }, 200);
  });
  app.openapi(exploreEventsRoute, async (c) => {
    const { limit = 50, offset = 0, ...filter } = c.req.valid('query');
    const page = await store.explore.events(filter, { limit, offset });
    // the table is what a viewer may see: evidence passes the viewer's redaction
    return c.json({ items: await viewerEvidence(store, page.items), total: page.total, limit, offset }, 200);
  });
  app.openapi(exploreExportRoute, async (c) => {
    const { format, ...filter } = c.req.valid('query');
    const body = new PassThrough();
    // a public export whatever the role: descriptors only ever leave through the CLI, on purpose
    exportEvents({ store, format, filter, includeSources: false, out: body }).catch((err) => body.destroy(err));
    const { type, extension } = MEDIA_TYPES[format];
    c.header('Content-Type', type);
    c.header('Content-Disposition', `attachment; filename="casefile-events.${extension}"`);
    return c.body(Readable.toWeb(body) as ReadableStream, 200);
  });
  return app;
}

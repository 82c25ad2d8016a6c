// Pages of one actor, place or source: what the record holds (names the reports
// used, acts, cases) beside what the canon and gazetteer know (names over time,
// the chain of containing places, places and units inside). A source's
// descriptor reaches only roles that may see descriptors.
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { maySeeSourceDescriptors } from '../../core/access.js';
import { CasefileError } from '../../core/errors.js';
import type { Knowledge, NameInfo } from '../../knowledge/load.js';
import { roleOf } from '../auth/guard.js';
import type { ApiDeps } from '../deps.js';
import { ReportId } from '../params.js';
import { ActorPage, EntityId, PlacePage, SourcePage } from '../entity-schemas.js';
import { paramHook } from './explore.js';

const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } });
const notFound = { 404: { description: 'neither the record nor the knowledge base has it' } };

export const actorRoute = createRoute({
  method: 'get', path: '/actors/{id}', tags: ['entities'],
  summary: 'One actor (canon id or record key): names over time, acts, cases, units',
  request: { params: z.object({ id: EntityId }) },
  responses: { 200: json(ActorPage, 'the actor'), ...notFound },
});

export const placeRoute = createRoute({
  method: 'get', path: '/places/{id}', tags: ['entities'],
  summary: 'One place (gazetteer id): names over time, containing places, places inside, acts, cases',
  request: { params: z.object({ id: EntityId }) },
  responses: { 200: json(PlacePage, 'the place'), ...notFound },
});

export const sourceRoute = createRoute({
  method: 'get', path: '/sources/{report}/{id}', tags: ['entities'],
  summary: 'One source of a report and the acts it is given for (descriptor only for analysts)',
  request: { params: z.object({ report: ReportId, id: z.string().min(1).max(100) }) },
  responses: { 200: json(SourcePage, 'the source'), ...notFound },
});

const canonNames = (names: readonly NameInfo[], primary: string) =>
  [{ name: primary }, ...names.filter((n) => n.name !== primary)]
    // the same spelling in two letter cases is one name
    .filter((n, i, all) => all.findIndex((m) => m.name.toLowerCase() === n.name.toLowerCase() && m.from === n.from && m.to === n.to) === i)
    .map(({ name, from, to, lang }) => ({ name, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}), ...(lang ? { lang } : {}) }));

const missing = (what: string, id: string) => new CasefileError('E_NOT_FOUND', `no ${what} "${id}" in the record or the knowledge base`, { where: id });

export function entityRoutes({ store, knowledge }: ApiDeps): OpenAPIHono {
  let withChildren: Promise<{ k: Knowledge; children: Map<string, string[]> }> | null = null;
  /** The canon and gazetteer of the served data folder, with each place's children. */
  const known = () => (withChildren ??= knowledge().then((k) => {
    const children = new Map<string, string[]>();
    for (const p of k.places.values()) if (p.parent) children.set(p.parent, [...(children.get(p.parent) ?? []), p.id]);
    return { k, children };
  }));

  const app = new OpenAPIHono({ defaultHook: paramHook });
  app.openapi(actorRoute, async (c) => {
    const { id } = c.req.valid('param');
    const [{ k }, rec] = await Promise.all([known(), store.explore.actor(id)]);
    const canon = k.actors.get(rec?.canonId ?? id);
    if (!rec && !canon) throw missing('actor', id);
    const ref = (a: { id: string; name: string }) => ({ id: a.id, name: a.name });
    return c.json({
      id, name: canon?.name ?? rec!.name, kind: canon?.kind ?? rec!.kind, country: canon?.country ?? null, inCanon: canon !== undefined,
      canonNames: canon ? canonNames(canon.names, canon.name) : [],
      recordNames: rec?.names ?? [],
      parent: canon?.parent && k.actors.get(canon.parent) ? ref(k.actors.get(canon.parent)!) : null,
      units: canon ? [...k.actors.values()].filter((a) => a.parent === canon.id).map(ref) : [],
      acts: rec?.acts ?? { total: 0, byType: [], byRole: [] },
      cases: rec?.cases ?? [],
    }, 200);
  });
  app.openapi(placeRoute, async (c) => {
    const { id } = c.req.valid('param');
    const [{ k, children }, rec] = await Promise.all([known(), store.explore.place(id)]);
    const g = k.places.get(id);
    if (!rec && !g) throw missing('place', id);
    const insideIds = [...new Set([...(children.get(id) ?? []), ...(rec?.insideIds ?? [])])];
    const counts = await store.explore.eventsAt(insideIds);
    const nameOf = (pid: string) => k.places.get(pid)?.name ?? pid.replace(/^unlisted:[a-z]+:/, '');
    const inside = insideIds.map((pid) => ({ id: pid, name: nameOf(pid), level: k.places.get(pid)?.level ?? null, events: counts.get(pid) ?? 0 }))
      // places with events first; a province's thousands of gazetteer villages stay out
      .filter((p) => p.events > 0 || k.places.get(p.id)?.level !== 'site')
      .sort((a, b) => b.events - a.events || a.name.localeCompare(b.name))
      .slice(0, 200);
    return c.json({
      id, name: g?.name ?? rec!.name ?? nameOf(id), level: g?.level ?? rec!.level, country: g?.country ?? null, inGazetteer: g !== undefined,
      lat: g?.lat ?? null, lon: g?.lon ?? null,
      within: (g?.ancestors ?? (rec?.parent ? [rec.parent] : [])).map((pid) => ({ id: pid, name: nameOf(pid) })).reverse(),
      canonNames: g ? canonNames(g.names, g.name) : [],
      recordNames: rec?.names ?? [],
      inside,
      acts: rec?.acts ?? { total: 0, byType: [] },
      cases: rec?.cases ?? [],
    }, 200);
  });
  app.openapi(sourceRoute, async (c) => {
    const { report, id } = c.req.valid('param');
    const rec = await store.explore.source(report, id);
    if (!rec) throw missing('source', `${report}/${id}`);
    // the descriptor is read through the store's one guarded path, and only for roles that may see it
    const descriptor = maySeeSourceDescriptors(roleOf(c)) ? (await store.listSources({ reportId: report })).find((s) => s.id === id)?.descriptor : undefined;
    const { placeId, placeName, ...rest } = rec;
    return c.json({ ...rest, ...(descriptor !== undefined ? { descriptor } : {}), place: placeId ? { id: placeId, name: placeName ?? placeId } : null }, 200);
  });
  return app;
}

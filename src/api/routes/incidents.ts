// Incidents: the list (sortable by corroboration, date, last report, reports), one
// incident with its events, reports, witnesses, contradictions and report timeline,
// each report's incidents and copies, and analysts' split, merge and move of acts.
import { Hono } from 'hono';
import { z } from 'zod';
import { maySeeSourceDescriptors, type AccessRole } from '../../core/access.js';
import { CasefileError } from '../../core/errors.js';
import { mergeIncidents, moveEvents, splitIncident } from '../../link/decide.js';
import type { OutletTable } from '../../link/corroboration/outlets.js';
import type { IncidentPage } from '../../store/incidents/port.js';
import { callerOf, roleOf } from '../auth/guard.js';
import { parsedBody } from '../body.js';
import type { ApiDeps } from '../deps.js';
import { IncidentId, IncidentListQuery, parseParams, pathParam, queryParam, ReportId } from '../params.js';

const MergeBody = z.strictObject({ incidents: z.array(IncidentId).min(2).max(50) });
const SplitBody = z.strictObject({ events: z.array(z.string().min(3).max(300)).min(1).max(500) });
const MoveBody = z.strictObject({ events: z.array(z.string().min(3).max(300)).min(1).max(500), to: IncidentId });

export function incidentRoutes({ store, knowledge }: ApiDeps): Hono {
  let outlets: Promise<OutletTable> | null = null;
  /** Outlet names from the actor canon of the served data folder, loaded on first use. */
  const outletLabels = () =>
    (outlets ??= (async () => {
      const [k, { outletsFromKnowledge }] = await Promise.all([knowledge(), import('../../link/corroboration/knowledge-outlets.js')]);
      return outletsFromKnowledge(k);
    })());

  /** The page as served: outlet names, a timeline of reports, descriptors only for roles that may see them. */
  async function view(page: IncidentPage, role: AccessRole) {
    const table = await outletLabels();
    // An outlet the canon does not know is shown as its reports spell it, not by its folded key.
    const spelt = new Map(page.members.flatMap((m) => (m.outlet ? [[table.key(m.outlet)!, m.outlet] as const] : [])));
    const label = (key: string | null) => (key === null ? null : key.startsWith('report:') ? 'unnamed outlet' : (key.startsWith('outlet:') && spelt.get(key)) || table.label(key));
    const descriptors = new Map<string, string>();
    if (maySeeSourceDescriptors(role)) {
      for (const reportId of new Set(page.members.map((m) => m.reportId))) {
        for (const s of await store.listSources({ reportId })) descriptors.set(`${reportId}\u0000${s.id}`, s.descriptor);
      }
    }
    const { corroboration, contradictions } = page.detail;
    const reports = new Map<string, { id: string; title: string; outlet: string | null; published: string | null; duplicateOf: string | null }>();
    for (const m of page.members) reports.set(m.reportId, { id: m.reportId, title: m.reportTitle, outlet: m.outlet, published: m.published, duplicateOf: m.duplicateOf });
    return {
      ...page,
      detail: undefined,
      reportList: [...reports.values()],
      timeline: [...reports.values()].filter((r) => r.published).sort((a, b) => a.published!.localeCompare(b.published!)).map((r) => ({ date: r.published, reportId: r.id, outlet: r.outlet, repost: r.duplicateOf !== null })),
      sources: {
        independentSources: corroboration.independentSources,
        outlets: corroboration.outlets.map(label),
        witnesses: corroboration.witnesses.map((w) => ({
          outlet: label(w.outlet),
          refs: w.refs.map((r) => ({ ...r, ...(r.sourceId && descriptors.has(`${r.reportId}\u0000${r.sourceId}`) ? { descriptor: descriptors.get(`${r.reportId}\u0000${r.sourceId}`) } : {}) })),
        })),
        chains: corroboration.chains.map((ch) => ({ ...ch, from: label(ch.from), to: label(ch.to) })),
        reposts: corroboration.reposts,
      },
      contradictions,
    };
  }

  return new Hono()
    .get('/incidents', async (c) => {
      const q = parseParams(IncidentListQuery, c.req.query(), queryParam);
      const page = await store.incidents.listIncidents(q);
      return c.json({ ...page, limit: q.limit, offset: q.offset });
    })
    .get('/incidents/:id', async (c) => {
      const id = parseParams(IncidentId, c.req.param('id'), () => pathParam('id'));
      const page = await store.incidents.getIncident(id);
      if (!page) throw new CasefileError('E_NOT_FOUND', `no incident with id ${id}`, { where: 'path.id' });
      return c.json(await view(page, roleOf(c)));
    })
    .post('/incidents/merge', async (c) => {
      const { incidents } = await parsedBody(MergeBody, c);
      return c.json({ id: await mergeIncidents(store.incidents, incidents, callerOf(c).name) });
    })
    .post('/incidents/:id/split', async (c) => {
      const id = parseParams(IncidentId, c.req.param('id'), () => pathParam('id'));
      const { events } = await parsedBody(SplitBody, c);
      return c.json(await splitIncident(store.incidents, id, events, callerOf(c).name));
    })
    .post('/incidents/:id/move', async (c) => {
      const id = parseParams(IncidentId, c.req.param('id'), () => pathParam('id'));
      const { events, to } = await parsedBody(MoveBody, c);
      return c.json(await moveEvents(store.incidents, id, events, to, callerOf(c).name));
    })
    .get('/reports/:id/links', async (c) => {
      const id = parseParams(ReportId, c.req.param('id'), () => pathParam('id'));
      const links = await store.incidents.reportLinks(id);
      if (!links) {
        if (!(await store.hasReport(id))) throw new CasefileError('E_NOT_FOUND', `no report with id ${id}`, { where: 'path.id' });
        return c.json({ reportId: id, linked: false, duplicateOf: null, duplicates: [], incidents: [] });
      }
      return c.json({ ...links, linked: true });
    });
}

// Incidents as the API serves them: a sorted, filtered list, one incident with its
// member events and reports, and the links of one report.
import type { Kysely, Selectable } from 'kysely';
import type { EventType } from '../../core/model.js';
import { paging } from '../paging.js';
import type { Page } from '../port.js';
import { metaOf } from './link-state.js';
import type { IncidentPage, IncidentQuery, IncidentRow, ReportLinks } from './port.js';
import type { LinkTables } from './schema.js';
import type { LinkEvent } from '../../core/link-model.js';

type Db = Kysely<LinkTables>;
type Row = Selectable<LinkTables['incidents']>;

const SORT_COLUMN = { corroboration: 'corroboration', date: 'date_from', seen: 'last_seen', reports: 'reports' } as const;

export const toIncidentRow = (r: Row): IncidentRow => ({
  id: r.id, type: r.type as EventType, title: r.title, placeId: r.place_id, placeName: r.place_name,
  dateFrom: r.date_from, dateTo: r.date_to, firstSeen: r.first_seen, lastSeen: r.last_seen,
  reports: Number(r.reports), events: Number(r.events), corroboration: Number(r.corroboration), outlets: Number(r.outlets),
});

export async function listIncidents(db: Db, q: IncidentQuery): Promise<Page<IncidentRow>> {
  const { limit, offset } = paging(q, 50);
  let base = db.selectFrom('incidents');
  if (q.type) base = base.where('type', '=', q.type);
  if (q.minReports) base = base.where('reports', '>=', q.minReports);
  const column = SORT_COLUMN[q.sort ?? 'corroboration'];
  const order = q.order ?? 'desc';
  // The id breaks ties in the same direction, so pages are stable and follow one index.
  const list = base.selectAll().orderBy(column, order).orderBy('id', order);
  const [items, total] = await Promise.all([
    list.limit(limit).offset(offset).execute(),
    base.select(db.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: items.map(toIncidentRow), total: Number(total.n) };
}

export async function getIncident(db: Db, id: string): Promise<IncidentPage | null> {
  const row = await db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const members = await db.selectFrom('link_events as e')
    .innerJoin('link_reports as l', 'l.report_id', 'e.report_id')
    .innerJoin('reports as r', 'r.id', 'e.report_id')
    .select(['e.event_key', 'e.report_id', 'e.data', 'e.score', 'e.linked_to', 'e.explanation', 'r.title', 'l.duplicate_of', 'l.meta'])
    .where('e.incident_id', '=', id).orderBy('e.seq').execute();
  return {
    ...toIncidentRow(row),
    detail: JSON.parse(row.detail),
    members: members.map((m) => {
      const meta = metaOf({ report_id: m.report_id, duplicate_of: m.duplicate_of, meta: m.meta });
      return {
        eventKey: m.event_key, reportId: m.report_id, reportTitle: m.title, outlet: meta.outlet, published: meta.published,
        duplicateOf: m.duplicate_of, event: JSON.parse(m.data) as LinkEvent, score: m.score === null ? null : Number(m.score),
        linkedTo: m.linked_to, explanation: m.explanation,
      };
    }),
  };
}

export async function reportLinks(db: Db, reportId: string): Promise<ReportLinks | null> {
  const own = await db.selectFrom('link_reports').select(['report_id', 'duplicate_of', 'similarity', 'reason']).where('report_id', '=', reportId).executeTakeFirst();
  if (!own) return null;
  const original = own.duplicate_of
    ? await db.selectFrom('reports').select(['id', 'title']).where('id', '=', own.duplicate_of).executeTakeFirst()
    : undefined;
  const [duplicates, incidents] = await Promise.all([
    db.selectFrom('link_reports as l').innerJoin('reports as r', 'r.id', 'l.report_id')
      .select(['r.id', 'r.title', 'r.outlet', 'r.published']).where('l.duplicate_of', '=', reportId).orderBy('r.published').execute(),
    db.selectFrom('incidents').selectAll()
      .where('id', 'in', db.selectFrom('link_events').select('incident_id').where('report_id', '=', reportId))
      .orderBy('corroboration', 'desc').execute(),
  ]);
  const about = new Set((await db.selectFrom('link_events').select('incident_id').where('report_id', '=', reportId).where('episode', '=', 1).execute()).map((r) => r.incident_id));
  return {
    reportId,
    duplicateOf: original ? { id: original.id, title: original.title, similarity: own.similarity === null ? null : Number(own.similarity), reason: own.reason } : null,
    duplicates,
    incidents: incidents.map((r) => ({ ...toIncidentRow(r), about: about.has(r.id) })),
  };
}
